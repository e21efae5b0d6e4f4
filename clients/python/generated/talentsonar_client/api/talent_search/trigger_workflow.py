from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.envelope_workflow_out import EnvelopeWorkflowOut
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_trigger import WorkflowTrigger
from typing import cast



def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowTrigger,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workflows/{workflow_id}/trigger".format(workflow_id=quote(str(workflow_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeWorkflowOut | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvelopeWorkflowOut.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeWorkflowOut | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowTrigger,

) -> Response[EnvelopeWorkflowOut | HTTPValidationError]:
    """ Trigger Workflow

     POST ``payload`` to the N8N workflow ``{N8N_BASE_URL}/webhook/{workflowId}``.

    Args:
        workflow_id (str):
        body (WorkflowTrigger):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeWorkflowOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowTrigger,

) -> EnvelopeWorkflowOut | HTTPValidationError | None:
    """ Trigger Workflow

     POST ``payload`` to the N8N workflow ``{N8N_BASE_URL}/webhook/{workflowId}``.

    Args:
        workflow_id (str):
        body (WorkflowTrigger):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeWorkflowOut | HTTPValidationError
     """


    return sync_detailed(
        workflow_id=workflow_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowTrigger,

) -> Response[EnvelopeWorkflowOut | HTTPValidationError]:
    """ Trigger Workflow

     POST ``payload`` to the N8N workflow ``{N8N_BASE_URL}/webhook/{workflowId}``.

    Args:
        workflow_id (str):
        body (WorkflowTrigger):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeWorkflowOut | HTTPValidationError]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowTrigger,

) -> EnvelopeWorkflowOut | HTTPValidationError | None:
    """ Trigger Workflow

     POST ``payload`` to the N8N workflow ``{N8N_BASE_URL}/webhook/{workflowId}``.

    Args:
        workflow_id (str):
        body (WorkflowTrigger):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeWorkflowOut | HTTPValidationError
     """


    return (await asyncio_detailed(
        workflow_id=workflow_id,
client=client,
body=body,

    )).parsed
