from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_candidate_match_statistics import EnvelopeCandidateMatchStatistics
from ...models.http_validation_error import HTTPValidationError
from typing import cast
from uuid import UUID



def _get_kwargs(
    candidate_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/candidates/{candidate_id}/match-statistics".format(candidate_id=quote(str(candidate_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeCandidateMatchStatistics | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeCandidateMatchStatistics.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeCandidateMatchStatistics | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[EnvelopeCandidateMatchStatistics | HTTPValidationError]:
    """ Candidate Match Statistics

     ``matchStatistics`` of one candidate (jobs matched, best score, strong matches).

    Args:
        candidate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCandidateMatchStatistics | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EnvelopeCandidateMatchStatistics | HTTPValidationError | None:
    """ Candidate Match Statistics

     ``matchStatistics`` of one candidate (jobs matched, best score, strong matches).

    Args:
        candidate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCandidateMatchStatistics | HTTPValidationError
     """


    return sync_detailed(
        candidate_id=candidate_id,
client=client,

    ).parsed

async def asyncio_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[EnvelopeCandidateMatchStatistics | HTTPValidationError]:
    """ Candidate Match Statistics

     ``matchStatistics`` of one candidate (jobs matched, best score, strong matches).

    Args:
        candidate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCandidateMatchStatistics | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EnvelopeCandidateMatchStatistics | HTTPValidationError | None:
    """ Candidate Match Statistics

     ``matchStatistics`` of one candidate (jobs matched, best score, strong matches).

    Args:
        candidate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCandidateMatchStatistics | HTTPValidationError
     """


    return (await asyncio_detailed(
        candidate_id=candidate_id,
client=client,

    )).parsed
