from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_note import EnvelopeNote
from ...models.http_validation_error import HTTPValidationError
from ...models.note_create import NoteCreate
from typing import cast
from uuid import UUID



def _get_kwargs(
    candidate_id: UUID,
    *,
    body: NoteCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/candidates/{candidate_id}/notes".format(candidate_id=quote(str(candidate_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeNote | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopeNote.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeNote | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,

) -> Response[EnvelopeNote | HTTPValidationError]:
    """ Add Note

     Write a note; members @mentioned in it (``@sam`` or ``@sam@example.com``) or listed
    in ``mentionUserIds`` are notified.

    Args:
        candidate_id (UUID):
        body (NoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeNote | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,

) -> EnvelopeNote | HTTPValidationError | None:
    """ Add Note

     Write a note; members @mentioned in it (``@sam`` or ``@sam@example.com``) or listed
    in ``mentionUserIds`` are notified.

    Args:
        candidate_id (UUID):
        body (NoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeNote | HTTPValidationError
     """


    return sync_detailed(
        candidate_id=candidate_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,

) -> Response[EnvelopeNote | HTTPValidationError]:
    """ Add Note

     Write a note; members @mentioned in it (``@sam`` or ``@sam@example.com``) or listed
    in ``mentionUserIds`` are notified.

    Args:
        candidate_id (UUID):
        body (NoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeNote | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,

) -> EnvelopeNote | HTTPValidationError | None:
    """ Add Note

     Write a note; members @mentioned in it (``@sam`` or ``@sam@example.com``) or listed
    in ``mentionUserIds`` are notified.

    Args:
        candidate_id (UUID):
        body (NoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeNote | HTTPValidationError
     """


    return (await asyncio_detailed(
        candidate_id=candidate_id,
client=client,
body=body,

    )).parsed
