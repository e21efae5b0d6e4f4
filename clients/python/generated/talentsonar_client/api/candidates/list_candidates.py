from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.list_candidates_employment_status_type_0 import ListCandidatesEmploymentStatusType0
from ...models.list_candidates_type import ListCandidatesType
from ...models.page_candidate import PageCandidate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    type_: ListCandidatesType | Unset = ListCandidatesType.ALL,
    employment_status: ListCandidatesEmploymentStatusType0 | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_employment_status: None | str | Unset
    if isinstance(employment_status, Unset):
        json_employment_status = UNSET
    elif isinstance(employment_status, ListCandidatesEmploymentStatusType0):
        json_employment_status = employment_status.value
    else:
        json_employment_status = employment_status
    params["employmentStatus"] = json_employment_status

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_skills: list[str] | None | Unset
    if isinstance(skills, Unset):
        json_skills = UNSET
    elif isinstance(skills, list):
        json_skills = skills


    else:
        json_skills = skills
    params["skills"] = json_skills

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/candidates",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageCandidate | None:
    if response.status_code == 200:
        response_200 = PageCandidate.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageCandidate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListCandidatesType | Unset = ListCandidatesType.ALL,
    employment_status: ListCandidatesEmploymentStatusType0 | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageCandidate]:
    """ List Candidates

     The talent pool, newest first.

    Args:
        type_ (ListCandidatesType | Unset):  Default: ListCandidatesType.ALL.
        employment_status (ListCandidatesEmploymentStatusType0 | None | Unset):
        search (None | str | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageCandidate]
     """


    kwargs = _get_kwargs(
        type_=type_,
employment_status=employment_status,
search=search,
skills=skills,
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
    type_: ListCandidatesType | Unset = ListCandidatesType.ALL,
    employment_status: ListCandidatesEmploymentStatusType0 | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageCandidate | None:
    """ List Candidates

     The talent pool, newest first.

    Args:
        type_ (ListCandidatesType | Unset):  Default: ListCandidatesType.ALL.
        employment_status (ListCandidatesEmploymentStatusType0 | None | Unset):
        search (None | str | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageCandidate
     """


    return sync_detailed(
        client=client,
type_=type_,
employment_status=employment_status,
search=search,
skills=skills,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListCandidatesType | Unset = ListCandidatesType.ALL,
    employment_status: ListCandidatesEmploymentStatusType0 | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageCandidate]:
    """ List Candidates

     The talent pool, newest first.

    Args:
        type_ (ListCandidatesType | Unset):  Default: ListCandidatesType.ALL.
        employment_status (ListCandidatesEmploymentStatusType0 | None | Unset):
        search (None | str | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageCandidate]
     """


    kwargs = _get_kwargs(
        type_=type_,
employment_status=employment_status,
search=search,
skills=skills,
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
    type_: ListCandidatesType | Unset = ListCandidatesType.ALL,
    employment_status: ListCandidatesEmploymentStatusType0 | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageCandidate | None:
    """ List Candidates

     The talent pool, newest first.

    Args:
        type_ (ListCandidatesType | Unset):  Default: ListCandidatesType.ALL.
        employment_status (ListCandidatesEmploymentStatusType0 | None | Unset):
        search (None | str | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageCandidate
     """


    return (await asyncio_detailed(
        client=client,
type_=type_,
employment_status=employment_status,
search=search,
skills=skills,
page=page,
limit=limit,

    )).parsed
