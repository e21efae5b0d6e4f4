from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_board import EnvelopeBoard
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    job_id: UUID,
    *,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jobs/{job_id}/pipeline".format(job_id=quote(str(job_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeBoard | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeBoard.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeBoard | HTTPValidationError]:
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
    limit: int | Unset = 50,

) -> Response[EnvelopeBoard | HTTPValidationError]:
    """ Job Pipeline

     The job's board: every stage in order with its count and its applications
    (candidate name, score, time in stage).

    Args:
        job_id (UUID):
        limit (int | Unset): Cards per column at most (best score first); a column's further
            cards: GET /api/v1/applications?jobId=…&stageId=… Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeBoard | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
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
    limit: int | Unset = 50,

) -> EnvelopeBoard | HTTPValidationError | None:
    """ Job Pipeline

     The job's board: every stage in order with its count and its applications
    (candidate name, score, time in stage).

    Args:
        job_id (UUID):
        limit (int | Unset): Cards per column at most (best score first); a column's further
            cards: GET /api/v1/applications?jobId=…&stageId=… Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeBoard | HTTPValidationError
     """


    return sync_detailed(
        job_id=job_id,
client=client,
limit=limit,

    ).parsed

async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Response[EnvelopeBoard | HTTPValidationError]:
    """ Job Pipeline

     The job's board: every stage in order with its count and its applications
    (candidate name, score, time in stage).

    Args:
        job_id (UUID):
        limit (int | Unset): Cards per column at most (best score first); a column's further
            cards: GET /api/v1/applications?jobId=…&stageId=… Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeBoard | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
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
    limit: int | Unset = 50,

) -> EnvelopeBoard | HTTPValidationError | None:
    """ Job Pipeline

     The job's board: every stage in order with its count and its applications
    (candidate name, score, time in stage).

    Args:
        job_id (UUID):
        limit (int | Unset): Cards per column at most (best score first); a column's further
            cards: GET /api/v1/applications?jobId=…&stageId=… Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeBoard | HTTPValidationError
     """


    return (await asyncio_detailed(
        job_id=job_id,
client=client,
limit=limit,

    )).parsed
