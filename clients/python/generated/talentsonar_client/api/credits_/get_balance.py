from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_credit_balance_out import EnvelopeCreditBalanceOut
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    required: int | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_required: int | None | Unset
    if isinstance(required, Unset):
        json_required = UNSET
    else:
        json_required = required
    params["required"] = json_required

    json_operation: None | str | Unset
    if isinstance(operation, Unset):
        json_operation = UNSET
    else:
        json_operation = operation
    params["operation"] = json_operation


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/credits/balance",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeCreditBalanceOut | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeCreditBalanceOut.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeCreditBalanceOut | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    required: int | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,

) -> Response[EnvelopeCreditBalanceOut | HTTPValidationError]:
    """ Get Balance

     The organisation's balance; with ``required`` or ``operation``, whether it covers it.

    Args:
        required (int | None | Unset):
        operation (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCreditBalanceOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        required=required,
operation=operation,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    required: int | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,

) -> EnvelopeCreditBalanceOut | HTTPValidationError | None:
    """ Get Balance

     The organisation's balance; with ``required`` or ``operation``, whether it covers it.

    Args:
        required (int | None | Unset):
        operation (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCreditBalanceOut | HTTPValidationError
     """


    return sync_detailed(
        client=client,
required=required,
operation=operation,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    required: int | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,

) -> Response[EnvelopeCreditBalanceOut | HTTPValidationError]:
    """ Get Balance

     The organisation's balance; with ``required`` or ``operation``, whether it covers it.

    Args:
        required (int | None | Unset):
        operation (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCreditBalanceOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        required=required,
operation=operation,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    required: int | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,

) -> EnvelopeCreditBalanceOut | HTTPValidationError | None:
    """ Get Balance

     The organisation's balance; with ``required`` or ``operation``, whether it covers it.

    Args:
        required (int | None | Unset):
        operation (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCreditBalanceOut | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
required=required,
operation=operation,

    )).parsed
