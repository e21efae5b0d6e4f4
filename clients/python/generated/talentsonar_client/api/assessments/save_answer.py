from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.answer_save import AnswerSave
from ...models.envelope_answer_saved import EnvelopeAnswerSaved
from ...models.http_validation_error import HTTPValidationError
from typing import cast



def _get_kwargs(
    token: str,
    question_id: str,
    *,
    body: AnswerSave,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/assessments/take/{token}/answers/{question_id}".format(token=quote(str(token), safe=""),question_id=quote(str(question_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeAnswerSaved | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeAnswerSaved.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeAnswerSaved | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: AnswerSave,

) -> Response[EnvelopeAnswerSaved | HTTPValidationError]:
    """ Save Answer

     Save (or replace) one answer while the time lasts.

    Args:
        token (str):
        question_id (str):
        body (AnswerSave): ``choices`` (option ids) for a choice question, ``text`` for a short
            answer,
            ``code`` for a code exercise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeAnswerSaved | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        token=token,
question_id=question_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    token: str,
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: AnswerSave,

) -> EnvelopeAnswerSaved | HTTPValidationError | None:
    """ Save Answer

     Save (or replace) one answer while the time lasts.

    Args:
        token (str):
        question_id (str):
        body (AnswerSave): ``choices`` (option ids) for a choice question, ``text`` for a short
            answer,
            ``code`` for a code exercise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeAnswerSaved | HTTPValidationError
     """


    return sync_detailed(
        token=token,
question_id=question_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    token: str,
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: AnswerSave,

) -> Response[EnvelopeAnswerSaved | HTTPValidationError]:
    """ Save Answer

     Save (or replace) one answer while the time lasts.

    Args:
        token (str):
        question_id (str):
        body (AnswerSave): ``choices`` (option ids) for a choice question, ``text`` for a short
            answer,
            ``code`` for a code exercise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeAnswerSaved | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        token=token,
question_id=question_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    token: str,
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: AnswerSave,

) -> EnvelopeAnswerSaved | HTTPValidationError | None:
    """ Save Answer

     Save (or replace) one answer while the time lasts.

    Args:
        token (str):
        question_id (str):
        body (AnswerSave): ``choices`` (option ids) for a choice question, ``text`` for a short
            answer,
            ``code`` for a code exercise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeAnswerSaved | HTTPValidationError
     """


    return (await asyncio_detailed(
        token=token,
question_id=question_id,
client=client,
body=body,

    )).parsed
