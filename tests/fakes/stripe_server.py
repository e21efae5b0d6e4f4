"""A fake Stripe API on 127.0.0.1 speaking the wire protocol the official SDK uses
(form-encoded bodies with ``a[b][c]`` keys, Bearer secret key, Stripe error JSON), with
fault injection, plus helpers that sign and deliver webhook events like Stripe does."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.threaded_server import ThreadedServer


def _set_path(target: dict[str, Any], path: list[str], value: str) -> None:
    for i, key in enumerate(path):
        last = i == len(path) - 1
        if last:
            target[key] = value
        else:
            target = target.setdefault(key, {})


def _listify(node: Any) -> Any:
    if isinstance(node, dict):
        if node and all(k.isdigit() for k in node):
            return [_listify(node[k]) for k in sorted(node, key=int)]
        return {k: _listify(v) for k, v in node.items()}
    return node


def parse_form(body: bytes) -> dict[str, Any]:
    """``metadata[org_id]=x&line_items[0][quantity]=1`` -> nested dicts and lists."""
    result: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode(), keep_blank_values=True):
        parts = re.findall(r"[^\[\]]+", key)
        _set_path(result, parts, value)
    return _listify(result)  # type: ignore[no-any-return]


def _id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


@dataclass
class Fault:
    status: int
    error_type: str = "api_error"
    message: str = "injected fault"
    delay: float = 0.0


@dataclass
class FakeStripe:
    api_key: str = "sk_test_fake"
    webhook_secret: str = "whsec_test_fake"
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    intents: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)
    faults: deque[Fault] = field(default_factory=deque)
    requests: list[tuple[str, str, dict[str, Any], dict[str, str]]] = field(default_factory=list)
    idempotent: dict[str, dict[str, Any]] = field(default_factory=dict)
    server: ThreadedServer | None = None

    # --- control ---------------------------------------------------------------
    def fail_next(
        self,
        status: int,
        n: int = 1,
        *,
        error_type: str = "api_error",
        message: str = "injected fault",
    ) -> None:
        for _ in range(n):
            self.faults.append(Fault(status, error_type, message))

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def start(self) -> FakeStripe:
        self.server = ThreadedServer(self.app()).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.stop()

    # --- wire protocol ---------------------------------------------------------
    def app(self) -> Starlette:
        async def handle(request: Request) -> Response:
            auth = request.headers.get("authorization", "")
            if auth != f"Bearer {self.api_key}":
                return self._error(401, "invalid_request_error", "Invalid API Key provided")
            body = parse_form(await request.body()) if request.method == "POST" else {}
            self.requests.append((request.method, request.url.path, body, dict(request.headers)))
            if self.faults:
                fault = self.faults.popleft()
                return self._error(fault.status, fault.error_type, fault.message)
            key = request.headers.get("idempotency-key")
            if key and key in self.idempotent:
                return JSONResponse(self.idempotent[key])
            answer = self._route(request.method, request.url.path, body)
            if isinstance(answer, Response):
                return answer
            if key:
                self.idempotent[key] = answer
            return JSONResponse(answer)

        return Starlette(routes=[Route("/{path:path}", handle, methods=["GET", "POST"])])

    @staticmethod
    def _error(status: int, error_type: str, message: str, code: str | None = None) -> JSONResponse:
        return JSONResponse(
            {"error": {"type": error_type, "message": message, "code": code}}, status_code=status
        )

    def _route(self, method: str, path: str, body: dict[str, Any]) -> dict[str, Any] | Response:
        if method == "POST" and path == "/v1/checkout/sessions":
            return self._create_session(body)
        if method == "GET" and path.startswith("/v1/checkout/sessions/"):
            found = self.sessions.get(path.rsplit("/", 1)[1])
            return found or self._error(
                404, "invalid_request_error", "No such checkout.session", "resource_missing"
            )
        if method == "GET" and path.startswith("/v1/payment_intents/"):
            found = self.intents.get(path.rsplit("/", 1)[1])
            return found or self._error(
                404, "invalid_request_error", "No such payment_intent", "resource_missing"
            )
        if method == "POST" and path == "/v1/refunds":
            return self._create_refund(body)
        return self._error(404, "invalid_request_error", f"Unrecognized request URL ({path})")

    def _create_session(self, body: dict[str, Any]) -> dict[str, Any] | Response:
        for required in ("mode", "success_url", "line_items"):
            if required not in body:
                return self._error(
                    400,
                    "invalid_request_error",
                    f"Missing required param: {required}.",
                    "parameter_missing",
                )
        items = body["line_items"]
        total = sum(int(i["price_data"]["unit_amount"]) * int(i.get("quantity", 1)) for i in items)
        sid = _id("cs_test")
        session = {
            "id": sid,
            "object": "checkout.session",
            "mode": body["mode"],
            "url": f"https://checkout.stripe.test/c/pay/{sid}",
            "status": "open",
            "payment_status": "unpaid",
            "amount_total": total,
            "currency": items[0]["price_data"]["currency"],
            "metadata": body.get("metadata", {}),
            "client_reference_id": body.get("client_reference_id"),
            "payment_intent": None,
            "success_url": body["success_url"],
            "cancel_url": body.get("cancel_url"),
            "_intent_metadata": (body.get("payment_intent_data") or {}).get("metadata", {}),
        }
        self.sessions[sid] = session
        return {k: v for k, v in session.items() if not k.startswith("_")}

    def _create_refund(self, body: dict[str, Any]) -> dict[str, Any] | Response:
        intent = self.intents.get(body.get("payment_intent", ""))
        if intent is None:
            return self._error(
                400, "invalid_request_error", "No such payment_intent", "resource_missing"
            )
        amount = int(body.get("amount") or intent["amount"] - intent["_refunded"])
        if amount > intent["amount"] - intent["_refunded"]:
            return self._error(
                400,
                "invalid_request_error",
                "Refund amount is greater than unrefunded amount",
                "amount_too_large",
            )
        intent["_refunded"] += amount
        refund = {
            "id": _id("re"),
            "object": "refund",
            "amount": amount,
            "status": "succeeded",
            "payment_intent": intent["id"],
            "charge": intent["latest_charge"],
            "currency": intent["currency"],
            "metadata": body.get("metadata", {}),
        }
        self.refunds[refund["id"]] = refund
        return refund

    # --- what a customer paying does, and the events Stripe then sends ----------
    def pay(self, session_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """Complete a checkout: returns (checkout.session, payment_intent) objects."""
        session = self.sessions[session_id]
        pid = _id("pi")
        intent = {
            "id": pid,
            "object": "payment_intent",
            "amount": session["amount_total"],
            "currency": session["currency"],
            "status": "succeeded",
            "latest_charge": _id("ch"),
            "metadata": session["_intent_metadata"],
            "_refunded": 0,
        }
        self.intents[pid] = intent
        session.update(status="complete", payment_status="paid", payment_intent=pid)
        public = {k: v for k, v in session.items() if not k.startswith("_")}
        return public, {k: v for k, v in intent.items() if not k.startswith("_")}

    def charge_refunded(self, intent_id: str, amount_refunded: int) -> dict[str, Any]:
        intent = self.intents[intent_id]
        return {
            "id": intent["latest_charge"],
            "object": "charge",
            "amount": intent["amount"],
            "amount_refunded": amount_refunded,
            "payment_intent": intent_id,
            "refunded": amount_refunded >= intent["amount"],
            "metadata": intent["metadata"],
        }


def event(event_type: str, obj: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "id": event_id or _id("evt"),
        "object": "event",
        "type": event_type,
        "api_version": "2024-06-20",
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }


def signature(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{t}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


async def deliver(
    client: httpx.AsyncClient,
    evt: dict[str, Any],
    secret: str,
    *,
    timestamp: int | None = None,
    path: str = "/api/v1/payments/webhook",
) -> httpx.Response:
    """POST an event to the app exactly as Stripe does (signed raw JSON body)."""
    payload = json.dumps(evt).encode()
    return await client.post(
        path,
        content=payload,
        headers={
            "Content-Type": "application/json",
            "Stripe-Signature": signature(payload, secret, timestamp),
        },
    )
