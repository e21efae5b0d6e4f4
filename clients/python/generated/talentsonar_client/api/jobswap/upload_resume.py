from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.body_upload_resume import BodyUploadResume
from ...models.envelope_resume import EnvelopeResume
from ...models.http_validation_error import HTTPValidationError
from typing import cast
from uuid import UUID



def _get_kwargs(
    profile_id: UUID,
    *,
    body: BodyUploadResume,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobswap/profiles/{profile_id}/resume".format(profile_id=quote(str(profile_id), safe=""),),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeResume | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopeResume.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeResume | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadResume,

) -> Response[EnvelopeResume | HTTPValidationError]:
    """ Upload Resume

     Upload, parse and embed the resume (the CV ingestion's checks and parser).

    Args:
        profile_id (UUID):
        body (BodyUploadResume):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeResume | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        profile_id=profile_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadResume,

) -> EnvelopeResume | HTTPValidationError | None:
    """ Upload Resume

     Upload, parse and embed the resume (the CV ingestion's checks and parser).

    Args:
        profile_id (UUID):
        body (BodyUploadResume):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeResume | HTTPValidationError
     """


    return sync_detailed(
        profile_id=profile_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadResume,

) -> Response[EnvelopeResume | HTTPValidationError]:
    """ Upload Resume

     Upload, parse and embed the resume (the CV ingestion's checks and parser).

    Args:
        profile_id (UUID):
        body (BodyUploadResume):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeResume | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        profile_id=profile_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadResume,

) -> EnvelopeResume | HTTPValidationError | None:
    """ Upload Resume

     Upload, parse and embed the resume (the CV ingestion's checks and parser).

    Args:
        profile_id (UUID):
        body (BodyUploadResume):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeResume | HTTPValidationError
     """


    return (await asyncio_detailed(
        profile_id=profile_id,
client=client,
body=body,

    )).parsed
