from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelopelist_added_application import EnvelopelistAddedApplication
from ...models.http_validation_error import HTTPValidationError
from ...models.job_applications_add import JobApplicationsAdd
from typing import cast
from uuid import UUID



def _get_kwargs(
    job_id: UUID,
    *,
    body: JobApplicationsAdd,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobs/{job_id}/applications".format(job_id=quote(str(job_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopelistAddedApplication | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopelistAddedApplication.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopelistAddedApplication | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobApplicationsAdd,

) -> Response[EnvelopelistAddedApplication | HTTPValidationError]:
    """ Add Job Applications

     Add candidates (from the job's shortlist or a talent search) to the job's
    pipeline; a candidate already in it keeps their application (``created: false``).

    Args:
        job_id (UUID):
        body (JobApplicationsAdd): Candidates added to a job's pipeline from its shortlist or a
            talent search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopelistAddedApplication | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobApplicationsAdd,

) -> EnvelopelistAddedApplication | HTTPValidationError | None:
    """ Add Job Applications

     Add candidates (from the job's shortlist or a talent search) to the job's
    pipeline; a candidate already in it keeps their application (``created: false``).

    Args:
        job_id (UUID):
        body (JobApplicationsAdd): Candidates added to a job's pipeline from its shortlist or a
            talent search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopelistAddedApplication | HTTPValidationError
     """


    return sync_detailed(
        job_id=job_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobApplicationsAdd,

) -> Response[EnvelopelistAddedApplication | HTTPValidationError]:
    """ Add Job Applications

     Add candidates (from the job's shortlist or a talent search) to the job's
    pipeline; a candidate already in it keeps their application (``created: false``).

    Args:
        job_id (UUID):
        body (JobApplicationsAdd): Candidates added to a job's pipeline from its shortlist or a
            talent search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopelistAddedApplication | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobApplicationsAdd,

) -> EnvelopelistAddedApplication | HTTPValidationError | None:
    """ Add Job Applications

     Add candidates (from the job's shortlist or a talent search) to the job's
    pipeline; a candidate already in it keeps their application (``created: false``).

    Args:
        job_id (UUID):
        body (JobApplicationsAdd): Candidates added to a job's pipeline from its shortlist or a
            talent search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopelistAddedApplication | HTTPValidationError
     """


    return (await asyncio_detailed(
        job_id=job_id,
client=client,
body=body,

    )).parsed
