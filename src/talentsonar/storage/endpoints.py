"""``/api/v1/files/{token}``: a stored file behind a signed, short-lived link
(:mod:`talentsonar.storage.links`), served without a bearer token so that a browser's
``<a href>`` can open it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from talentsonar.auth.principal import rate_limit
from talentsonar.core.deps import RuntimeDep
from talentsonar.core.errors import NotFound
from talentsonar.storage import get_storage
from talentsonar.storage.links import verify

router = APIRouter(tags=["files"], dependencies=[rate_limit("default")])


@router.get(
    "/files/{token}",
    response_model=None,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "The file"},
        403: {"description": "Forged or altered link (invalid_signature)"},
        404: {"description": "The file is gone (erased)"},
        410: {"description": "Expired link (link_expired)"},
    },
)
async def download_signed_file(
    token: Annotated[str, Path(max_length=4000)], runtime: RuntimeDep
) -> Response:
    """The file a signed download link grants (no ``Authorization`` needed; the link
    itself is the permission, for a few minutes)."""
    file = verify(runtime, token)
    try:
        data = await get_storage(runtime).get(file.key)
    except (KeyError, ValueError) as exc:
        raise NotFound("File") from exc
    safe = file.filename.encode("ascii", "replace").decode().replace('"', "")
    return Response(
        data,
        media_type=file.content_type,
        headers={
            "Content-Disposition": f'attachment; filename="{safe}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            "Referrer-Policy": "no-referrer",
        },
    )
