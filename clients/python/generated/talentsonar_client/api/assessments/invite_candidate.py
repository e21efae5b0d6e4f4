from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assessment_invitation_create import AssessmentInvitationCreate
from ...models.envelope_invitation import EnvelopeInvitation
from ...models.http_validation_error import HTTPValidationError
from typing import cast
from uuid import UUID



def _get_kwargs(
    assessment_id: UUID,
    *,
    body: AssessmentInvitationCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessments/{assessment_id}/invitations".format(assessment_id=quote(str(assessment_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeInvitation | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopeInvitation.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeInvitation | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentInvitationCreate,

) -> Response[EnvelopeInvitation | HTTPValidationError]:
    """ Invite Candidate

     Invite a candidate: an e-mail with a single-use link that expires
    (``ASSESSMENT_LINK_TTL_HOURS``). One attempt: another invitation while one is open
    needs ``replace: true``.

    Args:
        assessment_id (UUID):
        body (AssessmentInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeInvitation | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        assessment_id=assessment_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentInvitationCreate,

) -> EnvelopeInvitation | HTTPValidationError | None:
    """ Invite Candidate

     Invite a candidate: an e-mail with a single-use link that expires
    (``ASSESSMENT_LINK_TTL_HOURS``). One attempt: another invitation while one is open
    needs ``replace: true``.

    Args:
        assessment_id (UUID):
        body (AssessmentInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeInvitation | HTTPValidationError
     """


    return sync_detailed(
        assessment_id=assessment_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentInvitationCreate,

) -> Response[EnvelopeInvitation | HTTPValidationError]:
    """ Invite Candidate

     Invite a candidate: an e-mail with a single-use link that expires
    (``ASSESSMENT_LINK_TTL_HOURS``). One attempt: another invitation while one is open
    needs ``replace: true``.

    Args:
        assessment_id (UUID):
        body (AssessmentInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeInvitation | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        assessment_id=assessment_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentInvitationCreate,

) -> EnvelopeInvitation | HTTPValidationError | None:
    """ Invite Candidate

     Invite a candidate: an e-mail with a single-use link that expires
    (``ASSESSMENT_LINK_TTL_HOURS``). One attempt: another invitation while one is open
    needs ``replace: true``.

    Args:
        assessment_id (UUID):
        body (AssessmentInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeInvitation | HTTPValidationError
     """


    return (await asyncio_detailed(
        assessment_id=assessment_id,
client=client,
body=body,

    )).parsed
