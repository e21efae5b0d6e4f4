"""Hybrid candidate search: PostgreSQL full text (weighted tsvector), trigram fuzzy
matching (misspellings) and pgvector semantic similarity, fused by reciprocal rank.

Each method returns its best ``POOL`` candidates of the organisation (with the list
filters applied inside the query, so a filtered search is still exhaustive); a
candidate's fused score is ``sum(1 / (RRF_K + rank))`` over the methods that found it.

Misspelt words ("pyhton", "nurce": no skill, job-title or English word, one or two edits
from one, and rare in the organisation's pool next to it; ``talentsonar.candidates.spelling``)
are searched by the fuzzy leg as the words they stand for, and the semantic leg embeds the
query spelled right. The semantic leg keeps a neighbour only above the query's median
similarity to the taxonomy's fields plus ``SEARCH_SEMANTIC_MARGIN`` (``semantic_cutoff``).
"""

from __future__ import annotations

import asyncio
import re
import uuid
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.candidates import spelling
from talentsonar.candidates.repository import CandidateSearchRepository, SearchFilters
from talentsonar.candidates.schemas import MatchReason
from talentsonar.core.cache import content_key
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.embeddings import EmbeddingError, get_embedder
from talentsonar.models.candidate import Candidate
from talentsonar.skills.canonical import taxonomy

__all__ = ["SearchFilters", "SearchResult", "hybrid_search", "trigram_similarity"]

POOL = 200
#: A query's vector depends only on the text and the model (part of the key).
QUERY_EMBEDDINGS = "query-embedding"
QUERY_EMBEDDING_TTL_SECONDS = 24 * 3600.0
#: Semantic neighbours fetched (HNSW ef_search is at least this).
SEMANTIC_POOL = 100
RRF_K = 60
#: Cosine similarity below which a semantic neighbour is not a match when the query's
#: background (below) cannot be had (the best fixed value of ``bench/search.py
#: --calibrate``).
MIN_SEMANTIC_SIMILARITY = 0.30
#: Skill names per taxonomy field in the semantic background.
BACKGROUND_SKILLS = 12
FUZZY_TOKEN_MIN_LENGTH = 3
MAX_FUZZY_TOKENS = 6
SUGGESTION_MIN_SIMILARITY = 0.5
#: A query word that some candidates use is still taken as a misspelling when its
#: correction is used by at least this many times as many (counted up to the cap).
MISSPELLING_RATIO = 10
MISSPELLING_COUNT_CAP = 100
_TOKEN = re.compile(r"[\w+#.]+", re.UNICODE)
_STOP = frozenset({"and", "or", "the", "with", "for", "in", "of", "a", "an", "to", "not"})


@dataclass(slots=True)
class Hit:
    row: Candidate
    score: float
    reasons: list[MatchReason]
    highlights: list[str] = field(default_factory=list)
    matched_terms: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SearchResult:
    hits: list[Hit]
    total: int
    suggestions: list[str]


def query_tokens(q: str) -> list[str]:
    tokens = [t.strip(".").lower() for t in _TOKEN.findall(q)]
    return [t for t in tokens if len(t) >= FUZZY_TOKEN_MIN_LENGTH and t not in _STOP][
        :MAX_FUZZY_TOKENS]


def trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: lower-cased words padded with two spaces before, one after."""
    out: set[str] = set()
    for word in re.findall(r"[0-9a-z]+", text.lower()):
        padded = f"  {word} "
        out.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return out


def trigram_similarity(a: str, b: str) -> float:
    ta, tb = trigrams(a), trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def reciprocal_rank_fusion(ranked: dict[str, list[tuple[uuid.UUID, float]]]
                           ) -> list[tuple[uuid.UUID, float, list[MatchReason]]]:
    """Fuse ranked lists; ties broken by id for a stable order across pages."""
    scores: dict[uuid.UUID, float] = {}
    reasons: dict[uuid.UUID, list[MatchReason]] = {}
    for method, rows in ranked.items():
        for rank, (cid, score) in enumerate(rows, start=1):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (RRF_K + rank)
            reasons.setdefault(cid, []).append(
                MatchReason(method=method, rank=rank, score=round(float(score), 4)))
    ordered = sorted(scores, key=lambda c: (-scores[c], str(c)))
    return [(c, round(scores[c], 6), reasons[c]) for c in ordered]


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(surface, display name, trigrams) of every taxonomy skill name and alias."""
    tax = taxonomy()
    if tax is None:
        return ()
    surfaces: dict[str, str] = {}
    for skill in tax.skills.values():
        surfaces.setdefault(skill.name.lower(), skill.name)
        for alias in skill.aliases:
            surfaces.setdefault(alias.lower(), alias)
    return tuple((surface, display, frozenset(trigrams(surface)))
                 for surface, display in surfaces.items())


@lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset[str]:
    return frozenset(w for surface, _, _ in _vocabulary() for w in surface.split())


def known_term(token: str) -> bool:
    tax = taxonomy()
    if tax is not None and tax.normalize(token) is not None:
        return True
    return token.lower() in _vocabulary_words()


@lru_cache(maxsize=4096)
def similar_surfaces(token: str) -> tuple[tuple[str, float], ...]:
    """Skill names/aliases at least ``SUGGESTION_MIN_SIMILARITY`` trigram-similar to
    ``token``, most similar first (cached: the vocabulary scan costs a few ms)."""
    grams = trigrams(token)
    if not grams:
        return ()
    best: dict[str, float] = {}
    for _, display, surface_grams in _vocabulary():
        union = len(grams | surface_grams)
        similarity = len(grams & surface_grams) / union if union else 0.0
        if similarity >= SUGGESTION_MIN_SIMILARITY and similarity > best.get(display, 0.0):
            best[display] = similarity
    return tuple(sorted(best.items(), key=lambda kv: (-kv[1], kv[0])))


def closest_skills(token: str, limit: int = 3) -> list[str]:
    """Skill names or aliases closest to ``token`` by trigram similarity."""
    return [name for name, _ in similar_surfaces(token)[:limit]]


def skill_corrections(tokens: list[str]) -> dict[str, list[tuple[str, float]]]:
    """Canonical skills an unknown (likely misspelled) query word may stand for, with the
    trigram similarity: ``{"kubernets": [("Kubernetes", 0.64)]}``."""
    tax = taxonomy()
    out: dict[str, list[tuple[str, float]]] = {}
    if tax is None:
        return out
    for token in tokens:
        if len(token) < 4 or known_term(token):
            continue
        scored: dict[str, float] = {}
        for display, similarity in similar_surfaces(token):
            skill = tax.normalize(display)
            name = str(getattr(skill, "name", display))
            scored[name] = max(scored.get(name, 0.0), similarity)
        best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        if best:
            out[token] = best
    return out


def suggestions_for(q: str, spelled: dict[str, tuple[tuple[str, float], ...]] | None = None
                    ) -> list[str]:
    """Corrected queries when a word is no known term but is close to a skill (trigram
    similarity), or is a misspelling of a vocabulary word (``spelled``, see
    ``talentsonar.candidates.spelling``)."""
    out: list[str] = []
    spelled = spelled or {}
    for token in query_tokens(q):
        if known_term(token):
            continue
        replacements = [s for s in closest_skills(token, limit=1) if s.lower() != token]
        if not replacements:
            replacements = [_display(word) for word, _ in spelled.get(token, ())[:1]]
        for replacement in replacements:
            corrected = re.sub(re.escape(token), replacement, q, count=1, flags=re.IGNORECASE)
            if corrected not in out:
                out.append(corrected)
    return out[:5]


def spelled_query(q: str, spelled: dict[str, tuple[tuple[str, float], ...]]) -> str:
    """``q`` with each misspelt word replaced by its most likely correction."""
    for word, options in spelled.items():
        q = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", options[0][0], q, flags=re.IGNORECASE)
    return q


def _display(word: str) -> str:
    """A corrected word as the taxonomy writes it ("python" -> "Python"), else as is."""
    tax = taxonomy()
    skill = tax.normalize(word) if tax is not None else None
    name = str(getattr(skill, "name", "")) if skill is not None else ""
    return name if name.lower() == word else word


async def misspelt_words(repo: CandidateSearchRepository, tokens: list[str]
                         ) -> dict[str, tuple[tuple[str, float], ...]]:
    """The query words taken as misspellings, with their corrections: words that are no
    vocabulary word but close to one (``talentsonar.candidates.spelling``) and that the
    organisation's candidates use rarely, if at all, next to the corrections ("look" is
    no skill word, and close to "book", but a pool whose CVs say "look" meant it; one CV
    with the typo "pyhton" does not make it a word among thousands that say "python")."""
    candidates = spelling.correct_words(tokens)
    if not candidates:
        return {}
    words = {*candidates, *(w for options in candidates.values() for w, _ in options)}
    counts = await repo.word_counts(sorted(words), MISSPELLING_COUNT_CAP)
    out = {}
    for word, options in candidates.items():
        seen = counts.get(word, 0)
        best = max(counts.get(w, 0) for w, _ in options)
        if seen == 0 or seen * MISSPELLING_RATIO <= best:
            out[word] = options
    return out


def matched_terms(row: Candidate, tokens: list[str]) -> list[str]:
    """The candidate's skills (and name words) that a query word hits, exactly or closely."""
    terms: list[str] = []
    for skill in row.skills or []:
        low = skill.lower()
        if any(t in low.split() or t == low or trigram_similarity(t, low) >= 0.45
               for t in tokens):
            terms.append(skill)
    for word in (row.name or "").split():
        if any(trigram_similarity(t, word) >= 0.5 for t in tokens):
            terms.append(word)
    return terms[:20]


def background_texts() -> list[str]:
    """One text per field of the skills taxonomy ("Skills: Nursing, Critical Care
    Nursing, ..."): what a query's similarity to an arbitrary profile looks like."""
    tax = taxonomy()
    if tax is None:
        return []
    fields: dict[str, list[str]] = {}
    for skill in tax.skills.values():
        fields.setdefault(skill.category, []).append(skill.name)
    return [f"Skills: {', '.join(names[:BACKGROUND_SKILLS])}"
            for _, names in sorted(fields.items())]


async def semantic_background(runtime: Runtime) -> np.ndarray | None:
    """The vectors of ``background_texts`` by the runtime's embedder (made once)."""
    embedder = get_embedder(runtime)
    key = f"semantic-background:{embedder.model_id}"
    background = runtime.extras.get(key)
    if background is None:
        texts = background_texts()
        if not texts:
            return None
        try:
            matrix = await embedder.embed(texts)
        except EmbeddingError:
            return None
        background = runtime.extras[key] = np.asarray(matrix, dtype=np.float64)
    return background


def semantic_cutoff(vector: list[float], background: np.ndarray | None,
                    margin: float) -> float:
    """The similarity a semantic neighbour must reach: the query's median similarity to
    the taxonomy's fields plus ``margin``. Short queries ("nurse") are about 0.15 similar
    to any profile and descriptive ones ("someone to look after sick patients") about
    0.03, so one fixed threshold either lets "nurse" find software engineers or drops
    the descriptive queries' real matches (calibration: ``bench/search.py --calibrate``)."""
    if background is None or not len(background):
        return MIN_SEMANTIC_SIMILARITY
    return float(np.median(background @ np.asarray(vector, dtype=np.float64))) + margin


async def query_embedding(runtime: Runtime, q: str) -> list[float]:
    """The embedding of a search query, cached (L1, and Redis when configured): the next
    page of the same search, or the same search by a colleague, embeds nothing."""
    embedder = get_embedder(runtime)

    async def compute() -> list[float]:
        return [float(x) for x in await embedder.embed_one(q)]

    vector, _ = await runtime.cache.get_or_compute(
        QUERY_EMBEDDINGS, query_embedding_key(embedder.model_id, q), compute,
        ttl=QUERY_EMBEDDING_TTL_SECONDS)
    return list(vector)


def query_embedding_key(model_id: str, q: str) -> str:
    return content_key(model_id, q)


async def hybrid_search(
    session: AsyncSession, runtime: Runtime, org_id: uuid.UUID, q: str,
    filters: SearchFilters, paging: PageParams,
) -> SearchResult:
    repo = CandidateSearchRepository(session, org_id)
    tokens = query_tokens(q)
    # The query embedding (a thread, or a provider call) overlaps with the two lexical queries.
    embedding = asyncio.ensure_future(query_embedding(runtime, q))
    try:
        ranked: dict[str, list[tuple[uuid.UUID, float]]] = {
            "fulltext": await repo.fulltext(q, filters, POOL)}
        # Misspelt words ("pyhton", "nurce") are searched as their vocabulary words, and
        # the meaning of the query is that of the query spelled right (the vector of a
        # typo is noise).
        spelled = await misspelt_words(repo, tokens)
        if spelled:
            embedding.cancel()
            embedding = asyncio.ensure_future(
                query_embedding(runtime, spelled_query(q, spelled)))
        # Names by trigram similarity only for words that are not skill or job
        # vocabulary: "python developer" is not a search for people named like
        # "Python" (exact names still match through the full-text leg).
        ranked["fuzzy"] = await repo.fuzzy(
            [t for t in tokens if not known_term(t)], skill_corrections(tokens),
            filters, POOL,
            spelled=[[t, *(w for w, _ in spelled.get(t, ()))] for t in tokens]
            if spelled else (),
            spelled_words=[w for options in spelled.values() for w, _ in options],
            spelled_confidence=min(c[0][1] for c in spelled.values()) if spelled else 0.0,
        ) if tokens else []
    except BaseException:
        embedding.cancel()
        raise
    try:
        vector = await embedding
    except EmbeddingError:
        vector = None  # lexical results still answer
    if vector is not None:
        neighbours = await repo.semantic(
            vector, filters, SEMANTIC_POOL,
            ef_search=max(SEMANTIC_POOL, runtime.settings.search_ef_search))
        cutoff = semantic_cutoff(vector, await semantic_background(runtime),
                                 runtime.settings.search_semantic_margin)
        ranked["semantic"] = [(cid, s) for cid, s in neighbours if s >= cutoff]
    fused = reciprocal_rank_fusion(ranked)
    page = fused[paging.offset:paging.offset + paging.limit]
    rows = await repo.by_ids([cid for cid, _, _ in page])
    fulltext_ids = [cid for cid, _, reasons in page
                    if any(r.method == "fulltext" for r in reasons)]
    highlights = await repo.highlights(q, fulltext_ids) if fulltext_ids else {}
    terms = [*tokens, *(w for options in spelled.values() for w, _ in options)]
    hits = []
    for cid, score, reasons in page:
        row = rows.get(cid)
        if row is None:  # deleted between the two queries
            continue
        hits.append(Hit(row=row, score=score, reasons=reasons,
                        highlights=highlights.get(cid, []),
                        matched_terms=matched_terms(row, terms)))
    suggestions = (suggestions_for(q, spelled) if len(ranked["fulltext"]) < paging.limit
                   else [])
    return SearchResult(hits=hits, total=len(fused), suggestions=suggestions)
