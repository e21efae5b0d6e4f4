from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.checkout_request import CheckoutRequest
from ...models.envelope_checkout_out import EnvelopeCheckoutOut
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CheckoutRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payments/checkout",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeCheckoutOut | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopeCheckoutOut.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeCheckoutOut | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckoutRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnvelopeCheckoutOut | HTTPValidationError]:
    """ Checkout

     Start buying a credit pack: a Stripe Checkout Session; redirect the user to ``url``.
    Credits are granted when Stripe's webhook confirms the payment.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (CheckoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCheckoutOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: CheckoutRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> EnvelopeCheckoutOut | HTTPValidationError | None:
    """ Checkout

     Start buying a credit pack: a Stripe Checkout Session; redirect the user to ``url``.
    Credits are granted when Stripe's webhook confirms the payment.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (CheckoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCheckoutOut | HTTPValidationError
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckoutRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnvelopeCheckoutOut | HTTPValidationError]:
    """ Checkout

     Start buying a credit pack: a Stripe Checkout Session; redirect the user to ``url``.
    Credits are granted when Stripe's webhook confirms the payment.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (CheckoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCheckoutOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CheckoutRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> EnvelopeCheckoutOut | HTTPValidationError | None:
    """ Checkout

     Start buying a credit pack: a Stripe Checkout Session; redirect the user to ``url``.
    Credits are granted when Stripe's webhook confirms the payment.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (CheckoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCheckoutOut | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
