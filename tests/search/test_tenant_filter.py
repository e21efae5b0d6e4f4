"""The semantic leg of search under the tenant filter: an organisation's nearest candidates
are found even when many other organisations' rows lie nearer to the query.

HNSW walks the whole table's graph; the organisation filter is applied to what the walk
returns. With pgvector's defaults (``hnsw.ef_search = 40``, no iterative scan) a walk that
meets only other tenants' rows returns nothing for this one (DESIGN.md: tenant-filter
starvation). The search sets ``hnsw.ef_search`` and ``hnsw.iterative_scan`` with
``SET LOCAL``, which only holds inside a transaction: this test fails when the read session
runs in autocommit.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import numpy as np
from sqlalchemy import insert, text

from talentsonar.core.runtime import Runtime
from talentsonar.embeddings import get_embedder
from talentsonar.models.candidate import Candidate
from talentsonar.models.organization import Organization

QUERY = "someone to look after sick people in a clinic"
OTHER_TENANTS = 10
ROWS_PER_OTHER_TENANT = 150
OWN_FILLERS = 3000
OWN_TARGETS = 5


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / np.linalg.norm(vector)


def _row(org_id: uuid.UUID, name: str, vector: np.ndarray) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "org_id": org_id, "type": "internal", "name": name,
            "skills": [], "employment_status": "available", "metadata_": {}, "profile": {},
            "profile_status": "parsed", "flags": [], "is_hidden_gem": False,
            "skills_text": "", "titles_text": "", "search_text": "",
            "embedding": [float(x) for x in vector], "embedding_model": "test"}


async def test_semantic_search_finds_own_rows_among_many_nearer_tenants(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    query = _unit(np.asarray(await get_embedder(runtime).embed_one(QUERY), dtype=np.float64))
    rng = np.random.default_rng(7)
    own_org = uuid.UUID(user["user"]["organization"]["id"])
    rows: list[dict[str, Any]] = []
    targets: list[uuid.UUID] = []
    for i in range(OWN_TARGETS):  # cosine similarity about 0.5 to the query
        row = _row(own_org, f"Target {i}",
                   _unit(query + _unit(rng.normal(size=query.size)) * 1.6))
        targets.append(row["id"])
        rows.append(row)
    rows += [_row(own_org, f"Filler {i}", _unit(rng.normal(size=query.size)))
             for i in range(OWN_FILLERS)]
    async with runtime.db.session() as session:
        for t in range(OTHER_TENANTS):
            org = Organization(id=uuid.uuid4(), name=f"Tenant {t}", slug=f"tenant-{t}")
            session.add(org)
            await session.flush()
            rows += [  # cosine similarity about 0.9: every one nearer than the targets
                _row(org.id, f"Other {t}-{i}",
                     _unit(query + _unit(rng.normal(size=query.size)) * 0.45))
                for i in range(ROWS_PER_OTHER_TENANT)
            ]
        await session.execute(insert(Candidate), rows)
    async with runtime.db.engine.begin() as conn:  # statistics as in production
        await conn.execute(text("ANALYZE candidates"))

    r = await client.get("/api/v1/candidates/search", headers=user["headers"],
                         params={"q": QUERY, "limit": 20})
    assert r.status_code == 200, r.text
    found = {hit["candidate"]["id"]: hit for hit in r.json()["data"]}
    missing = [str(t) for t in targets if str(t) not in found]
    assert not missing, f"own nearest candidates not found: {missing}"
    assert all("semantic" in {m["method"] for m in found[str(t)]["matchedBy"]}
               for t in targets)
    # the best hits are the targets, by meaning
    ranked = [hit["candidate"]["id"] for hit in r.json()["data"]][:OWN_TARGETS]
    assert set(ranked) == {str(t) for t in targets}
