"""Spelling correction of search words against the skills and job-title vocabulary.

A query word that is no vocabulary word ("pyhton", "nurce") is compared with every word of
the taxonomy's skill names and aliases (``talentsonar.skills``) and of common job titles
(``TITLE_WORDS``) by optimal-string-alignment distance (insertions, deletions,
substitutions and transpositions of neighbours each count 1): one edit for words of up to
seven letters, two from eight. Trigram similarity cannot do this for short words: "pyhton"
and "python" share 3 of 11 trigrams (0.27), "nurce" and "nurse" 3 of 9.

Ordinary English words are never corrected: "look" is no skill word and one edit from
"book" and "cook", but it is a whole word of the builtin model's WordPiece vocabulary
(``talentsonar/embeddings/data/tokenizer.json``, 30k entries of English text), where typos
such as "pyhton", "nurce" or "managment" are not.

Candidates are found through a deletion index (every vocabulary word with one letter
deleted, as in SymSpell; the query word with up to its number of edits deleted), so a
lookup compares a handful of words, not thousands. (Two substitutions in one long word
are not found: that would need every vocabulary word with two deletions, five times the
index and its build time, for a rare typo.)
Whether a correction is used at all is the search's decision: only for words that occur in
no candidate of the organisation (``CandidateSearchRepository.words_present``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from talentsonar.skills.canonical import taxonomy

#: Shorter words are left alone: one edit turns most 3-letter words into other words.
MIN_WORD_LENGTH = 4
#: From this length a word may be two edits away from its intended term.
TWO_EDITS_FROM = 8
MAX_CORRECTIONS = 3
_WORD = re.compile(r"[a-z]+")

#: Words of common job titles that the skills taxonomy does not name, so a misspelt title
#: ("recepcionist", "pharmacsit") still finds its word. Lower-case, ordinary English.
TITLE_WORDS = frozenset("""
accountant actuary adjuster administrator advisor advocate agent analyst anesthesiologist
apprentice architect archivist artist assistant associate attendant attorney auditor baker
barista bartender biologist bookkeeper buyer carpenter caregiver cashier chef chemist
cleaner clerk clinician coach commissioner consultant controller cook coordinator copywriter
counselor counsellor courier curator custodian dentist deputy designer detective developer
dietitian director dispatcher doctor driver economist editor educator electrician engineer
entrepreneur estimator executive facilitator farmer firefighter founder gardener geologist
graduate guard hairdresser head helper historian hygienist illustrator inspector installer
instructor intern investigator janitor journalist judge laborer labourer lawyer lead
lecturer librarian lifeguard machinist manager marketer mechanic mediator midwife nanny
navigator negotiator nurse nutritionist officer operator optometrist painter paralegal
paramedic partner pathologist pharmacist photographer physician physicist physiotherapist
pilot planner plumber police porter practitioner president principal producer professor
programmer psychologist publicist radiographer radiologist realtor receptionist recruiter
registrar representative researcher roofer salesman salesperson scientist secretary senior
server sheriff social specialist statistician steward stewardess strategist superintendent
supervisor surgeon surveyor teacher technician technologist teller therapist trainer
translator treasurer tutor underwriter veterinarian waiter waitress warehouse welder worker
writer
""".split())  # noqa: SIM905


#: The builtin model's tokenizer (Apache-2.0, see its NOTICE): its vocabulary's whole words.
WORDPIECE_VOCABULARY = Path(__file__).parents[1] / "embeddings" / "data" / "tokenizer.json"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole words (not "##" continuations) of the WordPiece vocabulary, of letters only."""
    try:
        vocab = json.loads(WORDPIECE_VOCABULARY.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and w.isascii())


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word (letters only, at least 3) of the skill names, aliases and job titles."""
    words: set[str] = set(TITLE_WORDS)
    tax = taxonomy()
    if tax is not None:
        for skill in tax.skills.values():
            for surface in (skill.name, *skill.aliases):
                words.update(w for w in words_of(surface) if len(w) >= 3)
    return frozenset(words)


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` letters deleted (``word`` itself included)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


@lru_cache(maxsize=1)
def _deletion_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in vocabulary():
        for variant in _deletions(word, 1):
            index.setdefault(variant, []).append(word)
    return {k: tuple(v) for k, v in index.items()}


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without reused substrings)."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def max_edits(word: str) -> int:
    return 2 if len(word) >= TWO_EDITS_FROM else 1


def is_correctable(word: str) -> bool:
    """A word of letters, long enough, that is no vocabulary word nor English word."""
    return (
        len(word) >= MIN_WORD_LENGTH
        and word.isalpha()
        and word.isascii()
        and word not in vocabulary()
        and word not in english_words()
    )


@lru_cache(maxsize=8192)
def corrections(word: str) -> tuple[tuple[str, float], ...]:
    """The vocabulary words ``word`` is most likely a misspelling of, with a confidence
    (``1 - edits / len(word)``): those at the smallest distance, words that keep the first
    letter first. Empty for vocabulary words and for words with no close term."""
    word = word.lower()
    if not is_correctable(word):
        return ()
    limit = max_edits(word)
    index = _deletion_index()
    candidates: set[str] = set()
    for variant in _deletions(word, limit):
        candidates.update(index.get(variant, ()))
    scored = []
    for candidate in candidates:
        if abs(len(candidate) - len(word)) > limit:
            continue
        distance = edit_distance(word, candidate)
        if 0 < distance <= limit:
            scored.append((distance, candidate[0] != word[0], candidate))
    if not scored:
        return ()
    best = min(d for d, _, _ in scored)
    chosen = sorted(s for s in scored if s[0] == best)[:MAX_CORRECTIONS]
    return tuple((c, round(1.0 - d / len(word), 3)) for d, _, c in chosen)


def correct_words(words: Iterable[str]) -> dict[str, tuple[tuple[str, float], ...]]:
    """``{word: corrections}`` for the words that have any."""
    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for word in words:
        found = corrections(word)
        if found:
            out[word] = found
    return out
