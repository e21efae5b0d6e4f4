from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.ledger_kind import LedgerKind
from ...models.page_ledger_entry_out import PageLedgerEntryOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    kind: LedgerKind | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, LedgerKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_related_type: None | str | Unset
    if isinstance(related_type, Unset):
        json_related_type = UNSET
    else:
        json_related_type = related_type
    params["relatedType"] = json_related_type

    json_related_id: None | str | Unset
    if isinstance(related_id, Unset):
        json_related_id = UNSET
    else:
        json_related_id = related_id
    params["relatedId"] = json_related_id

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/credits/ledger",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageLedgerEntryOut | None:
    if response.status_code == 200:
        response_200 = PageLedgerEntryOut.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageLedgerEntryOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: LedgerKind | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageLedgerEntryOut]:
    """ Ledger

     Every credit movement of the organisation, newest first.

    Args:
        kind (LedgerKind | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        related_type (None | str | Unset):
        related_id (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageLedgerEntryOut]
     """


    kwargs = _get_kwargs(
        kind=kind,
from_=from_,
to=to,
related_type=related_type,
related_id=related_id,
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
    kind: LedgerKind | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageLedgerEntryOut | None:
    """ Ledger

     Every credit movement of the organisation, newest first.

    Args:
        kind (LedgerKind | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        related_type (None | str | Unset):
        related_id (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageLedgerEntryOut
     """


    return sync_detailed(
        client=client,
kind=kind,
from_=from_,
to=to,
related_type=related_type,
related_id=related_id,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: LedgerKind | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageLedgerEntryOut]:
    """ Ledger

     Every credit movement of the organisation, newest first.

    Args:
        kind (LedgerKind | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        related_type (None | str | Unset):
        related_id (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageLedgerEntryOut]
     """


    kwargs = _get_kwargs(
        kind=kind,
from_=from_,
to=to,
related_type=related_type,
related_id=related_id,
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
    kind: LedgerKind | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    related_type: None | str | Unset = UNSET,
    related_id: None | str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageLedgerEntryOut | None:
    """ Ledger

     Every credit movement of the organisation, newest first.

    Args:
        kind (LedgerKind | None | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        related_type (None | str | Unset):
        related_id (None | str | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageLedgerEntryOut
     """


    return (await asyncio_detailed(
        client=client,
kind=kind,
from_=from_,
to=to,
related_type=related_type,
related_id=related_id,
page=page,
limit=limit,

    )).parsed
