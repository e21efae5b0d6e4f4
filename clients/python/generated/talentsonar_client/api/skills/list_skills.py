from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.http_validation_error import HTTPValidationError
from ...models.list_skills_order import ListSkillsOrder
from ...models.list_skills_sortby import ListSkillsSortby
from ...models.page_catalog_skill import PageCatalogSkill
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    category_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    sort_by: ListSkillsSortby | Unset = ListSkillsSortby.NAME,
    order: ListSkillsOrder | Unset = ListSkillsOrder.ASC,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_category_id: None | str | Unset
    if isinstance(category_id, Unset):
        json_category_id = UNSET
    else:
        json_category_id = category_id
    params["categoryId"] = json_category_id

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["page"] = page

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/skills",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | HTTPValidationError | PageCatalogSkill | None:
    if response.status_code == 200:
        response_200 = PageCatalogSkill.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | HTTPValidationError | PageCatalogSkill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    sort_by: ListSkillsSortby | Unset = ListSkillsSortby.NAME,
    order: ListSkillsOrder | Unset = ListSkillsOrder.ASC,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[Any | HTTPValidationError | PageCatalogSkill]:
    """ List Skills

     The catalogue: shipped skills (with ESCO / O*NET ids) and the organisation's own,
    filtered by ``categoryId`` and ``search``, sorted by ``sortBy`` (``name``,
    ``proficiency``: the level the organisation expects, ``createdAt``). Sends an ``ETag``;
    ``If-None-Match`` with the current one answers 304.

    Args:
        category_id (None | str | Unset):
        search (None | str | Unset):
        sort_by (ListSkillsSortby | Unset):  Default: ListSkillsSortby.NAME.
        order (ListSkillsOrder | Unset):  Default: ListSkillsOrder.ASC.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | PageCatalogSkill]
     """


    kwargs = _get_kwargs(
        category_id=category_id,
search=search,
sort_by=sort_by,
order=order,
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
    category_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    sort_by: ListSkillsSortby | Unset = ListSkillsSortby.NAME,
    order: ListSkillsOrder | Unset = ListSkillsOrder.ASC,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Any | HTTPValidationError | PageCatalogSkill | None:
    """ List Skills

     The catalogue: shipped skills (with ESCO / O*NET ids) and the organisation's own,
    filtered by ``categoryId`` and ``search``, sorted by ``sortBy`` (``name``,
    ``proficiency``: the level the organisation expects, ``createdAt``). Sends an ``ETag``;
    ``If-None-Match`` with the current one answers 304.

    Args:
        category_id (None | str | Unset):
        search (None | str | Unset):
        sort_by (ListSkillsSortby | Unset):  Default: ListSkillsSortby.NAME.
        order (ListSkillsOrder | Unset):  Default: ListSkillsOrder.ASC.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | PageCatalogSkill
     """


    return sync_detailed(
        client=client,
category_id=category_id,
search=search,
sort_by=sort_by,
order=order,
page=page,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    sort_by: ListSkillsSortby | Unset = ListSkillsSortby.NAME,
    order: ListSkillsOrder | Unset = ListSkillsOrder.ASC,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Response[Any | HTTPValidationError | PageCatalogSkill]:
    """ List Skills

     The catalogue: shipped skills (with ESCO / O*NET ids) and the organisation's own,
    filtered by ``categoryId`` and ``search``, sorted by ``sortBy`` (``name``,
    ``proficiency``: the level the organisation expects, ``createdAt``). Sends an ``ETag``;
    ``If-None-Match`` with the current one answers 304.

    Args:
        category_id (None | str | Unset):
        search (None | str | Unset):
        sort_by (ListSkillsSortby | Unset):  Default: ListSkillsSortby.NAME.
        order (ListSkillsOrder | Unset):  Default: ListSkillsOrder.ASC.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | PageCatalogSkill]
     """


    kwargs = _get_kwargs(
        category_id=category_id,
search=search,
sort_by=sort_by,
order=order,
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
    category_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    sort_by: ListSkillsSortby | Unset = ListSkillsSortby.NAME,
    order: ListSkillsOrder | Unset = ListSkillsOrder.ASC,
    page: int | Unset = 1,
    limit: int | Unset = 20,

) -> Any | HTTPValidationError | PageCatalogSkill | None:
    """ List Skills

     The catalogue: shipped skills (with ESCO / O*NET ids) and the organisation's own,
    filtered by ``categoryId`` and ``search``, sorted by ``sortBy`` (``name``,
    ``proficiency``: the level the organisation expects, ``createdAt``). Sends an ``ETag``;
    ``If-None-Match`` with the current one answers 304.

    Args:
        category_id (None | str | Unset):
        search (None | str | Unset):
        sort_by (ListSkillsSortby | Unset):  Default: ListSkillsSortby.NAME.
        order (ListSkillsOrder | Unset):  Default: ListSkillsOrder.ASC.
        page (int | Unset): 1-based page number Default: 1.
        limit (int | Unset): Items per page Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | PageCatalogSkill
     """


    return (await asyncio_detailed(
        client=client,
category_id=category_id,
search=search,
sort_by=sort_by,
order=order,
page=page,
limit=limit,

    )).parsed
