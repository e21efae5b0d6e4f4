from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_question_kit_answer import EnvelopeQuestionKitAnswer
from ...models.http_validation_error import HTTPValidationError
from ...models.question_kit_request import QuestionKitRequest
from typing import cast



def _get_kwargs(
    *,
    body: QuestionKitRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/interviews/questions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeQuestionKitAnswer | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeQuestionKitAnswer.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeQuestionKitAnswer | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QuestionKitRequest,

) -> Response[EnvelopeQuestionKitAnswer | HTTPValidationError]:
    """ Question Kit

     A question kit for a job title and skills (cached 2 h by title + skills + count).

    Args:
        body (QuestionKitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeQuestionKitAnswer | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: QuestionKitRequest,

) -> EnvelopeQuestionKitAnswer | HTTPValidationError | None:
    """ Question Kit

     A question kit for a job title and skills (cached 2 h by title + skills + count).

    Args:
        body (QuestionKitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeQuestionKitAnswer | HTTPValidationError
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QuestionKitRequest,

) -> Response[EnvelopeQuestionKitAnswer | HTTPValidationError]:
    """ Question Kit

     A question kit for a job title and skills (cached 2 h by title + skills + count).

    Args:
        body (QuestionKitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeQuestionKitAnswer | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QuestionKitRequest,

) -> EnvelopeQuestionKitAnswer | HTTPValidationError | None:
    """ Question Kit

     A question kit for a job title and skills (cached 2 h by title + skills + count).

    Args:
        body (QuestionKitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeQuestionKitAnswer | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
