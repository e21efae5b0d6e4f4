"""JobSwap's SQL: companies, HR users, profiles, matches, swap requests, HR reviews and
the commute cache, each scoped to the network (organisation)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, and_, bindparam, delete, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import aliased

from talentsonar.core.repository import BaseRepository, CompiledSelect, TenantRepository
from talentsonar.models.jobswap import (
    JobSwapCommute,
    JobSwapCompany,
    JobSwapHrRequest,
    JobSwapHrUser,
    JobSwapMatch,
    JobSwapProfile,
    JobSwapRequest,
)
from talentsonar.models.user import User

#: The profile columns the engine reads (no resume text).
ROSTER_COLUMNS = (
    JobSwapProfile.id,
    JobSwapProfile.company_id,
    JobSwapProfile.home_lat,
    JobSwapProfile.home_lon,
    JobSwapProfile.work_lat,
    JobSwapProfile.work_lon,
    JobSwapProfile.commute_mode,
    JobSwapProfile.salary_min,
    JobSwapProfile.salary_max,
    JobSwapProfile.skills,
    JobSwapProfile.job_title,
    JobSwapProfile.resume_embedding,
    JobSwapProfile.role_embedding,
)
#: The same columns with the vectors in pgvector's binary form (``vector_send``: a 4-byte
#: header, then big-endian float4s), for :func:`matching.columns` to read as one array.
RAW_ROSTER_COLUMNS = (
    *ROSTER_COLUMNS[:-2],
    func.vector_send(JobSwapProfile.resume_embedding, type_=LargeBinary).label("resume_raw"),
    func.vector_send(JobSwapProfile.role_embedding, type_=LargeBinary).label("role_raw"),
)
#: What a bulk upsert copies in per match (the rest is the same for every row).
MATCH_COPY_COLUMNS = (
    "id",
    "profile_id",
    "match_profile_id",
    "compatibility_score",
    "breakdown",
    "commute_before_minutes",
    "commute_after_minutes",
    "their_commute_before_minutes",
    "their_commute_after_minutes",
    "salary_compatible",
)
_MATCH_STAGE = """CREATE TEMPORARY TABLE jobswap_matches_in (
    id uuid, profile_id uuid, match_profile_id uuid, compatibility_score integer,
    breakdown text, commute_before_minutes integer, commute_after_minutes integer,
    their_commute_before_minutes integer, their_commute_after_minutes integer,
    salary_compatible boolean) ON COMMIT DROP"""
_MATCH_MERGE = """INSERT INTO jobswap_matches (id, org_id, created_at, updated_at, deleted_at,
    profile_id, match_profile_id, compatibility_score, breakdown, commute_before_minutes,
    commute_after_minutes, their_commute_before_minutes, their_commute_after_minutes,
    salary_compatible)
SELECT id, :org_id, :now, :now, NULL, profile_id, match_profile_id, compatibility_score,
    CAST(breakdown AS jsonb), commute_before_minutes, commute_after_minutes,
    their_commute_before_minutes, their_commute_after_minutes, salary_compatible
FROM jobswap_matches_in
ON CONFLICT (profile_id, match_profile_id) DO UPDATE SET
    compatibility_score = EXCLUDED.compatibility_score, breakdown = EXCLUDED.breakdown,
    commute_before_minutes = EXCLUDED.commute_before_minutes,
    commute_after_minutes = EXCLUDED.commute_after_minutes,
    their_commute_before_minutes = EXCLUDED.their_commute_before_minutes,
    their_commute_after_minutes = EXCLUDED.their_commute_after_minutes,
    salary_compatible = EXCLUDED.salary_compatible, updated_at = EXCLUDED.updated_at,
    deleted_at = NULL"""


_PARTNER = aliased(JobSwapProfile, name="partner")


def _matches_query(*, one: bool) -> CompiledSelect:
    """A profile's matches with what the page shows of each partner (their public
    columns and company name), and the total, in one round trip: one match by id
    (``one``), or a page best first."""
    partner = {
        f"partner_{c}": getattr(_PARTNER, c)
        for c in (
            "name",
            "job_title",
            "salary_band",
            "home_area",
            "work_area",
            "home_lat",
            "home_lon",
            "work_lat",
            "work_lon",
            "commute_mode",
            "skills",
            "avatar_url",
        )
    }
    stmt = (
        select(
            JobSwapMatch.id,
            JobSwapMatch.profile_id,
            JobSwapMatch.match_profile_id,
            JobSwapMatch.compatibility_score,
            JobSwapMatch.commute_before_minutes,
            JobSwapMatch.commute_after_minutes,
            JobSwapMatch.their_commute_before_minutes,
            JobSwapMatch.their_commute_after_minutes,
            JobSwapMatch.salary_compatible,
            JobSwapMatch.created_at,
            JobSwapMatch.breakdown,
            *(column.label(label) for label, column in partner.items()),
            func.coalesce(JobSwapCompany.name, "").label("partner_company"),
            func.count().over().label("_total"),
        )
        .join(
            _PARTNER,
            and_(
                _PARTNER.id == JobSwapMatch.match_profile_id,
                _PARTNER.org_id == JobSwapMatch.org_id,
                _PARTNER.deleted_at.is_(None),
            ),
        )
        .outerjoin(JobSwapCompany, JobSwapCompany.id == _PARTNER.company_id)
        .where(
            JobSwapMatch.org_id == bindparam("org_id"),
            JobSwapMatch.deleted_at.is_(None),
            JobSwapMatch.profile_id == bindparam("profile_id"),
        )
    )
    if one:
        return CompiledSelect(stmt.where(JobSwapMatch.id == bindparam("match_id")))
    return CompiledSelect(
        stmt.where(JobSwapMatch.compatibility_score >= bindparam("min_score"))
        .order_by(JobSwapMatch.compatibility_score.desc(), JobSwapMatch.id)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )


_MATCH_PAGE = _matches_query(one=False)
_MATCH_ONE = _matches_query(one=True)
_PROFILE_OF_USER = CompiledSelect(
    select(JobSwapProfile.id).where(
        JobSwapProfile.org_id == bindparam("org_id"),
        JobSwapProfile.user_id == bindparam("user_id"),
        JobSwapProfile.deleted_at.is_(None),
    )
)


class CompanyRepository(TenantRepository[JobSwapCompany]):
    model = JobSwapCompany
    label = "Company"

    async def by_name(self, name: str) -> JobSwapCompany | None:
        stmt = self.base().where(func.lower(JobSwapCompany.name) == name.strip().lower())
        return (await self.session.execute(stmt)).scalars().first()

    async def all(self) -> Sequence[JobSwapCompany]:
        return await self.list(self.base().order_by(JobSwapCompany.name))

    async def names(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        stmt = select(JobSwapCompany.id, JobSwapCompany.name).where(
            JobSwapCompany.org_id == self.org_id, JobSwapCompany.id.in_(list(ids))
        )
        return {row.id: row.name for row in await self.session.execute(stmt)}


class HrUserRepository(TenantRepository[JobSwapHrUser]):
    model = JobSwapHrUser
    label = "HR user"

    async def company_of(self, user_id: uuid.UUID | None) -> uuid.UUID | None:
        if user_id is None:
            return None
        stmt = (
            self.base()
            .with_only_columns(JobSwapHrUser.company_id)
            .where(JobSwapHrUser.user_id == user_id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def by_user(self, user_id: uuid.UUID) -> JobSwapHrUser | None:
        stmt = self.base(include_deleted=True).where(JobSwapHrUser.user_id == user_id)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def users_of(self, company_id: uuid.UUID) -> list[uuid.UUID]:
        stmt = (
            self.base()
            .with_only_columns(JobSwapHrUser.user_id)
            .where(JobSwapHrUser.company_id == company_id)
        )
        return list((await self.session.execute(stmt)).scalars())


class ProfileRepository(TenantRepository[JobSwapProfile]):
    model = JobSwapProfile
    label = "Profile"

    async def by_user(self, user_id: uuid.UUID | None) -> JobSwapProfile | None:
        if user_id is None:
            return None
        stmt = self.base().where(JobSwapProfile.user_id == user_id)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def id_of_user(self, user_id: uuid.UUID | None) -> uuid.UUID | None:
        """The id of the user's profile (one indexed row, no ORM entity)."""
        if user_id is None:
            return None
        rows = await _PROFILE_OF_USER.rows(self.session, org_id=self.org_id, user_id=user_id)
        found: uuid.UUID | None = rows[0]["id"] if rows else None
        return found

    async def many(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, JobSwapProfile]:
        stmt = self.base().where(JobSwapProfile.id.in_(list(ids)))
        return {p.id: p for p in (await self.session.execute(stmt)).scalars()}

    async def roster_rows(self) -> list[Any]:
        """Every complete profile of the network, the engine's columns only."""
        stmt = (
            select(*ROSTER_COLUMNS)
            .where(
                JobSwapProfile.org_id == self.org_id,
                JobSwapProfile.deleted_at.is_(None),
                JobSwapProfile.profile_complete.is_(True),
            )
            .order_by(JobSwapProfile.id)
        )
        return list(await self.session.execute(stmt))

    async def roster_near(
        self, lat_range: tuple[float, float], lon_range: tuple[float, float], include: uuid.UUID
    ) -> list[Any]:
        """The complete profiles whose work lies in the box (and ``include``), by the
        work-point index."""
        in_box = JobSwapProfile.work_lat.between(*lat_range) & JobSwapProfile.work_lon.between(
            *lon_range
        )
        stmt = (
            select(*ROSTER_COLUMNS)
            .where(
                JobSwapProfile.org_id == self.org_id,
                JobSwapProfile.deleted_at.is_(None),
                JobSwapProfile.profile_complete.is_(True),
                or_(in_box, JobSwapProfile.id == include),
            )
            .order_by(JobSwapProfile.id)
        )
        return list(await self.session.execute(stmt))

    async def roster_raw(
        self,
        box: tuple[tuple[float, float], tuple[float, float]] | None = None,
        include: uuid.UUID | None = None,
    ) -> list[Any]:
        """The complete profiles of the network (or those whose work lies in ``box``, by
        the work-point index, and ``include``), vectors in binary (``RAW_ROSTER_COLUMNS``),
        one query."""
        stmt = select(*RAW_ROSTER_COLUMNS).where(
            JobSwapProfile.org_id == self.org_id,
            JobSwapProfile.deleted_at.is_(None),
            JobSwapProfile.profile_complete.is_(True),
        )
        if box is not None:
            in_box = JobSwapProfile.work_lat.between(*box[0]) & JobSwapProfile.work_lon.between(
                *box[1]
            )
            stmt = stmt.where(or_(in_box, JobSwapProfile.id == include) if include else in_box)
        return list(await self.session.execute(stmt.order_by(JobSwapProfile.id)))

    async def roster_of(self, ids: Sequence[uuid.UUID]) -> list[Any]:
        """These complete profiles' engine columns, in the order given."""
        stmt = select(*ROSTER_COLUMNS).where(
            JobSwapProfile.org_id == self.org_id,
            JobSwapProfile.deleted_at.is_(None),
            JobSwapProfile.profile_complete.is_(True),
            JobSwapProfile.id.in_(list(ids)),
        )
        found = {row.id: row for row in await self.session.execute(stmt)}
        return [found[i] for i in ids if i in found]

    async def similar(self, vector: Any, threshold: float, count: int) -> list[Any]:
        """The seed's ``match_profiles(query_embedding, match_threshold, match_count)``
        (a SQL function of the migration), within this network."""
        stmt = text("SELECT * FROM match_profiles(CAST(:q AS vector), :t, :c, :org)")
        vector_text = "[" + ",".join(f"{float(x):.7g}" for x in vector) + "]"
        result = await self.session.execute(
            stmt, {"q": vector_text, "t": threshold, "c": count, "org": self.org_id}
        )
        return list(result)

    async def hard_delete(self, profile: JobSwapProfile) -> None:
        await self.session.delete(profile)
        await self.session.flush()


class MatchRepository(TenantRepository[JobSwapMatch]):
    model = JobSwapMatch
    label = "Match"

    def for_profile(self, profile_id: uuid.UUID, min_score: int = 0) -> Any:
        return (
            self.base()
            .where(
                JobSwapMatch.profile_id == profile_id, JobSwapMatch.compatibility_score >= min_score
            )
            .order_by(JobSwapMatch.compatibility_score.desc(), JobSwapMatch.id)
        )

    async def page_with_partners(
        self, profile_id: uuid.UUID, min_score: int, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        """A page of the profile's matches, best first, each with its partner's public
        columns (``partner_*``), and the total: one query (``CompiledSelect``)."""
        return await _MATCH_PAGE.page(
            self.session,
            limit=limit,
            offset=offset,
            org_id=self.org_id,
            profile_id=profile_id,
            min_score=min_score,
        )

    async def one_with_partner(
        self, profile_id: uuid.UUID, match_id: uuid.UUID
    ) -> dict[str, Any] | None:
        """One of the profile's matches with its partner's public columns."""
        rows = await _MATCH_ONE.rows(
            self.session, org_id=self.org_id, profile_id=profile_id, match_id=match_id
        )
        return rows[0] if rows else None

    async def between(self, profile_id: uuid.UUID, other_id: uuid.UUID) -> JobSwapMatch | None:
        stmt = self.base().where(
            JobSwapMatch.profile_id == profile_id, JobSwapMatch.match_profile_id == other_id
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def upsert(self, rows: list[dict[str, Any]]) -> None:
        """Insert or refresh matches (ids stay stable for a pair seen before)."""
        for start in range(0, len(rows), 2000):
            chunk = [{**r, "org_id": self.org_id} for r in rows[start : start + 2000]]
            stmt = insert(JobSwapMatch).values(chunk)
            stmt = stmt.on_conflict_do_update(
                index_elements=[JobSwapMatch.profile_id, JobSwapMatch.match_profile_id],
                # the match's own values: what the bulk path copies, past the ids
                set_={c: stmt.excluded[c] for c in (*MATCH_COPY_COLUMNS[3:], "updated_at")}
                | {"deleted_at": None},
            )
            await self.session.execute(stmt)

    async def copy_upsert(self, rows: Iterable[tuple[Any, ...]], now: datetime) -> int:
        """:meth:`upsert` for many rows: ``MATCH_COPY_COLUMNS`` tuples (breakdown as JSON
        text) copied into a temporary table (binary COPY), then merged by one
        ``INSERT ... SELECT ... ON CONFLICT`` (ids stay stable); all in the session's
        transaction. Returns the rows copied."""
        await self.session.execute(text("DROP TABLE IF EXISTS pg_temp.jobswap_matches_in"))
        await self.session.execute(text(_MATCH_STAGE))  # also opens the transaction
        connection = await self.session.connection()
        driver = (await connection.get_raw_connection()).driver_connection
        assert driver is not None, "a checked-out connection has its driver connection"
        status = await driver.copy_records_to_table(
            "jobswap_matches_in", records=rows, columns=MATCH_COPY_COLUMNS
        )
        await self.session.execute(text(_MATCH_MERGE), {"org_id": self.org_id, "now": now})
        await self.session.execute(text("DROP TABLE pg_temp.jobswap_matches_in"))
        return int(str(status).rsplit(" ", 1)[-1] or 0)

    async def delete_stale(
        self,
        before: datetime,
        profile_ids: Sequence[uuid.UUID] | None = None,
        involving: uuid.UUID | None = None,
    ) -> int:
        """Remove the matches not refreshed since ``before`` (of these profiles, or of the
        whole network; or every match in which ``involving`` is either side)."""
        stmt = delete(JobSwapMatch).where(
            JobSwapMatch.org_id == self.org_id, JobSwapMatch.updated_at < before
        )
        if profile_ids is not None:
            stmt = stmt.where(JobSwapMatch.profile_id.in_(list(profile_ids)))
        if involving is not None:
            stmt = stmt.where(
                or_(
                    JobSwapMatch.profile_id == involving, JobSwapMatch.match_profile_id == involving
                )
            )
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def standing(self, profile_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
        """``(count, lowest score)`` of each profile's stored matches."""
        stmt = (
            select(
                JobSwapMatch.profile_id, func.count(), func.min(JobSwapMatch.compatibility_score)
            )
            .where(
                JobSwapMatch.org_id == self.org_id, JobSwapMatch.profile_id.in_(list(profile_ids))
            )
            .group_by(JobSwapMatch.profile_id)
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in await self.session.execute(stmt)}

    async def count(self) -> int:
        stmt = (
            select(func.count()).select_from(JobSwapMatch).where(JobSwapMatch.org_id == self.org_id)
        )
        return int((await self.session.execute(stmt)).scalar_one())


class SwapRequestRepository(TenantRepository[JobSwapRequest]):
    model = JobSwapRequest
    label = "Swap request"

    def of_party(self, profile_id: uuid.UUID) -> Any:
        return (
            self.base()
            .where(
                or_(
                    JobSwapRequest.from_profile_id == profile_id,
                    JobSwapRequest.to_profile_id == profile_id,
                )
            )
            .order_by(JobSwapRequest.created_at.desc(), JobSwapRequest.id)
        )

    async def for_party(
        self, request_id: uuid.UUID, profile_id: uuid.UUID, *, lock: bool = False
    ) -> JobSwapRequest | None:
        stmt = self.of_party(profile_id).where(JobSwapRequest.id == request_id)
        if lock:
            stmt = stmt.with_for_update()
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def open_between(self, a: uuid.UUID, b: uuid.UUID) -> JobSwapRequest | None:
        stmt = self.base().where(
            JobSwapRequest.status.in_(("pending", "hr_review")),
            or_(
                (JobSwapRequest.from_profile_id == a) & (JobSwapRequest.to_profile_id == b),
                (JobSwapRequest.from_profile_id == b) & (JobSwapRequest.to_profile_id == a),
            ),
        )
        return (await self.session.execute(stmt)).scalars().first()

    async def get_locked(self, request_id: uuid.UUID) -> JobSwapRequest | None:
        stmt = self.base().where(JobSwapRequest.id == request_id).with_for_update()
        return (await self.session.execute(stmt)).scalar_one_or_none()


class HrRequestRepository(TenantRepository[JobSwapHrRequest]):
    model = JobSwapHrRequest
    label = "HR request"

    def of_company(self, company_id: uuid.UUID, status: str | None = None) -> Any:
        stmt = self.base().where(JobSwapHrRequest.company_id == company_id)
        if status:
            stmt = stmt.where(JobSwapHrRequest.status == status)
        return stmt.order_by(JobSwapHrRequest.created_at.desc(), JobSwapHrRequest.id)

    async def for_company(
        self, request_id: uuid.UUID, company_id: uuid.UUID, *, lock: bool = False
    ) -> JobSwapHrRequest | None:
        stmt = self.of_company(company_id).where(JobSwapHrRequest.id == request_id)
        if lock:
            stmt = stmt.with_for_update()
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def of_swap(self, swap_request_id: uuid.UUID) -> Sequence[JobSwapHrRequest]:
        return await self.list(
            self.base()
            .where(JobSwapHrRequest.swap_request_id == swap_request_id)
            .order_by(JobSwapHrRequest.id)
        )


class CommuteRepository(BaseRepository[JobSwapCommute]):
    model = JobSwapCommute

    async def fresh(self, keys: Sequence[str], since: datetime) -> dict[str, float]:
        if not keys:
            return {}
        stmt = select(JobSwapCommute.key, JobSwapCommute.minutes).where(
            JobSwapCommute.key.in_(list(keys)), JobSwapCommute.created_at >= since
        )
        return {row.key: float(row.minutes) for row in await self.session.execute(stmt)}

    async def put(self, values: dict[str, float], now: datetime) -> None:
        if not values:
            return
        stmt = insert(JobSwapCommute).values(
            [{"key": k, "minutes": v, "created_at": now} for k, v in values.items()]
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[JobSwapCommute.key],
            set_={"minutes": stmt.excluded.minutes, "created_at": stmt.excluded.created_at},
        )
        await self.session.execute(stmt)


async def emails_of(session: Any, user_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    stmt = select(User.id, User.email).where(User.id.in_(list(user_ids)))
    return {row.id: row.email for row in await session.execute(stmt)}
