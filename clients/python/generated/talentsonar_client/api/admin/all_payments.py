from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.page_payment_out import PagePaymentOut
from ...models.payment_status import PaymentStatus
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    org_id: None | Unset | UUID = UNSET,
    status: None | PaymentStatus | Unset = UNSET,
    disputed: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_org_id: None | str | Unset
    if isinstance(org_id, Unset):
        json_org_id = UNSET
    elif isinstance(org_id, UUID):
        json_org_id = str(org_id)
    else:
        json_org_id = org_id
    params["orgId"] = json_org_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, PaymentStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_disputed: bool | None | Unset
    if isinstance(disputed, Unset):
        json_disputed = UNSET
    else:
        json_disputed = disputed
    params["disputed"] = json_disputed

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/admin/payments",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PagePaymentOut | None:
    if response.status_code == 200:
        response_200 = PagePaymentOut.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PagePaymentOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    org_id: None | Unset | UUID = UNSET,
    status: None | PaymentStatus | Unset = UNSET,
    disputed: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PagePaymentOut]:
    """ All Payments

    Args:
        org_id (None | Unset | UUID):
        status (None | PaymentStatus | Unset):
        disputed (bool | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PagePaymentOut]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
status=status,
disputed=disputed,
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
    org_id: None | Unset | UUID = UNSET,
    status: None | PaymentStatus | Unset = UNSET,
    disputed: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PagePaymentOut | None:
    """ All Payments

    Args:
        org_id (None | Unset | UUID):
        status (None | PaymentStatus | Unset):
        disputed (bool | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PagePaymentOut
     """


    return sync_detailed(
        client=client,
org_id=org_id,
status=status,
disputed=disputed,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_id: None | Unset | UUID = UNSET,
    status: None | PaymentStatus | Unset = UNSET,
    disputed: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PagePaymentOut]:
    """ All Payments

    Args:
        org_id (None | Unset | UUID):
        status (None | PaymentStatus | Unset):
        disputed (bool | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PagePaymentOut]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
status=status,
disputed=disputed,
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
    org_id: None | Unset | UUID = UNSET,
    status: None | PaymentStatus | Unset = UNSET,
    disputed: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PagePaymentOut | None:
    """ All Payments

    Args:
        org_id (None | Unset | UUID):
        status (None | PaymentStatus | Unset):
        disputed (bool | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PagePaymentOut
     """


    return (await asyncio_detailed(
        client=client,
org_id=org_id,
status=status,
disputed=disputed,
page=page,
limit=limit,

    )).parsed
