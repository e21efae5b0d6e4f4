from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_interview_analysis_answer import EnvelopeInterviewAnalysisAnswer
from ...models.http_validation_error import HTTPValidationError
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/interviews/{interview_id}/analysis".format(interview_id=quote(str(interview_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeInterviewAnalysisAnswer | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeInterviewAnalysisAnswer.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeInterviewAnalysisAnswer | HTTPValidationError]:
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

) -> Response[EnvelopeInterviewAnalysisAnswer | HTTPValidationError]:
    """ Interview Analysis

     Competency scores and the requirement x evidence coverage matrix (cached 30 min).

    Args:
        interview_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeInterviewAnalysisAnswer | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EnvelopeInterviewAnalysisAnswer | HTTPValidationError | None:
    """ Interview Analysis

     Competency scores and the requirement x evidence coverage matrix (cached 30 min).

    Args:
        interview_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeInterviewAnalysisAnswer | HTTPValidationError
     """


    return sync_detailed(
        interview_id=interview_id,
client=client,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[EnvelopeInterviewAnalysisAnswer | HTTPValidationError]:
    """ Interview Analysis

     Competency scores and the requirement x evidence coverage matrix (cached 30 min).

    Args:
        interview_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeInterviewAnalysisAnswer | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EnvelopeInterviewAnalysisAnswer | HTTPValidationError | None:
    """ Interview Analysis

     Competency scores and the requirement x evidence coverage matrix (cached 30 min).

    Args:
        interview_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeInterviewAnalysisAnswer | HTTPValidationError
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
client=client,

    )).parsed
