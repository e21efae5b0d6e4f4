from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analyze_top_request import AnalyzeTopRequest
from ...models.envelope_analyze_top_accepted import EnvelopeAnalyzeTopAccepted
from ...models.http_validation_error import HTTPValidationError
from typing import cast
from uuid import UUID



def _get_kwargs(
    job_id: UUID,
    *,
    body: AnalyzeTopRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobs/{job_id}/analyze-top".format(job_id=quote(str(job_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeAnalyzeTopAccepted | HTTPValidationError | None:
    if response.status_code == 202:
        response_202 = EnvelopeAnalyzeTopAccepted.from_dict(response.json())



        return response_202

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeAnalyzeTopAccepted | HTTPValidationError]:
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
    body: AnalyzeTopRequest,

) -> Response[EnvelopeAnalyzeTopAccepted | HTTPValidationError]:
    """ Analyze Top

     Queue AI fit analysis of the job's top ``limit`` candidates scoring at least ``minScore``.

    Args:
        job_id (UUID):
        body (AnalyzeTopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeAnalyzeTopAccepted | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnalyzeTopRequest,

) -> EnvelopeAnalyzeTopAccepted | HTTPValidationError | None:
    """ Analyze Top

     Queue AI fit analysis of the job's top ``limit`` candidates scoring at least ``minScore``.

    Args:
        job_id (UUID):
        body (AnalyzeTopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeAnalyzeTopAccepted | HTTPValidationError
     """


    return sync_detailed(
        job_id=job_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnalyzeTopRequest,

) -> Response[EnvelopeAnalyzeTopAccepted | HTTPValidationError]:
    """ Analyze Top

     Queue AI fit analysis of the job's top ``limit`` candidates scoring at least ``minScore``.

    Args:
        job_id (UUID):
        body (AnalyzeTopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeAnalyzeTopAccepted | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnalyzeTopRequest,

) -> EnvelopeAnalyzeTopAccepted | HTTPValidationError | None:
    """ Analyze Top

     Queue AI fit analysis of the job's top ``limit`` candidates scoring at least ``minScore``.

    Args:
        job_id (UUID):
        body (AnalyzeTopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeAnalyzeTopAccepted | HTTPValidationError
     """


    return (await asyncio_detailed(
        job_id=job_id,
client=client,
body=body,

    )).parsed
