"""Templates (Jinja2, autoescaped: nothing from a CV or a user is ever marked safe)."""

from __future__ import annotations

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


def pct(value: Any) -> int:
    """A score as a whole percentage between 0 and 100 (bars and labels)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    if number <= 1.0:
        number *= 100
    return max(0, min(100, round(number)))


def when(value: Any) -> str:
    text = str(value or "")
    return text[:16].replace("T", " ") if text else ""


templates.env.filters["pct"] = pct
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
