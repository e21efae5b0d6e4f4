from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_credit_movement import EnvelopeCreditMovement
from ...models.grant_request import GrantRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    org_id: UUID,
    *,
    body: GrantRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/admin/organizations/{org_id}/credits".format(org_id=quote(str(org_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeCreditMovement | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopeCreditMovement.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeCreditMovement | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnvelopeCreditMovement | HTTPValidationError]:
    """ Grant Credits

     Grant credits to any organisation (recorded in its ledger and the audit log).

    Args:
        org_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (GrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCreditMovement | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    org_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> EnvelopeCreditMovement | HTTPValidationError | None:
    """ Grant Credits

     Grant credits to any organisation (recorded in its ledger and the audit log).

    Args:
        org_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (GrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCreditMovement | HTTPValidationError
     """


    return sync_detailed(
        org_id=org_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    org_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnvelopeCreditMovement | HTTPValidationError]:
    """ Grant Credits

     Grant credits to any organisation (recorded in its ledger and the audit log).

    Args:
        org_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (GrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeCreditMovement | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    org_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantRequest,
    idempotency_key: None | str | Unset = UNSET,

) -> EnvelopeCreditMovement | HTTPValidationError | None:
    """ Grant Credits

     Grant credits to any organisation (recorded in its ledger and the audit log).

    Args:
        org_id (UUID):
        idempotency_key (None | str | Unset): Retries with the same key replay the first answer.
        body (GrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeCreditMovement | HTTPValidationError
     """


    return (await asyncio_detailed(
        org_id=org_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
