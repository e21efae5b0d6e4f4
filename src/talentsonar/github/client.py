"""A small GitHub REST API client: public reads only, conditional, rate-limit aware.

- Every GET is conditional: the ETag and body of the last 200 are kept in the runtime's
  cache (L1 + Redis when configured), sent back as ``If-None-Match``, and a 304 reuses
  the cached body (GitHub does not count a 304 against the rate limit).
- Rate limits: a 403 or 429 that says so (``X-RateLimit-Remaining: 0`` with
  ``X-RateLimit-Reset``, or ``Retry-After``) raises :class:`GitHubRateLimited` with the
  seconds to wait; a task lets the queue run it again after the reset instead of sleeping.
- Transport errors and 5xx are retried (tenacity, jittered) behind the ``github`` breaker.
- Lists follow the ``Link: <…>; rel="next"`` header.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import time
from dataclasses import dataclass
from typing import Any

import httpx

from talentsonar.core.cache import MISSING
from talentsonar.core.http import ProviderClient, parse_retry_after, resilient_call
from talentsonar.core.runtime import Runtime

PROVIDER = "github"
CACHE_NAMESPACE = "github-etag"
#: ETag entries live this long; a stale one only costs a full 200 again
CACHE_TTL_SECONDS = 7 * 24 * 3600
_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="next"')
#: GitHub's own rule: alphanumerics and single hyphens, not at either end, 1-39 characters
USERNAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")


class GitHubError(Exception):
    """GitHub answered something we cannot use (the message says what)."""


class GitHubNotFound(GitHubError):
    pass


class GitHubRateLimited(GitHubError):
    """Wait ``retry_after`` seconds (the queue reads this attribute to reschedule)."""

    def __init__(self, retry_after: float, message: str) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Page:
    body: Any
    next_url: str | None
    from_cache: bool


def _rate_limit_wait(response: httpx.Response) -> float | None:
    """Seconds to wait when ``response`` is a rate-limit refusal, else None."""
    if response.status_code not in (403, 429):
        return None
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if retry_after is not None:
        return max(1.0, retry_after)
    if response.headers.get("x-ratelimit-remaining") == "0":
        try:
            reset = float(response.headers.get("x-ratelimit-reset", ""))
        except ValueError:
            return 60.0
        return max(1.0, reset - time.time() + 1.0)
    if response.status_code == 429:
        return 60.0  # secondary limit without a hint: GitHub asks for at least a minute
    return None


class GitHubClient:
    """``timeout``/``retries``: tighter than the settings' for a call made inside a request
    (the user check), so a slow GitHub cannot hold an API request for long."""

    def __init__(
        self, runtime: Runtime, *, timeout: float | None = None, retries: int | None = None
    ) -> None:
        settings = runtime.settings
        self.runtime = runtime
        self.timeout = timeout
        self.retries = retries
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "talentsonar",
        }
        token = settings.github_token.get_secret_value() if settings.github_token else ""
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http: ProviderClient = runtime.http_client(
            PROVIDER, base_url=settings.github_api_url.rstrip("/"), headers=headers
        )
        # ETags can differ with the caller (Vary: Authorization): key the cache by it
        self._scope = hashlib.sha256(token.encode()).hexdigest()[:12] if token else "anon"
        self.requests = 0

    async def get(self, url: str, params: dict[str, Any] | None = None) -> Page:
        """GET ``url`` (a path under the API, or a full ``Link`` URL), conditionally."""
        request = self.http.client.build_request("GET", url, params=params)
        key = f"{self._scope}:{request.url}"
        cached = await self.runtime.cache.get(CACHE_NAMESPACE, key)
        headers = {}
        if cached is not MISSING and isinstance(cached, dict) and cached.get("etag"):
            headers["If-None-Match"] = str(cached["etag"])

        async def once() -> httpx.Response:
            if self.timeout is None:
                response = await self.http.client.get(str(request.url), headers=headers)
            else:
                response = await self.http.client.get(
                    str(request.url), headers=headers, timeout=self.timeout
                )
            if response.status_code >= 500:
                response.raise_for_status()
            return response

        response = await resilient_call(
            PROVIDER,
            self.http.breaker,
            once,
            max_retries=self.http.max_retries if self.retries is None else self.retries,
            is_retryable=lambda exc: isinstance(exc, httpx.TransportError | httpx.HTTPStatusError),
        )
        self.requests += 1
        if response.status_code == 304 and isinstance(cached, dict):
            return Page(cached["body"], cached.get("next"), True)
        wait = _rate_limit_wait(response)
        if wait is not None:
            raise GitHubRateLimited(wait, f"GitHub rate limit reached; retrying in {round(wait)} s")
        if response.status_code == 404:
            raise GitHubNotFound(f"GitHub has no {request.url.path}")
        if response.status_code != 200:
            raise GitHubError(f"GitHub answered {response.status_code} for {request.url.path}")
        try:
            body = response.json()
        except ValueError as exc:
            raise GitHubError(f"GitHub sent invalid JSON for {request.url.path}") from exc
        match = _NEXT.search(response.headers.get("link", ""))
        next_url = match.group(1) if match else None
        etag = response.headers.get("etag")
        if etag:
            await self.runtime.cache.set(
                CACHE_NAMESPACE,
                key,
                {"etag": etag, "body": body, "next": next_url},
                ttl=CACHE_TTL_SECONDS,
            )
        return Page(body, next_url, False)

    async def user(self, username: str) -> dict[str, Any]:
        page = await self.get(f"/users/{username}")
        if not isinstance(page.body, dict):
            raise GitHubError("GitHub sent an unexpected user")
        return page.body

    async def repositories(self, username: str, limit: int) -> list[dict[str, Any]]:
        """The user's own public repositories, most recently pushed first, at most ``limit``."""
        repos: list[dict[str, Any]] = []
        url: str | None = f"/users/{username}/repos"
        params: dict[str, Any] | None = {"type": "owner", "sort": "pushed", "per_page": 100}
        while url and len(repos) < limit:
            page = await self.get(url, params)
            params = None  # the next link carries its own query
            if not isinstance(page.body, list):
                raise GitHubError("GitHub sent an unexpected repository list")
            repos.extend(r for r in page.body if isinstance(r, dict))
            url = page.next_url
        return repos[:limit]

    async def languages(self, full_name: str) -> dict[str, int]:
        page = await self.get(f"/repos/{full_name}/languages")
        body = page.body if isinstance(page.body, dict) else {}
        return {str(k): int(v) for k, v in body.items() if isinstance(v, int) and v > 0}

    async def root_files(self, full_name: str) -> list[str]:
        """Names of the files at the repository's root ([] for an empty repository)."""
        try:
            page = await self.get(f"/repos/{full_name}/contents/")
        except GitHubNotFound:
            return []
        if not isinstance(page.body, list):
            return []
        return [
            str(item["name"])
            for item in page.body
            if isinstance(item, dict) and item.get("type") == "file" and "name" in item
        ]

    async def file_text(self, full_name: str, path: str, max_bytes: int = 512 * 1024) -> str:
        """A file's text from the contents API (base64), or "" when absent or too large."""
        try:
            page = await self.get(f"/repos/{full_name}/contents/{path}")
        except GitHubNotFound:
            return ""
        body = page.body
        if not isinstance(body, dict) or body.get("encoding") != "base64":
            return ""
        if int(body.get("size") or 0) > max_bytes:
            return ""
        try:
            raw = base64.b64decode(str(body.get("content", "")), validate=False)
        except (binascii.Error, ValueError):
            return ""
        return raw[:max_bytes].decode("utf-8", errors="replace")
