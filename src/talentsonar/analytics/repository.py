"""All SQL of the analytics domain (aggregates over one organisation)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

STRONG_MATCH = 75.0


class AnalyticsRepository:
    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def _one(self, sql: str, **params: Any) -> Any:
        return (await self.session.execute(text(sql), {"org": self.org_id, **params})).one()

    async def _all(self, sql: str, **params: Any) -> list[Any]:
        return list((await self.session.execute(text(sql), {"org": self.org_id, **params})).all())

    async def dashboard(self) -> dict[str, Any]:
        jobs = await self._one(
            "SELECT count(*), count(*) FILTER (WHERE status = 'open') FROM jobs "
            "WHERE org_id = :org AND deleted_at IS NULL"
        )
        candidates = await self._one(
            "SELECT count(*) FROM candidates WHERE org_id = :org AND deleted_at IS NULL"
        )
        matches = await self._one(
            "SELECT count(*) FILTER (WHERE m.ranking_score >= :strong),"
            " count(*) FILTER (WHERE m.analysis_type = 'ai_enhanced'), avg(m.ranking_score) "
            "FROM matches m JOIN jobs j ON j.id = m.job_id AND j.deleted_at IS NULL "
            "JOIN candidates c ON c.id = m.candidate_id AND c.deleted_at IS NULL "
            "WHERE m.org_id = :org",
            strong=STRONG_MATCH,
        )
        activity = await self._all(
            "(SELECT 'job' AS kind, id, title AS label, updated_at AS at FROM jobs"
            " WHERE org_id = :org AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 10)"
            " UNION ALL "
            "(SELECT 'candidate', id, name, updated_at FROM candidates"
            " WHERE org_id = :org AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 10)"
            " UNION ALL "
            "(SELECT 'feedback:' || feedback_type, id, coalesce(notes, ''), created_at"
            " FROM feedback"
            " WHERE org_id = :org AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 10)"
            " ORDER BY at DESC LIMIT 10"
        )
        return {
            "totalJobs": int(jobs[0]),
            "openJobs": int(jobs[1]),
            "totalCandidates": int(candidates[0]),
            "strongMatches": int(matches[0]),
            "aiAnalysisCount": int(matches[1]),
            "averageMatchScore": round(float(matches[2])) if matches[2] is not None else 0,
            "recentActivity": [
                {"type": kind, "id": str(id_), "label": label, "at": at.isoformat()}
                for kind, id_, label, at in activity
            ],
        }

    async def insights(self) -> dict[str, Any]:
        demand = await self._all(
            "SELECT coalesce(department, 'Unassigned') AS dept, s AS skill, count(*) AS n "
            "FROM jobs, jsonb_array_elements_text(required_skills || nice_to_have_skills) s "
            "WHERE org_id = :org AND deleted_at IS NULL AND status = 'open' "
            "GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2"
        )
        by_department: dict[str, list[dict[str, Any]]] = {}
        for dept, skill, n in demand:
            skills = by_department.setdefault(dept, [])
            if len(skills) < 10:
                skills.append({"skill": skill, "count": int(n)})
        supply_demand = await self._all(
            "WITH d AS (SELECT s AS skill, count(*) AS demand FROM jobs,"
            "  jsonb_array_elements_text(required_skills) s"
            "  WHERE org_id = :org AND deleted_at IS NULL AND status = 'open' GROUP BY 1),"
            " sup AS (SELECT s AS skill, count(*) AS supply FROM candidates,"
            "  jsonb_array_elements_text(skills) s"
            "  WHERE org_id = :org AND deleted_at IS NULL GROUP BY 1) "
            "SELECT d.skill, d.demand, coalesce(sup.supply, 0) FROM d LEFT JOIN sup USING (skill) "
            "ORDER BY d.demand DESC, d.skill LIMIT 30"
        )
        pipeline = await self._all(
            "SELECT type, employment_status, count(*) FROM candidates "
            "WHERE org_id = :org AND deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2"
        )
        feedback = await self._all(
            "SELECT feedback_type, count(*) FROM feedback WHERE org_id = :org "
            "AND deleted_at IS NULL GROUP BY 1 ORDER BY 1"
        )
        return {
            "departments": [
                {"department": dept, "topSkills": skills} for dept, skills in by_department.items()
            ],
            "skillSupplyDemand": [
                {
                    "skill": skill,
                    "demand": int(d),
                    "supply": int(s),
                    "supplyPerOpening": round(int(s) / int(d), 2) if d else None,
                }
                for skill, d, s in supply_demand
            ],
            "pipeline": {
                "byType": _fold(pipeline, 0),
                "byStatus": _fold(pipeline, 1),
                "feedback": {kind: int(n) for kind, n in feedback},
            },
        }


def _fold(rows: list[Any], index: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        out[row[index]] = out.get(row[index], 0) + int(row[2])
    return out
