"""Upload: drag-and-drop many CVs; each file's progress is polled from the tasks API.

Without JavaScript the form is a plain multipart post: the answer sends the browser to a
progress page (``/upload/progress``) listing each file's task (and each refused file
with its reason) that reloads itself until every file is done."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import is_htmx, render
from talentsonar.web.session import User, WebUser

router = APIRouter()
UUID = re.compile(r"^[0-9a-f-]{36}$")
DONE = {"succeeded", "failed", "cancelled"}
NO_FILES = "Choose or drop at least one CV (PDF, DOCX or text)."
#: Seconds between reloads of the progress page without JavaScript.
REFRESH_SECONDS = 2
#: A file name or a refusal's reason carried in the progress page's address.
PART_MAX = 200


async def _jobs(request: Request, user: WebUser) -> tuple[list[Any], str | None]:
    async with Api(request, user) as api:
        data, errors = await gather({"jobs": api.data("/jobs", status="open", limit=100)})
    return data.get("jobs", []), errors.get("jobs")


async def _upload_page(
    request: Request,
    user: WebUser,
    *,
    job_id: str = "",
    upload_error: str | None = None,
    rejected: list[dict[str, str]] | None = None,
    status: int = 200,
) -> Response:
    jobs, error = await _jobs(request, user)
    return render(
        request,
        "upload.html",
        {
            "active": "upload",
            "jobs": jobs,
            "error": error,
            "job_id": job_id,
            "upload_error": upload_error,
            "rejected": rejected or [],
        },
        status=status,
    )


@router.get("/upload")
async def upload_page(request: Request, user: User) -> Response:
    return await _upload_page(request, user, job_id=request.query_params.get("job", ""))


def _refused(error: ApiError) -> list[dict[str, str]]:
    """The files an upload refused, from the API's error (one file, or many)."""
    details = error.details if isinstance(error.details, dict) else {}
    files = details.get("files")
    if isinstance(files, list):
        return [
            {"filename": str(f.get("filename", "")), "message": str(f.get("message", ""))}
            for f in files
            if isinstance(f, dict)
        ]
    if details.get("filename"):
        return [{"filename": str(details["filename"]), "message": error.message}]
    return []


@router.post("/upload")
async def upload(request: Request, user: User) -> Response:
    """Forward the files to the API's upload. htmx gets a row per file that polls its
    task; a plain form post is sent on to the progress page."""
    form = await request.form()
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    job_id = form.get("job_id")
    job = job_id if isinstance(job_id, str) and UUID.match(job_id) else ""
    htmx = is_htmx(request)
    if not files:
        if htmx:
            return render(
                request,
                "partials/alert.html",
                {"kind": "error", "message": NO_FILES},
                status=422,
            )
        return await _upload_page(request, user, job_id=job, upload_error=NO_FILES, status=422)
    multipart = [
        ("files", (f.filename, await f.read(), f.content_type or "application/octet-stream"))
        for f in files
    ]
    try:
        async with Api(request, user) as api:
            answer = (
                await api.post(
                    "/candidates/upload", files=multipart, data={"jobId": job} if job else {}
                )
            )["data"]
    except ApiError as exc:
        if htmx or exc.status in (401, 403):
            raise
        return await _upload_page(
            request,
            user,
            job_id=job,
            upload_error=exc.message,
            rejected=_refused(exc),
            status=exc.status,
        )
    if not htmx:
        query: list[tuple[str, str]] = [
            ("f", f"{f['taskId']}:{str(f['filename'])[:PART_MAX]}")
            for f in answer.get("files", [])
        ]
        query += [
            ("x", f"{str(r.get('filename', ''))[:PART_MAX]}:{str(r.get('message', ''))[:PART_MAX]}")
            for r in answer.get("rejected", [])
        ]
        return RedirectResponse("/upload/progress?" + urlencode(query), status_code=303)
    rows = [
        {
            "filename": f["filename"],
            "taskId": f["taskId"],
            "status": f["status"],
            "progress": 0,
            "candidateId": f.get("candidateId"),
            "duplicate": f.get("duplicate"),
        }
        for f in answer.get("files", [])
    ]
    return render(
        request,
        "partials/upload_rows.html",
        {"rows": rows, "rejected": answer.get("rejected", [])},
        status=202,
    )


def _row(task_id: str, filename: str, task: dict[str, Any]) -> dict[str, Any]:
    result = task.get("result") or {}
    return {
        "filename": filename,
        "taskId": task_id,
        "status": task["status"],
        "progress": task.get("progress", 0),
        "error": task.get("error"),
        "candidateId": result.get("candidateId")
        or result.get("candidate_id")
        or (task.get("subjectId") if task.get("subjectType") == "candidate" else None),
    }


async def _task(api: Api, task_id: str) -> dict[str, Any]:
    try:
        found: dict[str, Any] = await api.data(f"/tasks/{task_id}")
    except ApiError as exc:
        if exc.status == 401:
            raise
        return {"id": task_id, "status": "failed", "progress": 0, "error": exc.message}
    return found


@router.get("/upload/progress")
async def progress_page(request: Request, user: User) -> Response:
    """Each uploaded file's progress (and each refused file's reason), as a page: the
    end of an upload without JavaScript. It reloads itself (``<meta refresh>`` inside
    ``<noscript>``) until every file is done; with JavaScript its rows poll instead."""
    named: list[tuple[str, str]] = []
    for value in request.query_params.getlist("f")[:100]:
        task_id, _, filename = value.partition(":")
        if UUID.match(task_id):
            named.append((task_id, filename[:PART_MAX]))
    refused = []
    for value in request.query_params.getlist("x")[:100]:
        filename, _, message = value.partition(":")
        refused.append({"filename": filename[:PART_MAX], "message": message[:PART_MAX]})
    async with Api(request, user) as api:
        data, _ = await gather({t: _task(api, t) for t, _ in named})
    rows = [_row(t, name, data[t]) for t, name in named]
    running = any(r["status"] not in DONE for r in rows)
    return render(
        request,
        "upload_progress.html",
        {
            "active": "upload",
            "rows": rows,
            "rejected": refused,
            "refresh": REFRESH_SECONDS if running else None,
        },
    )


@router.get("/upload/tasks/{task_id}")
async def task_row(request: Request, task_id: str, user: User) -> Response:
    """One file's row, polled until its task ends (answer 286 then: htmx stops polling)."""
    if not UUID.match(task_id):
        return Response(status_code=404)
    filename = request.query_params.get("name", "")[:300]
    async with Api(request, user) as api:
        task = await _task(api, task_id)
    row = _row(task_id, filename, task)
    done = task["status"] in DONE
    return render(request, "partials/upload_row.html", {"row": row}, status=286 if done else 200)
