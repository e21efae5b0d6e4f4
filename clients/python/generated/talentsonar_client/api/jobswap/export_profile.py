from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_profile_export import EnvelopeProfileExport
from ...models.http_validation_error import HTTPValidationError
from typing import cast
from uuid import UUID



def _get_kwargs(
    profile_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jobswap/profiles/{profile_id}/export".format(profile_id=quote(str(profile_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeProfileExport | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeProfileExport.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeProfileExport | HTTPValidationError]:
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

) -> Response[EnvelopeProfileExport | HTTPValidationError]:
    """ Export Profile

     Everything held about the profile, as JSON (GDPR access request).

    Args:
        profile_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeProfileExport | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        profile_id=profile_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EnvelopeProfileExport | HTTPValidationError | None:
    """ Export Profile

     Everything held about the profile, as JSON (GDPR access request).

    Args:
        profile_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeProfileExport | HTTPValidationError
     """


    return sync_detailed(
        profile_id=profile_id,
client=client,

    ).parsed

async def asyncio_detailed(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[EnvelopeProfileExport | HTTPValidationError]:
    """ Export Profile

     Everything held about the profile, as JSON (GDPR access request).

    Args:
        profile_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeProfileExport | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        profile_id=profile_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EnvelopeProfileExport | HTTPValidationError | None:
    """ Export Profile

     Everything held about the profile, as JSON (GDPR access request).

    Args:
        profile_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeProfileExport | HTTPValidationError
     """


    return (await asyncio_detailed(
        profile_id=profile_id,
client=client,

    )).parsed
