from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.job_matches_type import JobMatchesType
from ...models.page_job_match import PageJobMatch
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    job_id: UUID,
    *,
    min_score: float | Unset = 50.0,
    type_: JobMatchesType | Unset = JobMatchesType.ALL,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["minScore"] = min_score

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jobs/{job_id}/matches".format(job_id=quote(str(job_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageJobMatch | None:
    if response.status_code == 200:
        response_200 = PageJobMatch.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageJobMatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    min_score: float | Unset = 50.0,
    type_: JobMatchesType | Unset = JobMatchesType.ALL,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> Response[HTTPValidationError | PageJobMatch]:
    """ Job Matches

     Top candidates for a job, best first, each with its rationale and latest feedback.
    ``minScore`` (default 50) leaves weaker matches out; ``pagination.total`` counts the
    matches at or above it.

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        type_ (JobMatchesType | Unset):  Default: JobMatchesType.ALL.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageJobMatch]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
min_score=min_score,
type_=type_,
page=page,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    min_score: float | Unset = 50.0,
    type_: JobMatchesType | Unset = JobMatchesType.ALL,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> HTTPValidationError | PageJobMatch | None:
    """ Job Matches

     Top candidates for a job, best first, each with its rationale and latest feedback.
    ``minScore`` (default 50) leaves weaker matches out; ``pagination.total`` counts the
    matches at or above it.

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        type_ (JobMatchesType | Unset):  Default: JobMatchesType.ALL.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageJobMatch
     """


    return sync_detailed(
        job_id=job_id,
client=client,
min_score=min_score,
type_=type_,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    min_score: float | Unset = 50.0,
    type_: JobMatchesType | Unset = JobMatchesType.ALL,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> Response[HTTPValidationError | PageJobMatch]:
    """ Job Matches

     Top candidates for a job, best first, each with its rationale and latest feedback.
    ``minScore`` (default 50) leaves weaker matches out; ``pagination.total`` counts the
    matches at or above it.

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        type_ (JobMatchesType | Unset):  Default: JobMatchesType.ALL.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageJobMatch]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
min_score=min_score,
type_=type_,
page=page,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    min_score: float | Unset = 50.0,
    type_: JobMatchesType | Unset = JobMatchesType.ALL,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> HTTPValidationError | PageJobMatch | None:
    """ Job Matches

     Top candidates for a job, best first, each with its rationale and latest feedback.
    ``minScore`` (default 50) leaves weaker matches out; ``pagination.total`` counts the
    matches at or above it.

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        type_ (JobMatchesType | Unset):  Default: JobMatchesType.ALL.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageJobMatch
     """


    return (await asyncio_detailed(
        job_id=job_id,
client=client,
min_score=min_score,
type_=type_,
page=page,
limit=limit,

    )).parsed
