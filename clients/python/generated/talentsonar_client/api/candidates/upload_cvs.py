from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.body_upload_cvs import BodyUploadCvs
from ...models.envelope_upload_accepted import EnvelopeUploadAccepted
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: BodyUploadCvs | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/candidates/upload",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnvelopeUploadAccepted | HTTPValidationError | None:
    if response.status_code == 202:
        response_202 = EnvelopeUploadAccepted.from_dict(response.json())



        return response_202

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnvelopeUploadAccepted | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadCvs | Unset = UNSET,

) -> Response[EnvelopeUploadAccepted | HTTPValidationError]:
    """ Upload Cvs

     Upload CVs (PDF, DOCX, TXT). Unreadable or unsafe files are refused at once with a
    4xx; readable ones are stored and parsed by a worker (one task per file). A single
    file's answer waits a moment (``UPLOAD_WAIT_SECONDS``) for its task and then carries
    the candidate; otherwise follow ``files[].statusUrl``.

    Args:
        body (BodyUploadCvs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeUploadAccepted | HTTPValidationError]
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
    body: BodyUploadCvs | Unset = UNSET,

) -> EnvelopeUploadAccepted | HTTPValidationError | None:
    """ Upload Cvs

     Upload CVs (PDF, DOCX, TXT). Unreadable or unsafe files are refused at once with a
    4xx; readable ones are stored and parsed by a worker (one task per file). A single
    file's answer waits a moment (``UPLOAD_WAIT_SECONDS``) for its task and then carries
    the candidate; otherwise follow ``files[].statusUrl``.

    Args:
        body (BodyUploadCvs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeUploadAccepted | HTTPValidationError
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadCvs | Unset = UNSET,

) -> Response[EnvelopeUploadAccepted | HTTPValidationError]:
    """ Upload Cvs

     Upload CVs (PDF, DOCX, TXT). Unreadable or unsafe files are refused at once with a
    4xx; readable ones are stored and parsed by a worker (one task per file). A single
    file's answer waits a moment (``UPLOAD_WAIT_SECONDS``) for its task and then carries
    the candidate; otherwise follow ``files[].statusUrl``.

    Args:
        body (BodyUploadCvs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvelopeUploadAccepted | HTTPValidationError]
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
    body: BodyUploadCvs | Unset = UNSET,

) -> EnvelopeUploadAccepted | HTTPValidationError | None:
    """ Upload Cvs

     Upload CVs (PDF, DOCX, TXT). Unreadable or unsafe files are refused at once with a
    4xx; readable ones are stored and parsed by a worker (one task per file). A single
    file's answer waits a moment (``UPLOAD_WAIT_SECONDS``) for its task and then carries
    the candidate; otherwise follow ``files[].statusUrl``.

    Args:
        body (BodyUploadCvs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvelopeUploadAccepted | HTTPValidationError
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
