"""Templates (Jinja2, autoescaped: nothing from a CV or a user is ever marked safe)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from talentsonar.web.session import csrf_token, set_csrf_cookie

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.autoescape = True  # every template, whatever its extension
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
#: Templates are part of the package: no file-system check on every render.
templates.env.auto_reload = False

#: The main navigation: (label, path, section). Later pages (assessments, JobSwap) add
#: theirs with :func:`add_nav`.
NAV: list[tuple[str, str, str]] = [
    ("Dashboard", "/", "dashboard"),
    ("Jobs", "/jobs", "jobs"),
    ("Candidates", "/candidates", "candidates"),
    ("Upload", "/upload", "upload"),
    ("Search", "/search", "search"),
    ("Credits", "/credits", "credits"),
    ("Organisation", "/organization", "organization"),
]


def add_nav(label: str, path: str, section: str) -> None:
    if all(entry[1] != path for entry in NAV):
        NAV.append((label, path, section))


def pct(value: Any, scale: float = 1.0) -> int:
    """A score as a whole percentage between 0 and 100 (``scale`` 100 for 0..1 values)."""
    try:
        number = float(value) * scale
    except (TypeError, ValueError):
        return 0
    return max(0, min(100, round(number)))


def width(value: Any, scale: float = 1.0) -> str:
    """The bar-width class of a score (``w0`` … ``w100`` in steps of 5: the CSP allows no
    inline style)."""
    return f"w{round(pct(value, scale) / 5) * 5}"


def when(value: Any) -> str:
    text = str(value or "")
    return text[:16].replace("T", " ") if text else ""


#: Changes with the assets' contents: their URLs (``?v=``) never serve a stale copy.
STATIC_VERSION = hashlib.sha256(
    b"".join(p.read_bytes() for p in sorted((HERE / "static").glob("*.*")))
).hexdigest()[:12]
templates.env.globals["static_version"] = STATIC_VERSION
templates.env.filters["pct"] = pct
templates.env.filters["width"] = width
templates.env.filters["when"] = when


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    values: dict[str, Any] = {
        "user": getattr(request.state, "web_user", None),
        "csrf": csrf_token(request),
        "nav": NAV,
    }
    values.update(context or {})
    response = templates.TemplateResponse(
        request, name, values, status_code=status, headers=headers
    )
    set_csrf_cookie(request, response)
    response.headers.setdefault("Cache-Control", "no-store")
    return response
