"""Upload: drag-and-drop many CVs; each file's progress is polled from the tasks API."""

from __future__ import annotations

import asyncio
import re

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()
UUID = re.compile(r"^[0-9a-f-]{36}$")
DONE = {"succeeded", "failed", "cancelled"}


@router.get("/upload")
async def upload_page(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather({"jobs": api.data("/jobs", status="open", limit=100)})
    return render(
        request,
        "upload.html",
        {
            "active": "upload",
            "jobs": data.get("jobs", []),
            "error": errors.get("jobs"),
            "job_id": request.query_params.get("job", ""),
        },
    )


@router.post("/upload")
async def upload(request: Request, user: User) -> Response:
    """Forward the files to the API's upload; answer a row per file that polls its task."""
    form = await request.form()
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not files:
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": "Choose or drop at least one CV (PDF, DOCX or text)."},
            status=422,
        )
    job_id = form.get("job_id")
    multipart = [
        ("files", (f.filename, await f.read(), f.content_type or "application/octet-stream"))
        for f in files
    ]
    data = {"jobId": job_id} if isinstance(job_id, str) and UUID.match(job_id) else {}
    async with Api(request, user) as api:
        answer = (await api.post("/candidates/upload", files=multipart, data=data))["data"]
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


@router.get("/upload/tasks/{task_id}")
async def task_row(request: Request, task_id: str, user: User) -> Response:
    """One file's row, polled until its task ends (answer 286 then: htmx stops polling)."""
    if not UUID.match(task_id):
        return Response(status_code=404)
    filename = request.query_params.get("name", "")[:300]
    async with Api(request, user) as api:
        try:
            task = await api.data(f"/tasks/{task_id}")
        except ApiError as exc:
            if exc.status == 401:
                raise
            task = {"id": task_id, "status": "failed", "progress": 0, "error": exc.message}
    result = task.get("result") or {}
    row = {
        "filename": filename,
        "taskId": task_id,
        "status": task["status"],
        "progress": task.get("progress", 0),
        "error": task.get("error"),
        "candidateId": result.get("candidateId")
        or result.get("candidate_id")
        or (task.get("subjectId") if task.get("subjectType") == "candidate" else None),
    }
    done = task["status"] in DONE
    return render(request, "partials/upload_row.html", {"row": row}, status=286 if done else 200)


__all__ = ["asyncio"]
