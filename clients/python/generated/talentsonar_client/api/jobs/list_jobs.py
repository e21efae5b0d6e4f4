from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.list_jobs_status import ListJobsStatus
from ...models.page_job import PageJob
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: ListJobsStatus | Unset = ListJobsStatus.ALL,
    department: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    else:
        json_department = department
    params["department"] = json_department

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jobs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageJob | None:
    if response.status_code == 200:
        response_200 = PageJob.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListJobsStatus | Unset = ListJobsStatus.ALL,
    department: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageJob]:
    """ List Jobs

     Jobs of the organisation, newest first.

    Args:
        status (ListJobsStatus | Unset): Filter by status Default: ListJobsStatus.ALL.
        department (None | str | Unset):
        search (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageJob]
     """


    kwargs = _get_kwargs(
        status=status,
department=department,
search=search,
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
    status: ListJobsStatus | Unset = ListJobsStatus.ALL,
    department: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageJob | None:
    """ List Jobs

     Jobs of the organisation, newest first.

    Args:
        status (ListJobsStatus | Unset): Filter by status Default: ListJobsStatus.ALL.
        department (None | str | Unset):
        search (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageJob
     """


    return sync_detailed(
        client=client,
status=status,
department=department,
search=search,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListJobsStatus | Unset = ListJobsStatus.ALL,
    department: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageJob]:
    """ List Jobs

     Jobs of the organisation, newest first.

    Args:
        status (ListJobsStatus | Unset): Filter by status Default: ListJobsStatus.ALL.
        department (None | str | Unset):
        search (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageJob]
     """


    kwargs = _get_kwargs(
        status=status,
department=department,
search=search,
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
    status: ListJobsStatus | Unset = ListJobsStatus.ALL,
    department: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageJob | None:
    """ List Jobs

     Jobs of the organisation, newest first.

    Args:
        status (ListJobsStatus | Unset): Filter by status Default: ListJobsStatus.ALL.
        department (None | str | Unset):
        search (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageJob
     """


    return (await asyncio_detailed(
        client=client,
status=status,
department=department,
search=search,
page=page,
limit=limit,

    )).parsed
