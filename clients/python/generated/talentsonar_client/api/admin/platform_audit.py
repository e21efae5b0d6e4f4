from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.page_audit_entry_out import PageAuditEntryOut
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    org_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    actor_user_id: None | Unset | UUID = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
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

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_actor_user_id: None | str | Unset
    if isinstance(actor_user_id, Unset):
        json_actor_user_id = UNSET
    elif isinstance(actor_user_id, UUID):
        json_actor_user_id = str(actor_user_id)
    else:
        json_actor_user_id = actor_user_id
    params["actorUserId"] = json_actor_user_id

    json_target_type: None | str | Unset
    if isinstance(target_type, Unset):
        json_target_type = UNSET
    else:
        json_target_type = target_type
    params["targetType"] = json_target_type

    json_target_id: None | str | Unset
    if isinstance(target_id, Unset):
        json_target_id = UNSET
    else:
        json_target_id = target_id
    params["targetId"] = json_target_id

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

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/admin/audit",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HTTPValidationError | PageAuditEntryOut | None:
    if response.status_code == 200:
        response_200 = PageAuditEntryOut.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HTTPValidationError | PageAuditEntryOut]:
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
    action: None | str | Unset = UNSET,
    actor_user_id: None | Unset | UUID = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageAuditEntryOut]:
    """ Platform Audit

    Args:
        org_id (None | Unset | UUID):
        action (None | str | Unset): Prefix, e.g. credits.
        actor_user_id (None | Unset | UUID):
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageAuditEntryOut]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
action=action,
actor_user_id=actor_user_id,
target_type=target_type,
target_id=target_id,
from_=from_,
to=to,
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
    action: None | str | Unset = UNSET,
    actor_user_id: None | Unset | UUID = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageAuditEntryOut | None:
    """ Platform Audit

    Args:
        org_id (None | Unset | UUID):
        action (None | str | Unset): Prefix, e.g. credits.
        actor_user_id (None | Unset | UUID):
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageAuditEntryOut
     """


    return sync_detailed(
        client=client,
org_id=org_id,
action=action,
actor_user_id=actor_user_id,
target_type=target_type,
target_id=target_id,
from_=from_,
to=to,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    actor_user_id: None | Unset | UUID = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[HTTPValidationError | PageAuditEntryOut]:
    """ Platform Audit

    Args:
        org_id (None | Unset | UUID):
        action (None | str | Unset): Prefix, e.g. credits.
        actor_user_id (None | Unset | UUID):
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PageAuditEntryOut]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
action=action,
actor_user_id=actor_user_id,
target_type=target_type,
target_id=target_id,
from_=from_,
to=to,
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
    action: None | str | Unset = UNSET,
    actor_user_id: None | Unset | UUID = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> HTTPValidationError | PageAuditEntryOut | None:
    """ Platform Audit

    Args:
        org_id (None | Unset | UUID):
        action (None | str | Unset): Prefix, e.g. credits.
        actor_user_id (None | Unset | UUID):
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PageAuditEntryOut
     """


    return (await asyncio_detailed(
        client=client,
org_id=org_id,
action=action,
actor_user_id=actor_user_id,
target_type=target_type,
target_id=target_id,
from_=from_,
to=to,
page=page,
limit=limit,

    )).parsed
