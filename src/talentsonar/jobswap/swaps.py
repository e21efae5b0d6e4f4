"""Swap requests between two employees, and the HR reviews an accepted swap needs.

A request is proposed by one party and needs both parties' acceptance (the proposer
confirms too, after seeing the other's answer). When both have accepted, every company
involved gets an HR request with the estimated saving and links to both resumes; the swap
is approved when every one of them approves, rejected when one rejects. Each step sends
in-app notifications and e-mails and is written to the audit log."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.config import Settings
from talentsonar.core.errors import Conflict, Forbidden, NotFound, UnprocessableEntity
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.jobswap import matching
from talentsonar.jobswap.places import haversine_km
from talentsonar.jobswap.repository import (
    CompanyRepository,
    HrRequestRepository,
    HrUserRepository,
    MatchRepository,
    ProfileRepository,
    SwapRequestRepository,
)
from talentsonar.jobswap.schemas import (
    Contact,
    HrRequest,
    SwapAccept,
    SwapRequest,
    SwapRequestCreate,
)
from talentsonar.jobswap.service import Member, ProfileService, public_view
from talentsonar.models.jobswap import JobSwapHrRequest, JobSwapProfile, JobSwapRequest
from talentsonar.notifications.service import notify

OPEN = ("pending", "hr_review")


def cost_saving(
    settings: Settings, minutes_saved_one_way: float, km_saved_one_way: float, mode: str
) -> tuple[Decimal, dict[str, Any]]:
    """The yearly value of an employee's shorter commute: commute hours saved x the
    hourly value of commuting time, plus driven km saved x the mileage rate (docs)."""
    days = settings.jobswap_working_days
    hours = max(0.0, minutes_saved_one_way) * 2 * days / 60
    km = max(0.0, km_saved_one_way) * 2 * days if mode == "driving" else 0.0
    value = hours * settings.jobswap_hourly_value + km * settings.jobswap_mileage_rate
    return Decimal(str(round(value, 2))), {
        "minutesSavedPerDay": round(2 * max(0.0, minutes_saved_one_way), 1),
        "workingDays": days,
        "hoursSavedPerYear": round(hours, 1),
        "hourlyValue": settings.jobswap_hourly_value,
        "kmSavedPerYear": round(km, 1),
        "mileageRate": settings.jobswap_mileage_rate,
    }


class Swaps:
    def __init__(self, runtime: Runtime, session: AsyncSession, who: Member, actor: Actor) -> None:
        self.runtime, self.session, self.who, self.actor = runtime, session, who, actor
        self.org_id = who.principal.org_id
        self.requests = SwapRequestRepository(session, self.org_id)
        self.profiles = ProfileRepository(session, self.org_id)
        self.hr = HrRequestRepository(session, self.org_id)

    # --- views --------------------------------------------------------------------

    async def view(self, request: JobSwapRequest, me: JobSwapProfile) -> SwapRequest:
        sent = request.from_profile_id == me.id
        other_id = request.to_profile_id if sent else request.from_profile_id
        other = (await self.profiles.many([other_id]))[other_id]
        company = (
            await CompanyRepository(self.session, self.org_id).names([other.company_id])
        ).get(other.company_id, "")
        # what the other party chose to reveal to me
        shares_contact = request.to_share_contact if sent else request.share_contact
        shares_resume = request.to_share_resume if sent else request.share_resume
        revealed = request.status not in ("declined",)
        resume_url = None
        if revealed and shares_resume:
            resume_url = await ProfileService(
                self.runtime, self.session, self.who, self.actor
            ).resume_link(other)
        return SwapRequest(
            id=request.id,
            match_id=request.match_id,
            from_user_id=request.from_profile_id,
            to_user_id=request.to_profile_id,
            message=request.message,
            status=request.status,
            share_resume=request.share_resume,
            share_contact=request.share_contact,
            commute_savings_minutes=request.commute_savings_minutes,
            created_at=request.created_at,
            direction="sent" if sent else "received",
            accepted_by_you=(request.from_accepted_at if sent else request.to_accepted_at)
            is not None,
            accepted_by_them=(request.to_accepted_at if sent else request.from_accepted_at)
            is not None,
            counterpart=public_view(other, company),
            counterpart_contact=Contact(name=other.name, email=other.email, phone=other.phone)
            if revealed and shares_contact
            else None,
            counterpart_resume_url=resume_url,
        )

    async def mine(
        self, request_id: uuid.UUID, *, lock: bool = False
    ) -> tuple[JobSwapRequest, JobSwapProfile]:
        """A request the caller is party to (404 otherwise, whoever asks)."""
        me = self.who.profile
        found = await self.requests.for_party(request_id, me.id, lock=lock) if me else None
        if found is None or me is None:
            raise NotFound("Swap request")
        return found, me

    # --- steps --------------------------------------------------------------------

    async def create(self, body: SwapRequestCreate) -> JobSwapRequest:
        me = self.who.own_profile()
        other = await self._other(me, body)
        if await self.requests.open_between(me.id, other.id) is not None:
            raise Conflict(
                "There is already an open swap request between you two", code="request_exists"
            )
        swap = await matching.pair(self.runtime, self.session, self.org_id, me, other)
        if swap is None:
            raise UnprocessableEntity(
                "This swap does not qualify (both commutes must get shorter, salary bands "
                "must be compatible, and each of you must fit the other's job)",
                code="swap_not_qualifying",
            )
        match = await MatchRepository(self.session, self.org_id).between(me.id, other.id)
        request = await self.requests.create(
            JobSwapRequest(
                id=uuid.uuid4(),
                match_id=match.id if match else None,
                from_profile_id=me.id,
                to_profile_id=other.id,
                message=body.message,
                status="pending",
                share_resume=body.share_resume,
                share_contact=body.share_contact,
                commute_savings_minutes=max(0, round(swap.before_a - swap.after_a)),
            )
        )
        await self._audit(
            "jobswap.swap_request.created",
            request,
            {
                "to": str(other.id),
                "shareResume": body.share_resume,
                "shareContact": body.share_contact,
            },
        )
        await self._tell(
            other,
            "jobswap.swap_request",
            f"{me.name} proposes a job swap",
            f"{me.name} ({me.job_title}) proposes to swap jobs with you: "
            f"your commute would drop from {round(swap.before_b)} to "
            f"{round(swap.after_b)} minutes.\n\n{body.message}",
            request,
        )
        return request

    async def _other(self, me: JobSwapProfile, body: SwapRequestCreate) -> JobSwapProfile:
        other_id = body.to_user_id
        if body.match_id is not None:
            match = await MatchRepository(self.session, self.org_id).get(body.match_id)
            if match is None or match.profile_id != me.id:
                raise NotFound("Match")
            other_id = match.match_profile_id
        if other_id is None:
            raise UnprocessableEntity(
                "Name the match (matchId) or the person (toUserId)", code="no_counterpart"
            )
        if other_id == me.id:
            raise UnprocessableEntity("You cannot swap jobs with yourself", code="self_swap")
        other = await self.profiles.get(other_id)
        if other is None:
            raise UnprocessableEntity(
                "That person is not in your JobSwap network", code="outside_network"
            )
        return other

    async def accept(self, request_id: uuid.UUID, body: SwapAccept) -> JobSwapRequest:
        request, me = await self.mine(request_id, lock=True)
        sent = request.from_profile_id == me.id
        already = (request.from_accepted_at if sent else request.to_accepted_at) is not None
        if request.status in ("declined", "rejected"):
            raise Conflict(f"This request was {request.status}", code="request_closed")
        if already:
            return request  # a second accept changes nothing
        now = utcnow()
        if sent:
            request.from_accepted_at = now
            if body.share_resume is not None:
                request.share_resume = body.share_resume
            if body.share_contact is not None:
                request.share_contact = body.share_contact
        else:
            request.to_accepted_at = now
            request.to_share_resume = bool(body.share_resume)
            request.to_share_contact = bool(body.share_contact)
        await self.session.flush()
        await self._audit("jobswap.swap_request.accepted", request, {"by": str(me.id)})
        other_id = request.to_profile_id if sent else request.from_profile_id
        other = (await self.profiles.many([other_id]))[other_id]
        if request.from_accepted_at and request.to_accepted_at:
            await self._to_hr(request, me, other)
        else:
            await self._tell(
                other,
                "jobswap.swap_accepted",
                f"{me.name} accepted the job swap",
                f"{me.name} accepted your job swap. Accept it too to send it to both HR teams.",
                request,
            )
        return request

    async def decline(self, request_id: uuid.UUID) -> JobSwapRequest:
        request, me = await self.mine(request_id, lock=True)
        if request.status == "declined":
            return request
        if request.status != "pending":
            raise Conflict(f"This request is already {request.status}", code="request_closed")
        request.status, request.declined_at = "declined", utcnow()
        await self.session.flush()
        await self._audit("jobswap.swap_request.declined", request, {"by": str(me.id)})
        other_id = (
            request.to_profile_id if request.from_profile_id == me.id else request.from_profile_id
        )
        other = (await self.profiles.many([other_id]))[other_id]
        await self._tell(
            other,
            "jobswap.swap_declined",
            f"{me.name} declined the job swap",
            f"{me.name} declined the job swap.",
            request,
        )
        return request

    async def _to_hr(
        self, request: JobSwapRequest, me: JobSwapProfile, other: JobSwapProfile
    ) -> None:
        """Both accepted: an HR request for each company involved."""
        request.status = "hr_review"
        people = await self.profiles.many([request.from_profile_id, request.to_profile_id])
        a, b = people[request.from_profile_id], people[request.to_profile_id]
        swap = await matching.pair(self.runtime, self.session, self.org_id, a, b)
        before_a, after_a, before_b, after_b = (
            (swap.before_a, swap.after_a, swap.before_b, swap.after_b)
            if swap
            else (request.commute_savings_minutes, 0.0, 0.0, 0.0)
        )
        settings = self.runtime.settings
        # the company of a's job gets b, and the other way round
        incoming = {
            a.company_id: (
                b,
                before_b - after_b,
                _km(b.home_lat, b.home_lon, b.work_lat, b.work_lon)
                - _km(b.home_lat, b.home_lon, a.work_lat, a.work_lon),
            ),
            b.company_id: (
                a,
                before_a - after_a,
                _km(a.home_lat, a.home_lon, a.work_lat, a.work_lon)
                - _km(a.home_lat, a.home_lon, b.work_lat, b.work_lon),
            ),
        }
        for company_id in dict.fromkeys([a.company_id, b.company_id]):
            if a.company_id == b.company_id:  # one company: both people's savings
                pairs = [(b, before_b - after_b), (a, before_a - after_a)]
                value, employees = Decimal(0), []
                for person, minutes in pairs:
                    v, parts = cost_saving(settings, minutes, 0.0, person.commute_mode)
                    value += v
                    employees.append({"profileId": str(person.id), **parts})
                breakdown: dict[str, Any] = {"employees": employees}
            else:
                person, minutes, km = incoming[company_id]
                value, parts = cost_saving(settings, minutes, km, person.commute_mode)
                breakdown = {"employees": [{"profileId": str(person.id), **parts}]}
            row = await self.hr.create(
                JobSwapHrRequest(
                    id=uuid.uuid4(),
                    swap_request_id=request.id,
                    company_id=company_id,
                    estimated_cost_savings=value,
                    savings_breakdown=breakdown,
                    status="hr_review",
                )
            )
            await audit.record(
                self.session,
                self.actor,
                "jobswap.hr_request.created",
                org_id=self.org_id,
                target_type="jobswap_hr_request",
                target_id=row.id,
                after={"companyId": str(company_id), "estimatedCostSavings": str(value)},
            )
            for user_id in await HrUserRepository(self.session, self.org_id).users_of(company_id):
                await notify(
                    self.session,
                    self.org_id,
                    user_id,
                    "jobswap.hr_request",
                    f"Job swap to review: {a.name} and {b.name}",
                    f"{a.name} ({a.job_title}) and {b.name} ({b.job_title}) both "
                    f"accepted a job swap. Estimated yearly saving for your company: "
                    f"{value}. Review it at /api/v1/jobswap/hr/requests/{row.id}",
                    {"hrRequestId": str(row.id)},
                    email=True,
                )
        await self.session.flush()
        for person in (me, other):
            await self._tell(
                person,
                "jobswap.swap_hr_review",
                "Your job swap went to HR",
                f"You and {(other if person is me else me).name} both accepted "
                "the job swap; it is now with HR for approval.",
                request,
            )

    # --- HR -------------------------------------------------------------------------

    def hr_company(self) -> uuid.UUID:
        if self.who.hr_company_id is None:
            raise Forbidden("Only the HR users of a member company review job swaps")
        return self.who.hr_company_id

    async def hr_view(self, row: JobSwapHrRequest) -> HrRequest:
        request = await self.requests.get(row.swap_request_id)
        assert request is not None  # cascade: an HR request never outlives its swap
        people = await self.profiles.many([request.from_profile_id, request.to_profile_id])
        a, b = people[request.from_profile_id], people[request.to_profile_id]
        names = await CompanyRepository(self.session, self.org_id).names(
            [a.company_id, b.company_id]
        )
        employee, incoming = (a, b) if a.company_id == row.company_id else (b, a)
        service = ProfileService(self.runtime, self.session, self.who, self.actor)
        others = [r.status for r in await self.hr.of_swap(request.id) if r.id != row.id]
        return HrRequest(
            id=row.id,
            swap_request_id=request.id,
            estimated_cost_savings=float(row.estimated_cost_savings),
            savings_breakdown=row.savings_breakdown,
            requester_resume_url=await service.resume_link(a),
            counterparty_resume_url=await service.resume_link(b),
            status=row.status,
            company_id=row.company_id,
            employee=public_view(employee, names.get(employee.company_id, "")),
            incoming=public_view(incoming, names.get(incoming.company_id, "")),
            other_companies_status=others,
            created_at=row.created_at,
        )

    async def hr_request(self, request_id: uuid.UUID, *, lock: bool = False) -> JobSwapHrRequest:
        """An HR request of the caller's company (to decide, ``lock``); the network's
        administrators may read any of the network's (404 for everyone else)."""
        company = self.who.hr_company_id
        row = None
        if company is not None:
            row = await self.hr.for_company(request_id, company, lock=lock)
        elif self.who.is_admin and not lock:
            row = await self.hr.get(request_id)
        if row is None:
            raise NotFound("HR request")
        return row

    async def decide(
        self, request_id: uuid.UUID, approve: bool, note: str | None
    ) -> JobSwapHrRequest:
        row = await self.hr_request(request_id, lock=True)
        wanted = "approved" if approve else "rejected"
        if row.status == wanted:
            return row
        if row.status != "hr_review":
            raise Conflict(f"This request is already {row.status}", code="request_closed")
        request = await self.requests.get_locked(row.swap_request_id)
        assert request is not None
        if request.status != "hr_review":
            raise Conflict(f"This swap is already {request.status}", code="request_closed")
        row.status, row.note = wanted, note
        row.decided_by_id, row.decided_at = self.who.principal.user_id, utcnow()
        await self.session.flush()
        await audit.record(
            self.session,
            self.actor,
            f"jobswap.hr_request.{wanted}",
            org_id=self.org_id,
            target_type="jobswap_hr_request",
            target_id=row.id,
            after={"note": note},
        )
        statuses = [r.status for r in await self.hr.of_swap(request.id)]
        final = (
            "rejected"
            if "rejected" in statuses
            else ("approved" if all(s == "approved" for s in statuses) else None)
        )
        people = await self.profiles.many([request.from_profile_id, request.to_profile_id])
        if final is None:
            return row
        request.status = final
        await self.session.flush()
        await self._audit(f"jobswap.swap_request.{final}", request, {"hrStatuses": statuses})
        for person in people.values():
            await self._tell(
                person,
                f"jobswap.swap_{final}",
                f"Your job swap was {final}",
                f"HR {final} your job swap." + (f"\n\n{note}" if note else ""),
                request,
            )
        for company_id in {p.company_id for p in people.values()}:
            for user_id in await HrUserRepository(self.session, self.org_id).users_of(company_id):
                await notify(
                    self.session,
                    self.org_id,
                    user_id,
                    f"jobswap.swap_{final}",
                    f"Job swap {final}",
                    f"The job swap {request.id} was {final}.",
                    {"swapRequestId": str(request.id)},
                    email=True,
                )
        return row

    # --- helpers ------------------------------------------------------------------

    async def _audit(self, action: str, request: JobSwapRequest, after: dict[str, Any]) -> None:
        await audit.record(
            self.session,
            self.actor,
            action,
            org_id=self.org_id,
            target_type="jobswap_swap_request",
            target_id=request.id,
            after={"status": request.status, **after},
        )

    async def _tell(
        self, person: JobSwapProfile, kind: str, title: str, body: str, request: JobSwapRequest
    ) -> None:
        if person.user_id is not None:
            await notify(
                self.session,
                self.org_id,
                person.user_id,
                kind,
                title,
                body,
                {"swapRequestId": str(request.id)},
                email=True,
            )


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return haversine_km(lat1, lon1, lat2, lon2)
