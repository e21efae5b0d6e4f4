from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_interview_question_kit_answer import EnvelopeInterviewQuestionKitAnswer
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    *,
    count: int | Unset = 8,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["count"] = count


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/interviews/{interview_id}/questions".format(interview_id=quote(str(interview_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeInterviewQuestionKitAnswer | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeInterviewQuestionKitAnswer.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeInterviewQuestionKitAnswer | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int | Unset = 8,

) -> Response[EnvelopeInterviewQuestionKitAnswer | HTTPValidationError]:
    """ Interview Questions

     Questions aimed at the job requirements the candidate's CV did not evidence.

    Args:
        interview_id (UUID):
        count (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeInterviewQuestionKitAnswer | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
count=count,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int | Unset = 8,

) -> EnvelopeInterviewQuestionKitAnswer | HTTPValidationError | None:
    """ Interview Questions

     Questions aimed at the job requirements the candidate's CV did not evidence.

    Args:
        interview_id (UUID):
        count (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeInterviewQuestionKitAnswer | HTTPValidationError
     """


    return sync_detailed(
        interview_id=interview_id,
client=client,
count=count,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int | Unset = 8,

) -> Response[EnvelopeInterviewQuestionKitAnswer | HTTPValidationError]:
    """ Interview Questions

     Questions aimed at the job requirements the candidate's CV did not evidence.

    Args:
        interview_id (UUID):
        count (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeInterviewQuestionKitAnswer | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
count=count,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int | Unset = 8,

) -> EnvelopeInterviewQuestionKitAnswer | HTTPValidationError | None:
    """ Interview Questions

     Questions aimed at the job requirements the candidate's CV did not evidence.

    Args:
        interview_id (UUID):
        count (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeInterviewQuestionKitAnswer | HTTPValidationError
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
client=client,
count=count,

    )).parsed
