from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_payment_out import EnvelopePaymentOut
from ...models.http_validation_error import HTTPValidationError
from ...models.refund_request import RefundRequest
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    payment_id: UUID,
    *,
    body: None | RefundRequest | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/admin/payments/{payment_id}/refund".format(payment_id=quote(str(payment_id), safe=""),),
    }

    
    if isinstance(body, RefundRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopePaymentOut | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopePaymentOut.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopePaymentOut | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RefundRequest | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnvelopePaymentOut | HTTPValidationError]:
    """ Refund Payment

     Refund a payment (all that is left, or ``amount``) through Stripe; the matching
    share of its credits is clawed back (never below a zero balance).

    Args:
        payment_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (None | RefundRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopePaymentOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        payment_id=payment_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RefundRequest | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> EnvelopePaymentOut | HTTPValidationError | None:
    """ Refund Payment

     Refund a payment (all that is left, or ``amount``) through Stripe; the matching
    share of its credits is clawed back (never below a zero balance).

    Args:
        payment_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (None | RefundRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopePaymentOut | HTTPValidationError
     """


    return sync_detailed(
        payment_id=payment_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RefundRequest | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnvelopePaymentOut | HTTPValidationError]:
    """ Refund Payment

     Refund a payment (all that is left, or ``amount``) through Stripe; the matching
    share of its credits is clawed back (never below a zero balance).

    Args:
        payment_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (None | RefundRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopePaymentOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        payment_id=payment_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RefundRequest | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> EnvelopePaymentOut | HTTPValidationError | None:
    """ Refund Payment

     Refund a payment (all that is left, or ``amount``) through Stripe; the matching
    share of its credits is clawed back (never below a zero balance).

    Args:
        payment_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (None | RefundRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopePaymentOut | HTTPValidationError
     """


    return (await asyncio_detailed(
        payment_id=payment_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
