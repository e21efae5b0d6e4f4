"""A fake GitHub REST API on 127.0.0.1 speaking the real shapes: ``/users/{u}``,
``/users/{u}/repos`` (paged, ``Link`` header with absolute URLs, ``per_page`` capped like
GitHub's 100), ``/repos/{o}/{r}/languages``, ``/repos/{o}/{r}/contents/[path]`` (a
directory listing, or a file base64-encoded in 60-character lines), ETags with
``If-None-Match`` -> 304, ``X-RateLimit-*`` headers, a 403 rate-limit refusal on demand
and GitHub's 404 body."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.fakes.threaded_server import ThreadedServer

NOT_FOUND = {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}


@dataclass
class FakeRepo:
    name: str
    pushed_at: str
    languages: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    fork: bool = False


@dataclass
class FakeGitHub:
    users: dict[str, list[FakeRepo]] = field(default_factory=dict)
    page_size: int = 100
    #: the next N requests answer 403 "rate limit exceeded", reset ``reset_in`` s later
    rate_limited: int = 0
    reset_in: float = 3600.0
    #: set: the refusal is a secondary limit instead (429 with ``Retry-After``: this many s)
    retry_after: int | None = None
    #: (method, path with query, status, Authorization header) of every request
    log: list[tuple[str, str, int, str | None]] = field(default_factory=list)
    server: ThreadedServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def start(self) -> FakeGitHub:
        self.server = ThreadedServer(self.app()).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.stop()

    def statuses(self) -> list[int]:
        return [status for _, _, status, _ in self.log]

    def _repo(self, owner: str, name: str) -> FakeRepo | None:
        return next((r for r in self.users.get(owner, []) if r.name == name), None)

    def _repo_json(self, owner: str, repo: FakeRepo) -> dict[str, Any]:
        size = sum(repo.languages.values()) // 1024 + (1 if repo.files else 0)
        return {
            "id": abs(hash((owner, repo.name))) % 10**8,
            "name": repo.name,
            "full_name": f"{owner}/{repo.name}",
            "private": False,
            "owner": {"login": owner, "type": "User"},
            "html_url": f"https://github.com/{owner}/{repo.name}",
            "fork": repo.fork,
            "url": f"{self.url}/repos/{owner}/{repo.name}",
            "languages_url": f"{self.url}/repos/{owner}/{repo.name}/languages",
            "pushed_at": repo.pushed_at,
            "size": size,
            "language": max(repo.languages, key=repo.languages.__getitem__, default=None),
            "archived": False,
        }

    def app(self) -> Starlette:
        def answer(request: Request, status: int, body: Any, headers: dict[str, str]) -> Response:
            remaining = "59"
            reset = str(int(time.time() + self.reset_in))
            if self.rate_limited > 0 and self.retry_after is not None:
                self.rate_limited -= 1
                status, headers = 429, {"Retry-After": str(self.retry_after)}
                body = {
                    "message": "You have exceeded a secondary rate limit.",
                    "documentation_url": "https://docs.github.com/rest/rate-limit",
                }
            elif self.rate_limited > 0:
                self.rate_limited -= 1
                status, remaining = 403, "0"
                body = {
                    "message": "API rate limit exceeded for 127.0.0.1.",
                    "documentation_url": "https://docs.github.com/rest/rate-limit",
                }
                headers = {}
            headers = {
                **headers,
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": remaining,
                "X-RateLimit-Reset": reset,
                "X-RateLimit-Resource": "core",
            }
            payload = json.dumps(body).encode()
            if status == 200:
                etag = 'W/"' + hashlib.sha256(payload).hexdigest()[:32] + '"'
                headers["ETag"] = etag
                if request.headers.get("if-none-match") == etag:
                    status, payload = 304, b""
            path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            self.log.append((request.method, path, status, request.headers.get("authorization")))
            if status == 304:
                return Response(status_code=304, headers=headers)
            return Response(
                payload, status, headers=headers, media_type="application/json; charset=utf-8"
            )

        async def user(request: Request) -> Response:
            login = request.path_params["user"]
            if login not in self.users:
                return answer(request, 404, NOT_FOUND, {})
            repos = [r for r in self.users[login]]
            return answer(
                request,
                200,
                {
                    "login": login,
                    "id": 1,
                    "type": "User",
                    "public_repos": len(repos),
                    "html_url": f"https://github.com/{login}",
                },
                {},
            )

        async def repos(request: Request) -> Response:
            login = request.path_params["user"]
            if login not in self.users:
                return answer(request, 404, NOT_FOUND, {})
            per_page = min(int(request.query_params.get("per_page", 30)), self.page_size)
            page = int(request.query_params.get("page", 1))
            listed = sorted(self.users[login], key=lambda r: r.pushed_at, reverse=True)
            chunk = listed[(page - 1) * per_page : page * per_page]
            last = max(1, -(-len(listed) // per_page))
            links = []
            base = f"{self.url}/users/{login}/repos?per_page={per_page}&type=owner&sort=pushed"
            if page < last:
                links.append(f'<{base}&page={page + 1}>; rel="next"')
                links.append(f'<{base}&page={last}>; rel="last"')
            headers = {"Link": ", ".join(links)} if links else {}
            return answer(request, 200, [self._repo_json(login, r) for r in chunk], headers)

        async def languages(request: Request) -> Response:
            repo = self._repo(request.path_params["owner"], request.path_params["repo"])
            if repo is None:
                return answer(request, 404, NOT_FOUND, {})
            return answer(request, 200, repo.languages, {})

        async def contents(request: Request) -> Response:
            owner = request.path_params["owner"]
            repo = self._repo(owner, request.path_params["repo"])
            path = request.path_params.get("path", "").strip("/")
            if repo is None:
                return answer(request, 404, NOT_FOUND, {})
            if not repo.files:
                return answer(request, 404, {"message": "This repository is empty."}, {})
            if not path:
                listing = [
                    {
                        "name": name,
                        "path": name,
                        "type": "file",
                        "size": len(text.encode()),
                        "sha": hashlib.sha1(text.encode()).hexdigest(),
                    }
                    for name, text in sorted(repo.files.items())
                ]
                return answer(request, 200, listing, {})
            if path not in repo.files:
                return answer(request, 404, NOT_FOUND, {})
            raw = repo.files[path].encode()
            encoded = base64.b64encode(raw).decode()
            lines = "\n".join(encoded[i : i + 60] for i in range(0, len(encoded), 60)) + "\n"
            return answer(
                request,
                200,
                {
                    "type": "file",
                    "encoding": "base64",
                    "size": len(raw),
                    "name": path,
                    "path": path,
                    "content": lines,
                    "sha": hashlib.sha1(raw).hexdigest(),
                },
                {},
            )

        return Starlette(
            routes=[
                Route("/users/{user}", user),
                Route("/users/{user}/repos", repos),
                Route("/repos/{owner}/{repo}/languages", languages),
                Route("/repos/{owner}/{repo}/contents/", contents),
                Route("/repos/{owner}/{repo}/contents/{path:path}", contents),
            ]
        )
