"""Titles: content words of a title, and how a candidate's titles resemble the job's."""

from __future__ import annotations

from talentsonar.matching.scoring.seniority import SENIORITY_LEVELS, WORD

TITLE_FLOOR = 0.10
TITLE_CEILING = 0.80

_TITLE_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "at",
        "to",
        "with",
        "on",
        "or",
        "by",
        "de",
        "la",
        "i",
        "ii",
        "iii",
        "iv",
        "remote",
        "hybrid",
        "onsite",
        "full",
        "time",
        "part",
        "contract",
        "temporary",
        "permanent",
        "position",
        "role",
        "job",
        "opening",
        "opportunity",
        "w2",
        "c2c",
        "urgent",
        "needed",
        "immediate",
        "hiring",
    ]
) | frozenset(SENIORITY_LEVELS)


def title_tokens(*titles: str | None) -> frozenset[str]:
    """Content words of job titles, lower-cased and crudely singularised."""
    tokens: set[str] = set()
    for title in titles:
        for word in WORD.findall((title or "").lower()):
            word = word.strip(".")
            if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]
            if len(word) < 2 or word in _TITLE_STOPWORDS:
                continue
            tokens.add(word)
    return frozenset(tokens)
