from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelopelist_skill_suggestion import EnvelopelistSkillSuggestion
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    limit: int | Unset = 10,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/skills/suggest",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopelistSkillSuggestion | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopelistSkillSuggestion.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopelistSkillSuggestion | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,

) -> Response[EnvelopelistSkillSuggestion | HTTPValidationError]:
    """ Suggest Skills

     Canonical skills whose name or alias starts with ``q`` ("k8" -> Kubernetes).

    Args:
        q (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopelistSkillSuggestion | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        q=q,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,

) -> EnvelopelistSkillSuggestion | HTTPValidationError | None:
    """ Suggest Skills

     Canonical skills whose name or alias starts with ``q`` ("k8" -> Kubernetes).

    Args:
        q (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopelistSkillSuggestion | HTTPValidationError
     """


    return sync_detailed(
        client=client,
q=q,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,

) -> Response[EnvelopelistSkillSuggestion | HTTPValidationError]:
    """ Suggest Skills

     Canonical skills whose name or alias starts with ``q`` ("k8" -> Kubernetes).

    Args:
        q (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopelistSkillSuggestion | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        q=q,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,

) -> EnvelopelistSkillSuggestion | HTTPValidationError | None:
    """ Suggest Skills

     Canonical skills whose name or alias starts with ``q`` ("k8" -> Kubernetes).

    Args:
        q (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopelistSkillSuggestion | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
q=q,
limit=limit,

    )).parsed
