from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_job import EnvelopeJob
from ...models.http_validation_error import HTTPValidationError
from ...models.job_create import JobCreate
from typing import cast



def _get_kwargs(
    *,
    body: JobCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeJob | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EnvelopeJob.from_dict(response.json())



        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeJob | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobCreate,

) -> Response[EnvelopeJob | HTTPValidationError]:
    """ Create Job

     Create a job; candidates are (re)scored against it in the background.

    Args:
        body (JobCreate): A new job. Requirements not given (requiredSkills / niceToHaveSkills
            empty,
            seniority / minYearsExperience null) are inferred from the title and description; the
            job's ``requirements`` says which were, and why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeJob | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: JobCreate,

) -> EnvelopeJob | HTTPValidationError | None:
    """ Create Job

     Create a job; candidates are (re)scored against it in the background.

    Args:
        body (JobCreate): A new job. Requirements not given (requiredSkills / niceToHaveSkills
            empty,
            seniority / minYearsExperience null) are inferred from the title and description; the
            job's ``requirements`` says which were, and why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeJob | HTTPValidationError
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobCreate,

) -> Response[EnvelopeJob | HTTPValidationError]:
    """ Create Job

     Create a job; candidates are (re)scored against it in the background.

    Args:
        body (JobCreate): A new job. Requirements not given (requiredSkills / niceToHaveSkills
            empty,
            seniority / minYearsExperience null) are inferred from the title and description; the
            job's ``requirements`` says which were, and why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeJob | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobCreate,

) -> EnvelopeJob | HTTPValidationError | None:
    """ Create Job

     Create a job; candidates are (re)scored against it in the background.

    Args:
        body (JobCreate): A new job. Requirements not given (requiredSkills / niceToHaveSkills
            empty,
            seniority / minYearsExperience null) are inferred from the title and description; the
            job's ``requirements`` says which were, and why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeJob | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
