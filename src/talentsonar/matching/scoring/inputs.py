"""What the scorer reads: a job, a candidate, and a pool of candidates as arrays."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class JobInput:
    """What the scorer needs to know about a job (skills already canonical)."""

    title: str
    required: tuple[str, ...]
    nice: tuple[str, ...] = ()
    title_tokens: frozenset[str] = frozenset()
    embedding: FloatArray | None = None
    min_years: float | None = None
    seniority: int | None = None
    education: int | None = None
    location_tokens: frozenset[str] = frozenset()
    remote: bool | None = None
    title_embedding: FloatArray | None = None
    #: the required skills were inferred from the job's prose, not listed by a person
    skills_inferred: bool = False
    #: the nice-to-have skills were inferred from the job's prose
    nice_inferred: bool = False


@dataclass(frozen=True, slots=True)
class CandidateInput:
    """What the scorer needs to know about a candidate (skills canonical; ``implied`` are
    skills implied by them, e.g. JavaScript for React)."""

    id: str
    skills: frozenset[str]
    implied: frozenset[str] = frozenset()
    title_tokens: frozenset[str] = frozenset()
    embedding: FloatArray | None = None
    years: float | None = None
    #: a level of ``SENIORITY_LEVELS``, fractional when years and title disagree
    seniority: float | None = None
    education: int | None = None
    location_tokens: frozenset[str] = frozenset()
    title_embedding: FloatArray | None = None
    #: skills an assessment, code, GitHub or a recruiter verified
    verified: frozenset[str] = frozenset()
    #: skills an assessment or code exercise found lacking (and nothing verifies)
    failed: frozenset[str] = frozenset()
    #: ``(skill, source)``: what verified or failed each such skill ("code", "assessment"…)
    checked_by: tuple[tuple[str, str], ...] = ()


def normalised_rows(matrix: FloatArray) -> FloatArray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: FloatArray = matrix / norms
    return normalised


class SetColumn:
    """Many small string sets as a flat id array + row index (a sparse boolean matrix)."""

    def __init__(self, sets: Sequence[Iterable[str]], vocab: dict[str, int]) -> None:
        ids: list[int] = []
        rows: list[int] = []
        for row, items in enumerate(sets):
            for item in items:
                ids.append(vocab.setdefault(item, len(vocab)))
                rows.append(row)
        self.ids = np.asarray(ids, dtype=np.int64)
        self.rows = np.asarray(rows, dtype=np.int64)

    def membership(self, wanted: Sequence[str], vocab: dict[str, int], n_rows: int) -> BoolArray:
        """``(n_rows, len(wanted))``: does row i contain wanted[j]?"""
        hits = np.zeros((n_rows, len(wanted)), dtype=bool)
        if not wanted or self.ids.size == 0:
            return hits
        column_of = np.full(len(vocab) + 1, -1, dtype=np.int64)
        for j, item in enumerate(wanted):
            if item in vocab:
                column_of[vocab[item]] = j
        columns = column_of[self.ids]
        present = columns >= 0
        hits[self.rows[present], columns[present]] = True
        return hits


@dataclass
class CandidatePool:
    """A pool of candidates as arrays, so a job is scored against all of them at once."""

    ids: list[str]
    inputs: list[CandidateInput]
    embeddings: FloatArray
    has_embedding: BoolArray
    years: FloatArray
    seniority: FloatArray
    education: FloatArray
    title_embeddings: FloatArray
    has_title_embedding: BoolArray
    vocab: dict[str, int] = field(default_factory=dict)
    skills: SetColumn | None = None
    implied: SetColumn | None = None
    titles: SetColumn | None = None
    locations: SetColumn | None = None
    verified: SetColumn | None = None
    failed: SetColumn | None = None

    @classmethod
    def build(cls, candidates: Sequence[CandidateInput], dimensions: int = 384) -> CandidatePool:
        n = len(candidates)
        embeddings = np.zeros((n, dimensions), dtype=np.float64)
        has_embedding = np.zeros(n, dtype=bool)
        for i, c in enumerate(candidates):
            if c.embedding is not None and len(c.embedding) == dimensions:
                embeddings[i] = c.embedding
                has_embedding[i] = True
        titles = np.zeros((n, dimensions), dtype=np.float64)
        has_title = np.zeros(n, dtype=bool)
        for i, c in enumerate(candidates):
            if c.title_embedding is not None and len(c.title_embedding) == dimensions:
                titles[i] = c.title_embedding
                has_title[i] = True
        nan = float("nan")
        vocab: dict[str, int] = {}
        return cls(
            ids=[c.id for c in candidates],
            inputs=list(candidates),
            embeddings=normalised_rows(embeddings),
            has_embedding=has_embedding,
            years=np.array([nan if c.years is None else c.years for c in candidates], dtype=float),
            seniority=np.array(
                [nan if c.seniority is None else c.seniority for c in candidates], dtype=float
            ),
            education=np.array(
                [nan if c.education is None else c.education for c in candidates], dtype=float
            ),
            title_embeddings=normalised_rows(titles),
            has_title_embedding=has_title,
            vocab=vocab,
            skills=SetColumn([c.skills for c in candidates], vocab),
            implied=SetColumn([c.implied - c.skills for c in candidates], vocab),
            titles=SetColumn([{f"t:{t}" for t in c.title_tokens} for c in candidates], vocab),
            locations=SetColumn([{f"l:{t}" for t in c.location_tokens} for c in candidates], vocab),
            verified=SetColumn([c.verified for c in candidates], vocab),
            failed=SetColumn([c.failed for c in candidates], vocab),
        )

    def __len__(self) -> int:
        return len(self.ids)


def unit(vector: FloatArray | None, dimensions: int) -> FloatArray | None:
    """``vector`` scaled to length 1 (``None`` when absent, of another size, or zero)."""
    if vector is None or len(vector) != dimensions:
        return None
    array = np.asarray(vector, dtype=np.float64)
    norm = float(np.linalg.norm(array))
    return array / norm if norm > 0 else None
