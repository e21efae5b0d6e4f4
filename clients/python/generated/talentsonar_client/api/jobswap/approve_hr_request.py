from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_hr_request import EnvelopeHrRequest
from ...models.hr_decision import HrDecision
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    hr_request_id: UUID,
    *,
    body: HrDecision | None | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/jobswap/hr/requests/{hr_request_id}/approve".format(hr_request_id=quote(str(hr_request_id), safe=""),),
    }

    
    if isinstance(body, HrDecision):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeHrRequest | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeHrRequest.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeHrRequest | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hr_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HrDecision | None | Unset = UNSET,

) -> Response[EnvelopeHrRequest | HTTPValidationError]:
    """ Approve Hr Request

     Approve for the caller's company; the swap is approved when every company has.

    Args:
        hr_request_id (UUID):
        body (HrDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeHrRequest | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        hr_request_id=hr_request_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    hr_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HrDecision | None | Unset = UNSET,

) -> EnvelopeHrRequest | HTTPValidationError | None:
    """ Approve Hr Request

     Approve for the caller's company; the swap is approved when every company has.

    Args:
        hr_request_id (UUID):
        body (HrDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeHrRequest | HTTPValidationError
     """


    return sync_detailed(
        hr_request_id=hr_request_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    hr_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HrDecision | None | Unset = UNSET,

) -> Response[EnvelopeHrRequest | HTTPValidationError]:
    """ Approve Hr Request

     Approve for the caller's company; the swap is approved when every company has.

    Args:
        hr_request_id (UUID):
        body (HrDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeHrRequest | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        hr_request_id=hr_request_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    hr_request_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HrDecision | None | Unset = UNSET,

) -> EnvelopeHrRequest | HTTPValidationError | None:
    """ Approve Hr Request

     Approve for the caller's company; the swap is approved when every company has.

    Args:
        hr_request_id (UUID):
        body (HrDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeHrRequest | HTTPValidationError
     """


    return (await asyncio_detailed(
        hr_request_id=hr_request_id,
client=client,
body=body,

    )).parsed
