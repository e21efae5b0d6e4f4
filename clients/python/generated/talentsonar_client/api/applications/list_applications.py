from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.page_application import PageApplication
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    job_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_job_id: None | str | Unset
    if isinstance(job_id, Unset):
        json_job_id = UNSET
    elif isinstance(job_id, UUID):
        json_job_id = str(job_id)
    else:
        json_job_id = job_id
    params["jobId"] = json_job_id

    json_candidate_id: None | str | Unset
    if isinstance(candidate_id, Unset):
        json_candidate_id = UNSET
    elif isinstance(candidate_id, UUID):
        json_candidate_id = str(candidate_id)
    else:
        json_candidate_id = candidate_id
    params["candidateId"] = json_candidate_id

    json_stage_id: None | str | Unset
    if isinstance(stage_id, Unset):
        json_stage_id = UNSET
    elif isinstance(stage_id, UUID):
        json_stage_id = str(stage_id)
    else:
        json_stage_id = stage_id
    params["stageId"] = json_stage_id

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageApplication | None:
    if response.status_code == 200:
        response_200 = PageApplication.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageApplication]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    job_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageApplication]:
    """ List Applications

     Applications, latest stage change first; filter by job, candidate or stage (a
    board column's further pages: ``jobId`` and ``stageId``).

    Args:
        job_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageApplication]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
candidate_id=candidate_id,
stage_id=stage_id,
page=page,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    job_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageApplication | None:
    """ List Applications

     Applications, latest stage change first; filter by job, candidate or stage (a
    board column's further pages: ``jobId`` and ``stageId``).

    Args:
        job_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageApplication
     """


    return sync_detailed(
        client=client,
job_id=job_id,
candidate_id=candidate_id,
stage_id=stage_id,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageApplication]:
    """ List Applications

     Applications, latest stage change first; filter by job, candidate or stage (a
    board column's further pages: ``jobId`` and ``stageId``).

    Args:
        job_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageApplication]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
candidate_id=candidate_id,
stage_id=stage_id,
page=page,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    job_id: None | Unset | UUID = UNSET,
    candidate_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageApplication | None:
    """ List Applications

     Applications, latest stage change first; filter by job, candidate or stage (a
    board column's further pages: ``jobId`` and ``stageId``).

    Args:
        job_id (None | Unset | UUID):
        candidate_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageApplication
     """


    return (await asyncio_detailed(
        client=client,
job_id=job_id,
candidate_id=candidate_id,
stage_id=stage_id,
page=page,
limit=limit,

    )).parsed
