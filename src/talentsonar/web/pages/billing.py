"""Credits and billing: balance, ledger, payments, and buying a pack through Stripe
Checkout (the payments API makes the session; the browser is sent to its page)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, gather
from talentsonar.web.render import is_htmx, render
from talentsonar.web.session import User

router = APIRouter()


@router.get("/credits")
async def credits_page(request: Request, user: User) -> Response:
    page = request.query_params.get("page") or "1"
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "balance": api.data("/credits/balance"),
                "ledger": api.get("/credits/ledger", page=page, limit=20),
                "packs": api.data("/payments/packs"),
                "payments": api.data("/payments", limit=10),
            }
        )
    return render(
        request,
        "credits.html",
        {
            "active": "credits",
            "d": data,
            "errors": errors,
            "query": "",
            "status": request.query_params.get("checkout"),
        },
    )


@router.post("/credits/checkout")
async def checkout(request: Request, user: User) -> Response:
    form = await request.form()
    pack = form.get("pack_id")
    async with Api(request, user) as api:
        answer = (await api.post("/payments/checkout", json={"packId": pack}))["data"]
    url = str(answer["url"])
    if is_htmx(request):
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)
