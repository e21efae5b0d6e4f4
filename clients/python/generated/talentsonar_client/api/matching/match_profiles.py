from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelopelist_profile_match import EnvelopelistProfileMatch
from ...models.http_validation_error import HTTPValidationError
from ...models.profile_match_request import ProfileMatchRequest
from typing import cast



def _get_kwargs(
    *,
    body: ProfileMatchRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/profiles/match",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopelistProfileMatch | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopelistProfileMatch.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopelistProfileMatch | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProfileMatchRequest,

) -> Response[EnvelopelistProfileMatch | HTTPValidationError]:
    """ Match Profiles

     Nearest candidate profiles to a text or a candidate (cosine >= threshold, at most count).

    Args:
        body (ProfileMatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopelistProfileMatch | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: ProfileMatchRequest,

) -> EnvelopelistProfileMatch | HTTPValidationError | None:
    """ Match Profiles

     Nearest candidate profiles to a text or a candidate (cosine >= threshold, at most count).

    Args:
        body (ProfileMatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopelistProfileMatch | HTTPValidationError
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProfileMatchRequest,

) -> Response[EnvelopelistProfileMatch | HTTPValidationError]:
    """ Match Profiles

     Nearest candidate profiles to a text or a candidate (cosine >= threshold, at most count).

    Args:
        body (ProfileMatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopelistProfileMatch | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProfileMatchRequest,

) -> EnvelopelistProfileMatch | HTTPValidationError | None:
    """ Match Profiles

     Nearest candidate profiles to a text or a candidate (cosine >= threshold, at most count).

    Args:
        body (ProfileMatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopelistProfileMatch | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
