from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_swap_request import EnvelopeSwapRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.swap_accept import SwapAccept
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    swap_request_id: UUID,
    *,
    body: None | SwapAccept | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/jobswap/swap-requests/{swap_request_id}/accept".format(swap_request_id=quote(str(swap_request_id), safe=""),),
    }

    
    if isinstance(body, SwapAccept):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeSwapRequest | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeSwapRequest.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeSwapRequest | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    swap_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | SwapAccept | Unset = UNSET,

) -> Response[EnvelopeSwapRequest | HTTPValidationError]:
    """ Accept Swap Request

     Accept (idempotent); when both parties have, each company's HR gets a request.

    Args:
        swap_request_id (UUID):
        body (None | SwapAccept | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeSwapRequest | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        swap_request_id=swap_request_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    swap_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | SwapAccept | Unset = UNSET,

) -> EnvelopeSwapRequest | HTTPValidationError | None:
    """ Accept Swap Request

     Accept (idempotent); when both parties have, each company's HR gets a request.

    Args:
        swap_request_id (UUID):
        body (None | SwapAccept | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeSwapRequest | HTTPValidationError
     """


    return sync_detailed(
        swap_request_id=swap_request_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    swap_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | SwapAccept | Unset = UNSET,

) -> Response[EnvelopeSwapRequest | HTTPValidationError]:
    """ Accept Swap Request

     Accept (idempotent); when both parties have, each company's HR gets a request.

    Args:
        swap_request_id (UUID):
        body (None | SwapAccept | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeSwapRequest | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        swap_request_id=swap_request_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    swap_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | SwapAccept | Unset = UNSET,

) -> EnvelopeSwapRequest | HTTPValidationError | None:
    """ Accept Swap Request

     Accept (idempotent); when both parties have, each company's HR gets a request.

    Args:
        swap_request_id (UUID):
        body (None | SwapAccept | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeSwapRequest | HTTPValidationError
     """


    return (await asyncio_detailed(
        swap_request_id=swap_request_id,
client=client,
body=body,

    )).parsed
