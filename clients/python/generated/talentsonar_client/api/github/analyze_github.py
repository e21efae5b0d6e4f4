from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_git_hub_analysis_accepted import EnvelopeGitHubAnalysisAccepted
from ...models.git_hub_analysis_request import GitHubAnalysisRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    candidate_id: UUID,
    *,
    body: GitHubAnalysisRequest | None | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/candidates/{candidate_id}/github-analysis".format(candidate_id=quote(str(candidate_id), safe=""),),
    }

    
    if isinstance(body, GitHubAnalysisRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeGitHubAnalysisAccepted | HTTPValidationError | None:
    if response.status_code == 202:
        response_202 = EnvelopeGitHubAnalysisAccepted.from_dict(response.json())



        return response_202

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeGitHubAnalysisAccepted | HTTPValidationError]:
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
    body: GitHubAnalysisRequest | None | Unset = UNSET,

) -> Response[EnvelopeGitHubAnalysisAccepted | HTTPValidationError]:
    """ Analyze Github

     Queue an analysis of the candidate's public GitHub repositories (the username
    given, or the one in the CV's links): skills from languages and manifests, weighted
    by recency and volume, recorded on the skill profile as ``github`` evidence. An
    unknown GitHub user answers 404. Follow the task at ``statusUrl``.

    Args:
        candidate_id (UUID):
        body (GitHubAnalysisRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeGitHubAnalysisAccepted | HTTPValidationError]
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
    body: GitHubAnalysisRequest | None | Unset = UNSET,

) -> EnvelopeGitHubAnalysisAccepted | HTTPValidationError | None:
    """ Analyze Github

     Queue an analysis of the candidate's public GitHub repositories (the username
    given, or the one in the CV's links): skills from languages and manifests, weighted
    by recency and volume, recorded on the skill profile as ``github`` evidence. An
    unknown GitHub user answers 404. Follow the task at ``statusUrl``.

    Args:
        candidate_id (UUID):
        body (GitHubAnalysisRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeGitHubAnalysisAccepted | HTTPValidationError
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
    body: GitHubAnalysisRequest | None | Unset = UNSET,

) -> Response[EnvelopeGitHubAnalysisAccepted | HTTPValidationError]:
    """ Analyze Github

     Queue an analysis of the candidate's public GitHub repositories (the username
    given, or the one in the CV's links): skills from languages and manifests, weighted
    by recency and volume, recorded on the skill profile as ``github`` evidence. An
    unknown GitHub user answers 404. Follow the task at ``statusUrl``.

    Args:
        candidate_id (UUID):
        body (GitHubAnalysisRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeGitHubAnalysisAccepted | HTTPValidationError]
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
    body: GitHubAnalysisRequest | None | Unset = UNSET,

) -> EnvelopeGitHubAnalysisAccepted | HTTPValidationError | None:
    """ Analyze Github

     Queue an analysis of the candidate's public GitHub repositories (the username
    given, or the one in the CV's links): skills from languages and manifests, weighted
    by recency and volume, recorded on the skill profile as ``github`` evidence. An
    unknown GitHub user answers 404. Follow the task at ``statusUrl``.

    Args:
        candidate_id (UUID):
        body (GitHubAnalysisRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeGitHubAnalysisAccepted | HTTPValidationError
     """


    return (await asyncio_detailed(
        candidate_id=candidate_id,
client=client,
body=body,

    )).parsed
