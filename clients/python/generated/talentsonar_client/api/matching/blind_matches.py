from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.page_blind_match import PageBlindMatch
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    job_id: UUID,
    *,
    min_score: float | Unset = 50.0,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["minScore"] = min_score

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jobs/{job_id}/matches/blind".format(job_id=quote(str(job_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageBlindMatch | None:
    if response.status_code == 200:
        response_200 = PageBlindMatch.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageBlindMatch]:
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
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> Response[HTTPValidationError | PageBlindMatch]:
    """ Blind Matches

     Top matches without names, photo links, age or gender hints (fair first screening).

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageBlindMatch]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
min_score=min_score,
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
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> HTTPValidationError | PageBlindMatch | None:
    """ Blind Matches

     Top matches without names, photo links, age or gender hints (fair first screening).

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageBlindMatch
     """


    return sync_detailed(
        job_id=job_id,
client=client,
min_score=min_score,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    min_score: float | Unset = 50.0,
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> Response[HTTPValidationError | PageBlindMatch]:
    """ Blind Matches

     Top matches without names, photo links, age or gender hints (fair first screening).

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageBlindMatch]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
min_score=min_score,
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
    page: int | Unset = 1,
    limit: int | Unset = 15,

) -> HTTPValidationError | PageBlindMatch | None:
    """ Blind Matches

     Top matches without names, photo links, age or gender hints (fair first screening).

    Args:
        job_id (UUID):
        min_score (float | Unset):  Default: 50.0.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageBlindMatch
     """


    return (await asyncio_detailed(
        job_id=job_id,
client=client,
min_score=min_score,
page=page,
limit=limit,

    )).parsed
