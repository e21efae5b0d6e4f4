"""JobSwap profiles: who the caller is in the network, geocoding, the profile's
embeddings, resume ingestion (through the candidates' CV ingestion), export and erasure."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Principal
from talentsonar.candidates.ingest import IncomingFile, accept_uploads, process_inline
from talentsonar.candidates.service import CandidateService
from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.errors import Conflict, Forbidden, NotFound, UnprocessableEntity
from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.embeddings import EmbeddingError, get_embedder
from talentsonar.jobswap.commute import estimate
from talentsonar.jobswap.places import (
    Geocoder,
    OfflineGeocoder,
    OpenRouteServiceGeocoder,
    Place,
)
from talentsonar.jobswap.repository import (
    CompanyRepository,
    HrUserRepository,
    MatchRepository,
    ProfileRepository,
    SwapRequestRepository,
)
from talentsonar.jobswap.schemas import (
    Location,
    Profile,
    ProfileCreate,
    ProfileUpdate,
    PublicLocation,
    PublicProfile,
    Resume,
)
from talentsonar.models.jobswap import JobSwapCompany, JobSwapProfile
from talentsonar.models.membership import Role
from talentsonar.storage import get_storage

GENERATE_TASK = "jobswap.generate_matches"
_BAND = re.compile(
    r"^\s*([0-9][0-9.,]*)\s*(k)?\s*(?:-|\u2013|to)\s*([0-9][0-9.,]*)\s*(k)?\s*$", re.I
)


@dataclass(frozen=True, slots=True)
class Member:
    """The caller in the network: their profile (employees) or company (HR users)."""

    principal: Principal
    profile: JobSwapProfile | None
    hr_company_id: uuid.UUID | None

    @property
    def is_admin(self) -> bool:
        return self.principal.can(Role.admin)

    def own_profile(self) -> JobSwapProfile:
        if self.profile is None:
            raise no_profile()
        return self.profile


def no_profile() -> UnprocessableEntity:
    return UnprocessableEntity(
        "You have no JobSwap profile yet: create one with POST /api/v1/jobswap/profiles",
        code="no_profile",
    )


async def member(session: AsyncSession, principal: Principal) -> Member:
    profile = await ProfileRepository(session, principal.org_id).by_user(principal.user_id)
    company = await HrUserRepository(session, principal.org_id).company_of(principal.user_id)
    return Member(principal, profile, company)


def parse_salary_band(text: str | None) -> tuple[int | None, int | None]:
    """``"60000-75000"``, ``"60k-75k"``, ``"60,000 to 75,000"`` -> (min, max)."""
    if not text:
        return None, None
    found = _BAND.match(text)
    if not found:
        raise UnprocessableEntity(
            f"Salary band {text!r} is not a range such as 60000-75000 or 60k-75k",
            code="invalid_salary_band",
        )
    low, high = (
        float(found.group(i).replace(",", "")) * (1000 if found.group(i + 1) else 1) for i in (1, 3)
    )
    if low > high or high > 1e9:
        raise UnprocessableEntity(
            "The salary band's minimum exceeds its maximum", code="invalid_salary_band"
        )
    return int(low), int(high)


def geocoder(runtime: Runtime) -> Geocoder:
    settings = runtime.settings
    if settings.jobswap_geocoder == "openrouteservice" and settings.jobswap_geocoder_url:
        key = settings.jobswap_provider_api_key
        client = runtime.http_client("jobswap-geocoder", base_url=settings.jobswap_geocoder_url)
        return OpenRouteServiceGeocoder(
            client, key.get_secret_value() if key else "", settings.jobswap_gazetteer_min_population
        )
    return OfflineGeocoder(settings.jobswap_gazetteer_min_population)


async def locate(runtime: Runtime, address: str, field: str) -> Place:
    try:
        return await geocoder(runtime).geocode(address)
    except UnprocessableEntity as exc:
        exc.details = {"field": field, **(exc.details or {})}
        raise


def role_text(profile: JobSwapProfile) -> str:
    skills = ", ".join(profile.skills or [])
    return f"{profile.job_title}. Skills: {skills}" if skills else profile.job_title


def commute_minutes(profile: JobSwapProfile) -> int:
    return round(
        estimate(
            (profile.home_lat, profile.home_lon),
            (profile.work_lat, profile.work_lon),
            profile.commute_mode,
        )
    )


def own_view(profile: JobSwapProfile, company: str) -> Profile:
    return Profile(
        id=profile.id,
        account_id=profile.user_id,
        name=profile.name,
        email=profile.email,
        phone=profile.phone,
        company=company,
        company_id=profile.company_id,
        job_title=profile.job_title,
        salary_band=profile.salary_band,
        home_location=Location(
            address=profile.home_address,
            lat=profile.home_lat,
            lng=profile.home_lon,
            area=profile.home_area,
        ),
        work_location=Location(
            address=profile.work_address,
            lat=profile.work_lat,
            lng=profile.work_lon,
            area=profile.work_area,
        ),
        commute_mode=profile.commute_mode,
        commute_minutes=commute_minutes(profile),
        skills=list(profile.skills or []),
        profile_complete=profile.profile_complete,
        avatar_url=profile.avatar_url,
        has_resume=profile.candidate_id is not None,
        created_at=profile.created_at,
        updated_at=profile.updated_at,
    )


def public_view(profile: JobSwapProfile, company: str) -> PublicProfile:
    """What another employee sees: no address, no point, no contact."""
    return PublicProfile(
        id=profile.id,
        name=profile.name,
        company=company,
        job_title=profile.job_title,
        salary_band=profile.salary_band,
        home_location=PublicLocation(area=profile.home_area),
        work_location=PublicLocation(area=profile.work_area),
        commute_minutes=commute_minutes(profile),
        skills=list(profile.skills or []),
        avatar_url=profile.avatar_url,
    )


def public_view_of_row(profile_id: uuid.UUID, row: Mapping[str, Any], prefix: str) -> PublicProfile:
    """:func:`public_view` of a profile read as columns (``{prefix}name``, ...,
    ``{prefix}company``) rather than as an entity."""

    def col(name: str) -> Any:
        return row[prefix + name]

    minutes = estimate(
        (col("home_lat"), col("home_lon")), (col("work_lat"), col("work_lon")), col("commute_mode")
    )
    return PublicProfile(
        id=profile_id,
        name=col("name"),
        company=col("company"),
        job_title=col("job_title"),
        salary_band=col("salary_band"),
        home_location=PublicLocation(area=col("home_area")),
        work_location=PublicLocation(area=col("work_area")),
        commute_minutes=round(minutes),
        skills=list(col("skills") or []),
        avatar_url=col("avatar_url"),
    )


async def queue_generation(
    session: AsyncSession,
    org_id: uuid.UUID,
    profile_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
) -> Any:
    """Queue match generation for one profile (or, with ``None``, the whole network);
    one generation per network runs at a time."""
    args = {"profile_id": str(profile_id)} if profile_id else {}
    return await enqueue(
        session,
        GENERATE_TASK,
        org_id=org_id,
        args=args,
        priority=Priority.normal,
        created_by_id=user_id,
        subject=("jobswap_profile", profile_id) if profile_id else None,
        lock=f"jobswap:{org_id}",
    )


class ProfileService:
    def __init__(self, runtime: Runtime, session: AsyncSession, who: Member, actor: Actor) -> None:
        self.runtime, self.session, self.who, self.actor = runtime, session, who, actor
        self.org_id = who.principal.org_id
        self.profiles = ProfileRepository(session, self.org_id)
        self.companies = CompanyRepository(session, self.org_id)

    async def company_name(self, company_id: uuid.UUID) -> str:
        return (await self.companies.names([company_id])).get(company_id, "")

    async def _company(self, name: str | None, company_id: uuid.UUID | None) -> JobSwapCompany:
        found = None
        if company_id is not None:
            found = await self.companies.get(company_id)
        elif name:
            found = await self.companies.by_name(name)
        if found is None:
            known = [c.name for c in await self.companies.all()]
            raise UnprocessableEntity(
                "That company is not a member of this JobSwap network",
                code="unknown_company",
                details={"companies": known},
            )
        return found

    async def _embed_role(self, profile: JobSwapProfile) -> None:
        try:
            vector = await get_embedder(self.runtime).embed_one(role_text(profile))
        except EmbeddingError:
            return
        profile.role_embedding = vector
        if profile.candidate_id is None:  # no resume yet: the current role stands for it
            profile.resume_embedding = vector

    def _complete(self, profile: JobSwapProfile) -> bool:
        return bool(
            profile.job_title
            and (profile.skills or profile.candidate_id)
            and profile.role_embedding is not None
        )

    async def create(self, body: ProfileCreate) -> JobSwapProfile:
        principal = self.who.principal
        if principal.role not in (Role.employee,) and not principal.can(Role.recruiter):
            raise Forbidden("Only employees of the network have JobSwap profiles")
        if self.who.profile is not None:
            raise Conflict(
                "You already have a JobSwap profile",
                code="profile_exists",
                details={"profileId": str(self.who.profile.id)},
            )
        company = await self._company(body.company, body.company_id)
        low, high = parse_salary_band(body.salary_band)
        home = await locate(self.runtime, body.home_address, "homeAddress")
        work = await locate(self.runtime, body.work_address, "workAddress")
        email = body.email or await self._account_email()
        profile = JobSwapProfile(
            id=uuid.uuid4(),
            user_id=principal.user_id,
            company_id=company.id,
            name=body.name,
            email=email,
            phone=body.phone,
            job_title=body.job_title,
            salary_band=body.salary_band or None,
            salary_min=low,
            salary_max=high,
            home_address=body.home_address,
            home_lat=home.lat,
            home_lon=home.lon,
            home_area=home.area,
            work_address=body.work_address,
            work_lat=work.lat,
            work_lon=work.lon,
            work_area=work.area,
            commute_mode=body.commute_mode,
            skills=_unique(body.skills),
            avatar_url=body.avatar_url,
        )
        await self._embed_role(profile)
        profile.profile_complete = self._complete(profile)
        await self.profiles.create(profile)
        await audit.record(
            self.session,
            self.actor,
            "jobswap.profile.created",
            org_id=self.org_id,
            target_type="jobswap_profile",
            target_id=profile.id,
            after={"company": company.name, "jobTitle": profile.job_title},
        )
        await queue_generation(self.session, self.org_id, profile.id, principal.user_id)
        return profile

    async def _account_email(self) -> str:
        from talentsonar.auth.service import get_user

        if self.who.principal.user_id is None:
            raise UnprocessableEntity("An email is needed", code="email_required")
        return (await get_user(self.session, self.who.principal.user_id)).email

    async def own(self, profile_id: uuid.UUID) -> JobSwapProfile:
        """The caller's own profile (404 for anyone else's: no hint it exists)."""
        profile = await self.profiles.get(profile_id)
        if profile is None or (
            profile.user_id != self.who.principal.user_id and not self.who.is_admin
        ):
            raise NotFound("Profile")
        return profile

    async def update(self, profile_id: uuid.UUID, body: ProfileUpdate) -> JobSwapProfile:
        profile = await self.own(profile_id)
        values = body.model_dump(exclude_unset=True, by_alias=False)
        before = {"jobTitle": profile.job_title, "company": str(profile.company_id)}
        if "company" in values or "company_id" in values:
            company = await self._company(
                values.pop("company", None), values.pop("company_id", None)
            )
            profile.company_id = company.id
        if "salary_band" in values:
            profile.salary_min, profile.salary_max = parse_salary_band(values["salary_band"])
            profile.salary_band = values.pop("salary_band") or None
        for field in ("home", "work"):
            address = values.pop(f"{field}_address", None)
            if address is not None:
                place = await locate(self.runtime, address, f"{field}Address")
                setattr(profile, f"{field}_address", address)
                setattr(profile, f"{field}_lat", place.lat)
                setattr(profile, f"{field}_lon", place.lon)
                setattr(profile, f"{field}_area", place.area)
        if "skills" in values:
            values["skills"] = _unique(values["skills"] or [])
        for key in ("name", "job_title", "commute_mode"):
            if key in values and values[key] is None:
                del values[key]
        for key, value in values.items():
            setattr(profile, key, value)
        await self._embed_role(profile)
        profile.profile_complete = self._complete(profile)
        await self.session.flush()
        await audit.record(
            self.session,
            self.actor,
            "jobswap.profile.updated",
            org_id=self.org_id,
            target_type="jobswap_profile",
            target_id=profile.id,
            before=before,
            after={"fields": sorted(body.model_fields_set)},
        )
        await queue_generation(self.session, self.org_id, profile.id, self.who.principal.user_id)
        return profile

    async def view(self, profile_id: uuid.UUID) -> Profile | PublicProfile:
        profile = await self.profiles.get(profile_id)
        if profile is None:
            raise NotFound("Profile")
        company = await self.company_name(profile.company_id)
        if profile.user_id == self.who.principal.user_id or self.who.is_admin:
            return own_view(profile, company)
        return public_view(profile, company)

    # --- resume -----------------------------------------------------------------------

    async def attach_resume(self, profile_id: uuid.UUID, filename: str, data: bytes) -> Any:
        """Parse, store and embed a resume through the CV ingestion (a candidate of the
        network's organisation); the profile keeps the candidate, its text and vector."""
        profile = await self.own(profile_id)
        accepted, _ = await accept_uploads(
            self.runtime,
            org_id=self.org_id,
            user_id=self.who.principal.user_id,
            files=[IncomingFile(filename, data)],
            candidate_type="uploaded",
            metadata={"source": "jobswap", "jobswapProfileId": str(profile.id)},
            job_id=None,
            inline=True,
        )
        result = await process_inline(self.runtime, self.org_id, accepted.files[0])
        if not result.get("candidateId"):
            raise UnprocessableEntity("The resume could not be read", code="resume_unreadable")
        candidates = self._candidates()
        export = await candidates.export(uuid.UUID(result["candidateId"]))
        record = export["candidate"]
        documents = export["cvDocuments"]
        profile.candidate_id = uuid.UUID(record["id"])
        profile.resume_text = (documents[-1]["extractedText"] if documents else "")[:100_000]
        profile.parsed_resume = {
            "headline": record["headline"],
            "summary": record["summary"],
            "skills": record["skills"],
            "profile": record["profile"],
            "totalYearsExperience": record["totalYearsExperience"],
        }
        if record["embedding"] is not None:
            profile.resume_embedding = record["embedding"]
        if not profile.skills and record["skills"]:
            profile.skills = list(record["skills"])[:100]
            await self._embed_role(profile)
            profile.resume_embedding = record["embedding"] or profile.resume_embedding
        profile.profile_complete = self._complete(profile)
        await self.session.flush()
        await audit.record(
            self.session,
            self.actor,
            "jobswap.resume.uploaded",
            org_id=self.org_id,
            target_type="jobswap_profile",
            target_id=profile.id,
            after={"candidateId": record["id"]},
        )
        await queue_generation(self.session, self.org_id, profile.id, self.who.principal.user_id)
        return profile

    def _candidates(self) -> CandidateService:
        return CandidateService(self.session, self.org_id, get_embedder(self.runtime))

    async def resume(self, profile_id: uuid.UUID) -> Resume:
        profile = await self.own(profile_id)
        if profile.candidate_id is None:
            raise NotFound("Resume")
        return Resume(
            id=profile.candidate_id,
            user_id=profile.id,
            text=profile.resume_text or "",
            parsed_data=profile.parsed_resume or {},
            candidate_id=profile.candidate_id,
            embedded=profile.resume_embedding is not None,
        )

    async def resume_link(self, profile: JobSwapProfile) -> str | None:
        """A short-lived download link of the profile's resume (HR and consented parties)."""
        if profile.candidate_id is None:
            return None
        from talentsonar.storage.links import download_link

        doc = await self._candidates().documents.current_for(profile.candidate_id)
        if doc is None:
            return None
        return await download_link(
            self.runtime, doc.storage_key, filename=doc.filename, content_type=doc.content_type
        )

    # --- export and erasure ---------------------------------------------------------

    async def export(self, profile_id: uuid.UUID) -> dict[str, Any]:
        profile = await self.own(profile_id)
        company = await self.company_name(profile.company_id)
        matches = await MatchRepository(self.session, self.org_id).list(
            MatchRepository(self.session, self.org_id).for_profile(profile.id)
        )
        requests = await SwapRequestRepository(self.session, self.org_id).list(
            SwapRequestRepository(self.session, self.org_id).of_party(profile.id)
        )
        await audit.record(
            self.session,
            self.actor,
            "jobswap.profile.exported",
            org_id=self.org_id,
            target_type="jobswap_profile",
            target_id=profile.id,
        )
        return {
            "profile": own_view(profile, company).model_dump(mode="json"),
            "resume": (await self.resume(profile.id)).model_dump(mode="json")
            if profile.candidate_id
            else None,
            "matches": [
                {
                    "id": str(m.id),
                    "matchUserId": str(m.match_profile_id),
                    "compatibilityScore": m.compatibility_score,
                    "commuteBeforeMinutes": m.commute_before_minutes,
                    "commuteAfterMinutes": m.commute_after_minutes,
                }
                for m in matches
            ],
            "swapRequests": [
                {
                    "id": str(r.id),
                    "fromUserId": str(r.from_profile_id),
                    "toUserId": str(r.to_profile_id),
                    "message": r.message,
                    "status": r.status,
                    "createdAt": r.created_at.isoformat(),
                }
                for r in requests
            ],
        }

    async def erase(self, profile_id: uuid.UUID) -> dict[str, Any]:
        """The profile, its matches and swap requests (cascade), and its resume's candidate
        with every stored file, unless another profile shares that candidate."""
        profile = await self.own(profile_id)
        requests = await SwapRequestRepository(self.session, self.org_id).list(
            SwapRequestRepository(self.session, self.org_id).of_party(profile.id)
        )
        matches = MatchRepository(self.session, self.org_id)
        own_matches = len(await matches.list(matches.for_profile(profile.id)))
        resume_erased = False
        if profile.candidate_id is not None:
            candidate_id = profile.candidate_id
            shared = [
                p
                for p in (
                    await self.profiles.list(
                        self.profiles.base().where(JobSwapProfile.candidate_id == candidate_id)
                    )
                )
                if p.id != profile.id
            ]
            if not shared:
                await self._candidates().erase(candidate_id, get_storage(self.runtime))
                resume_erased = True
        await self.profiles.hard_delete(profile)
        await audit.record(
            self.session,
            self.actor,
            "jobswap.profile.erased",
            org_id=self.org_id,
            target_type="jobswap_profile",
            target_id=profile_id,
            after={"swapRequests": len(requests), "resumeErased": resume_erased},
        )
        return {
            "profile_id": profile_id,
            "matches": own_matches,
            "swap_requests": len(requests),
            "resume_erased": resume_erased,
        }


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())
