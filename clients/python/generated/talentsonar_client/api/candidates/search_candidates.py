from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.search_candidates_employment_status_type_0 import SearchCandidatesEmploymentStatusType0
from ...models.search_candidates_type import SearchCandidatesType
from ...models.search_page import SearchPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    type_: SearchCandidatesType | Unset = SearchCandidatesType.ALL,
    employment_status: None | SearchCandidatesEmploymentStatusType0 | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_employment_status: None | str | Unset
    if isinstance(employment_status, Unset):
        json_employment_status = UNSET
    elif isinstance(employment_status, SearchCandidatesEmploymentStatusType0):
        json_employment_status = employment_status.value
    else:
        json_employment_status = employment_status
    params["employmentStatus"] = json_employment_status

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
        "url": "/api/v1/candidates/search",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | SearchPage | None:
    if response.status_code == 200:
        response_200 = SearchPage.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: SearchCandidatesType | Unset = SearchCandidatesType.ALL,
    employment_status: None | SearchCandidatesEmploymentStatusType0 | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | SearchPage]:
    """ Search Candidates

     Hybrid search: full text + fuzzy (misspellings: names by trigram similarity, and
    misspelt words searched as the skill or job-title word they are one or two edits from,
    e.g. "pyhton" as "python") + semantic (only above a similarity calibrated per query),
    fused by reciprocal rank; each hit says how it matched, and ``suggestions`` offers the
    query spelled right.

    Args:
        q (str):
        type_ (SearchCandidatesType | Unset):  Default: SearchCandidatesType.ALL.
        employment_status (None | SearchCandidatesEmploymentStatusType0 | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SearchPage]
     """


    kwargs = _get_kwargs(
        q=q,
type_=type_,
employment_status=employment_status,
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
    q: str,
    type_: SearchCandidatesType | Unset = SearchCandidatesType.ALL,
    employment_status: None | SearchCandidatesEmploymentStatusType0 | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | SearchPage | None:
    """ Search Candidates

     Hybrid search: full text + fuzzy (misspellings: names by trigram similarity, and
    misspelt words searched as the skill or job-title word they are one or two edits from,
    e.g. "pyhton" as "python") + semantic (only above a similarity calibrated per query),
    fused by reciprocal rank; each hit says how it matched, and ``suggestions`` offers the
    query spelled right.

    Args:
        q (str):
        type_ (SearchCandidatesType | Unset):  Default: SearchCandidatesType.ALL.
        employment_status (None | SearchCandidatesEmploymentStatusType0 | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SearchPage
     """


    return sync_detailed(
        client=client,
q=q,
type_=type_,
employment_status=employment_status,
skills=skills,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: SearchCandidatesType | Unset = SearchCandidatesType.ALL,
    employment_status: None | SearchCandidatesEmploymentStatusType0 | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | SearchPage]:
    """ Search Candidates

     Hybrid search: full text + fuzzy (misspellings: names by trigram similarity, and
    misspelt words searched as the skill or job-title word they are one or two edits from,
    e.g. "pyhton" as "python") + semantic (only above a similarity calibrated per query),
    fused by reciprocal rank; each hit says how it matched, and ``suggestions`` offers the
    query spelled right.

    Args:
        q (str):
        type_ (SearchCandidatesType | Unset):  Default: SearchCandidatesType.ALL.
        employment_status (None | SearchCandidatesEmploymentStatusType0 | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SearchPage]
     """


    kwargs = _get_kwargs(
        q=q,
type_=type_,
employment_status=employment_status,
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
    q: str,
    type_: SearchCandidatesType | Unset = SearchCandidatesType.ALL,
    employment_status: None | SearchCandidatesEmploymentStatusType0 | Unset = UNSET,
    skills: list[str] | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | SearchPage | None:
    """ Search Candidates

     Hybrid search: full text + fuzzy (misspellings: names by trigram similarity, and
    misspelt words searched as the skill or job-title word they are one or two edits from,
    e.g. "pyhton" as "python") + semantic (only above a similarity calibrated per query),
    fused by reciprocal rank; each hit says how it matched, and ``suggestions`` offers the
    query spelled right.

    Args:
        q (str):
        type_ (SearchCandidatesType | Unset):  Default: SearchCandidatesType.ALL.
        employment_status (None | SearchCandidatesEmploymentStatusType0 | Unset):
        skills (list[str] | None | Unset): Skills the candidate must all have: comma-separated, or
            the key repeated (skills=React&skills=TypeScript)
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SearchPage
     """


    return (await asyncio_detailed(
        client=client,
q=q,
type_=type_,
employment_status=employment_status,
skills=skills,
page=page,
limit=limit,

    )).parsed
