"""A job's requirements inferred from its title and description, each with its evidence.

``infer_requirements`` reads a posting the way a recruiter would and returns the required
and nice-to-have skills, the seniority and the minimum years of experience it asks for.
Every value carries the sentence that supports it (its offsets in the description, or in
the title) and the words that say it, so the job can show *why* it holds a requirement.

- **Skills** come from the same extraction as a CV's (``Taxonomy.extract``, the rules of
  ``talentsonar.skills.context``), read as running prose (``ambiguous=False``): a name
  that is also an ordinary word ("History", "Excel", "Express") counts only inside a tool
  phrase ("using Excel"), and a weak name (one letter, an acronym) only in a list of
  skills or a tool phrase. A place ("in Cypress, CA"), a mixed-case short acronym ("Ad
  Code"), the employer's blurb ("How you'll grow", "Benefits:") and client lists ("our
  clients include VMware") name no requirement. A skill is
  *nice to have* when its sentence says so ("… is a plus", "preferred", "NOT essential")
  or when it stands under a "Preferred / Nice to have / Bonus" heading; otherwise
  required.
- **Seniority** is the seniority word of the title ("Sr Windows Systems Administrator"),
  or else of a sentence that names the role with one ("a senior backend engineer").
- **Minimum years**: the largest "N+ years of experience" (or "at least N years …",
  "N-M years …": N) that a sentence outside the nice-to-have parts asks for.

Pure: no I/O; ``apply_requirements`` in ``talentsonar.jobs.service`` stores the result on
the job, leaving alone every field a person edited.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from talentsonar.matching.scoring.seniority import SENIORITY_LEVELS
from talentsonar.matching.scoring.titles import title_tokens
from talentsonar.skills.taxonomy import Taxonomy, get_taxonomy

#: Bump when the inference changes: jobs whose inferred fields an older version made are
#: inferred again by the maintenance refresh.
REQUIREMENTS_VERSION = 1
#: The four requirement fields, as stored on the job (snake_case, the ORM's names).
RequirementField = Literal[
    "required_skills", "nice_to_have_skills", "seniority", "min_years_experience"
]
REQUIREMENT_FIELDS: tuple[RequirementField, ...] = (
    "required_skills",
    "nice_to_have_skills",
    "seniority",
    "min_years_experience",
)
REQUIRED_SKILLS_LIMIT = 15
NICE_SKILLS_LIMIT = 10
#: How far (characters) from a mention "preferred", "a plus" … still speak of it.
NICE_REACH = 80
#: Longest evidence sentence kept (longer ones are cut around the words that matter).
EVIDENCE_CHARS = 300
#: "years" above this are not a minimum of experience ("over 75 years ago").
MAX_YEARS = 30

#: Seniority words of titles, with the word the job stores. Function words that are also
#: titles of their own ("Account Executive", "Staff Accountant") say nothing of seniority.
_SENIORITY_WORDS = {
    word: {"sr": "senior", "jr": "junior"}.get(word, word)
    for word in SENIORITY_LEVELS
    if word not in {"executive", "staff", "experienced", "chief", "vp"}
}
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#]*")

_NICE_IN_SENTENCE = re.compile(
    r"\b(?:nice[\s-]to[\s-]haves?|good[\s-]to[\s-]have|preferred|preferably|a\s+plus|"
    r"an?\s+(?:big\s+|huge\s+)?(?:plus|bonus|advantage)|bonus\s+points?|desir(?:ed|able)|"
    r"ideally|optional|not\s+(?:essential|required|mandatory)|would\s+be\s+(?:great|nice|"
    r"helpful|beneficial)|is\s+helpful|are\s+helpful|advantageous|beneficial)\b",
    re.I,
)
#: Headings that open a part of the posting: nice-to-have parts and required parts.
#: A heading starts at a word, or glued to the word before it ("proceduresDesired …:").
_HEADING_START = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
_NICE_HEADING = re.compile(
    _HEADING_START
    + r"(?:preferred|desired|desirable|nice[\s-]to[\s-]have|bonus|additional|optional|"
    r"pluses|good[\s-]to[\s-]have)(?:\s+(?:qualifications?|skills?|requirements?|"
    r"experience|knowledge))?\s*:",
    re.I,
)
_REQUIRED_HEADING = re.compile(
    _HEADING_START + r"(?:(?:minimum|basic|required|mandatory|must[\s-]have|key|essential|core)\s+"
    r"(?:qualifications?|skills?|requirements?|experience)|requirements?|qualifications?|"
    r"responsibilities|skills|what\s+you(?:'ll|\s+will)?\s+(?:need|bring|do)|about\s+you|"
    r"duties|must[\s-]haves?)\s*:",
    re.I,
)
#: Headings of parts about the employer (not requirements), and client lists.
_ABOUT_HEADING = re.compile(
    r"\b(?:about\s+(?:us|the\s+(?:company|team|client|role\s+and\s+company))|who\s+we\s+are|"
    r"company\s+(?:overview|description)|our\s+benefits|benefits(?:\s+include)?|perks|"
    r"what\s+we\s+offer|we\s+offer|how\s+you[\u2019']ll\s+grow|recruiter\s+tips|"
    r"equal\s+(?:employment\s+)?opportunity|eeo)\s*:"
    r"|\bhow\s+you[\u2019']ll\s+grow\b|\brecruiter\s+tips\b",
    re.I,
)
_CLIENTS = re.compile(
    r"\b(?:clients?|customers?|partners?)\s+(?:include|including|such\s+as|like)\b", re.I
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
}
_NUMBER = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    r"(?:\b(?:minimum|min\.?|at\s+least|over|more\s+than)\s+(?:of\s+)?)?\b"
    + _NUMBER
    + r"(?:\s*\+|\s+plus)?(?:\s*(?:-|\u2013|to)\s*\d{1,2})?\s*\+?\s*(?:\(\d{1,2}\)\s*)?"
    r"(?:years?|yrs?)\b(?!\s+(?:old|ago|of\s+age))",
    re.I,
)
_EXPERIENCE_NEAR = re.compile(r"\bexp(?:erience[ds]?)?\b|\bexp\.", re.I)
#: Sentence ends: a full stop, "!" or "?" before a capital or digit, line breaks, bullets.
_SENTENCE_END = re.compile(
    # "… the APIs. You will" but not "a Sr. Developer", "e.g. Java"
    r"(?<=[.!?])(?<!\bSr\.)(?<!\bJr\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)"
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bInc\.)(?<!\bNo\.)\s+(?=[A-Z0-9\"'(\u201c])"
    r"|\n+|\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u27a2]\s*"  # lines, bullets
    r"|\s{3,}|(?<=[a-z])\.{3,}\s*"  # wide gaps, "openings..."
    r"|\s+-(?=[A-Z0-9])"  # " -6 years of …" list items
    r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z])"  # glued: "a plus.Knowledge of"
)
#: "Cypress, CA", "Irving, TX": a place, not a skill.
# fmt: off
_US_STATES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
)
# fmt: on
_PLACE_AFTER = re.compile(r",\s*(?:" + "|".join(_US_STATES) + r")\b(?![a-z])")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to)\s+(?:[A-Z][a-z]+\s+)?$")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a job holds one requirement: the sentence that says it and the words in it.

    ``start``/``end`` are offsets of the sentence in the description (``source`` is
    "description") or in the title (``source`` "title"); ``quote`` is the part of it that
    names the requirement."""

    value: str
    text: str
    start: int
    end: int
    quote: str
    source: Literal["description", "title"] = "description"

    def as_dict(self) -> dict[str, object]:
        return {
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "source": self.source,
        }


@dataclass(slots=True)
class InferredRequirements:
    required_skills: list[Evidence] = field(default_factory=list)
    nice_to_have_skills: list[Evidence] = field(default_factory=list)
    seniority: Evidence | None = None
    min_years_experience: Evidence | None = None

    def value(self, name: RequirementField) -> list[str] | str | float | None:
        if name == "required_skills":
            return [e.value for e in self.required_skills]
        if name == "nice_to_have_skills":
            return [e.value for e in self.nice_to_have_skills]
        found = self.seniority if name == "seniority" else self.min_years_experience
        if found is None:
            return None
        return found.value if name == "seniority" else float(found.value)

    def evidence(self, name: RequirementField) -> list[Evidence]:
        found = getattr(self, name)
        if isinstance(found, list):
            return found
        return [] if found is None else [found]


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    nice: bool


def sentences(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences (and bullet items, lines) of ``text``."""
    out: list[tuple[int, int]] = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        out.append((position, match.start()))
        position = match.end()
    out.append((position, len(text)))
    trimmed = []
    for start, end in out:
        while start < end and text[start] in " \t-*":
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def _parts(text: str) -> list[tuple[int, bool]]:
    """Where nice-to-have / required parts start: ``(offset, is_nice)``, in order. A
    required heading inside a nice one ("Nice to have skills:") is part of it."""
    nice = [m.span() for m in _NICE_HEADING.finditer(text)]
    nice_starts = [start for start, _ in nice]
    marks = [(start, True) for start in nice_starts]
    for match in _REQUIRED_HEADING.finditer(text):
        i = bisect_right(nice_starts, match.start()) - 1
        if i < 0 or match.start() >= nice[i][1]:
            marks.append((match.start(), False))
    return sorted(marks)


def _ignored(text: str) -> list[tuple[int, int]]:
    """Parts about the employer, its benefits or its clients: no requirement lies there
    (from such a heading to the next requirements heading), sorted."""
    heads = sorted(
        [m.start() for m in _REQUIRED_HEADING.finditer(text)]
        + [m.start() for m in _NICE_HEADING.finditer(text)]
    )
    spans = []
    for match in _ABOUT_HEADING.finditer(text):
        i = bisect_right(heads, match.end())
        spans.append((match.start(), heads[i] if i < len(heads) else len(text)))
    return spans


class _Posting:
    """A description read once: its sentences (each marked nice to have when it stands in
    a part a nice-to-have heading opened, or says so itself), headings and ignored parts,
    with offset look-ups in logarithmic time."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _parts(text)
        self.part_offsets = [offset for offset, _ in parts]
        self.part_nice = [nice for _, nice in parts]
        self.sentences: list[_Sentence] = []
        for start, end in sentences(text):
            nice = self.nice_part_at(start) or bool(_NICE_IN_SENTENCE.search(text, start, end))
            self.sentences.append(_Sentence(start, end, nice))
        self.sentence_starts = [s.start for s in self.sentences]
        self.ignored = _ignored(text)
        self.ignored_starts = [start for start, _ in self.ignored]

    def nice_part_at(self, offset: int) -> bool:
        """Did the nearest heading at or before ``offset`` open a nice-to-have part?"""
        i = bisect_right(self.part_offsets, offset) - 1
        return i >= 0 and self.part_nice[i]

    def sentence_at(self, offset: int) -> _Sentence | None:
        i = bisect_right(self.sentence_starts, offset) - 1
        if i < 0 or offset >= self.sentences[i].end:
            return None
        return self.sentences[i]

    def is_ignored(self, offset: int) -> bool:
        i = bisect_right(self.ignored_starts, offset) - 1
        return i >= 0 and offset < self.ignored[i][1]

    def heading_between(self, start: int, end: int) -> bool:
        """Is there a heading at an offset in ``(start, end]``?"""
        i = bisect_right(self.part_offsets, start)
        return i < len(self.part_offsets) and self.part_offsets[i] <= end


def _nice_at(posting: _Posting, sentence: _Sentence, start: int, end: int) -> bool:
    """Is the mention at ``start`` nice to have? The nearest heading before it opened a
    nice-to-have part, or a "(NOT essential)" follows it, or its sentence says so (unless a
    required heading inside the sentence stands nearer: "Required: Java. Preferred: Go")."""
    if posting.nice_part_at(start):
        return True
    text = posting.text
    near = text[end : min(sentence.end, end + 30)]
    if re.match(
        r"\s*\((?:[^)]*\b(?:not\s+essential|optional|preferred|a\s+plus|nice)\b)", near, re.I
    ):
        return True
    if posting.heading_between(sentence.start, start):
        return False
    # the sentence says so near the mention (a long run-on "sentence" of a posting without
    # punctuation holds many requirements: "… degree preferred 1+ year … communication")
    lo = max(sentence.start, start - NICE_REACH)
    hi = min(sentence.end, end + NICE_REACH)
    return bool(_NICE_IN_SENTENCE.search(text, lo, hi))


def _excerpt(text: str, start: int, end: int, focus: tuple[int, int]) -> tuple[str, int, int]:
    """The sentence, or a window of whole words of at most :data:`EVIDENCE_CHARS` around
    ``focus``, with its offsets."""
    if end - start <= EVIDENCE_CHARS:
        return text[start:end], start, end
    middle = (focus[0] + focus[1]) // 2
    lo = max(start, middle - EVIDENCE_CHARS // 2)
    hi = min(end, lo + EVIDENCE_CHARS)
    lo = max(start, hi - EVIDENCE_CHARS)
    if lo > start:
        space = text.find(" ", lo, focus[0])
        lo = space + 1 if space >= 0 else lo
    if hi < end:
        space = text.rfind(" ", focus[1], hi)
        hi = space if space >= 0 else hi
    return text[lo:hi], lo, hi


def _evidence(text: str, sentence: _Sentence, value: str, start: int, end: int) -> Evidence:
    end = min(end, sentence.end)
    excerpt, lo, hi = _excerpt(text, sentence.start, sentence.end, (start, end))
    return Evidence(value=value, text=excerpt, start=lo, end=hi, quote=text[start:end])


def _plausible(text: str, name: str, start: int, end: int) -> bool:
    """Posting context the CV rules do not cover: a place ("in Cypress, CA") is not a skill,
    and a short acronym written in mixed case ("Lexington Ad Code") is an ordinary word."""
    if _PLACE_AFTER.match(text, end) and _PLACE_BEFORE.search(text[max(0, start - 20) : start]):
        return False
    surface = text[start:end]
    return not (
        surface.isalpha() and len(surface) <= 3 and not surface.isupper() and surface != name
    )


def _skills(posting: _Posting, found: InferredRequirements, taxonomy: Taxonomy) -> None:
    text = posting.text
    required: dict[str, Evidence] = {}
    nice: dict[str, Evidence] = {}
    # every mention, not only each skill's first: the first may be in the employer's blurb
    for mention in taxonomy.extract(text, ambiguous=False):
        name, start, end = mention.skill.name, mention.start, mention.end
        if name in required or not _plausible(text, name, start, end):
            continue
        if posting.is_ignored(start):
            continue
        sentence = posting.sentence_at(start)
        if sentence is None or _CLIENTS.search(text, sentence.start, start):
            continue
        evidence = _evidence(text, sentence, name, start, end)
        target = nice if _nice_at(posting, sentence, start, end) else required
        target.setdefault(name, evidence)
    found.required_skills = list(required.values())[:REQUIRED_SKILLS_LIMIT]
    kept = {e.value for e in found.required_skills}
    found.nice_to_have_skills = [e for e in nice.values() if e.value not in kept][
        :NICE_SKILLS_LIMIT
    ]


def _title_seniority(title: str) -> Evidence | None:
    for match in _TITLE_WORD.finditer(title):
        word = match.group(0).lower().rstrip(".")
        if word in _SENIORITY_WORDS:
            return Evidence(
                value=_SENIORITY_WORDS[word],
                text=title,
                start=0,
                end=len(title),
                quote=match.group(0),
                source="title",
            )
    return None


_PROSE_SENIORITY = re.compile(
    r"\b(senior|sr\.?|junior|jr\.?|entry[ \t-]level|mid[ \t-]level|principal|lead)[ \t]+"
    r"((?:[A-Za-z][\w+#/-]*[ \t]+){0,2}[A-Za-z][\w+#/-]*)",
    re.I,
)


def _prose_seniority(posting: _Posting, title: str) -> Evidence | None:
    """ "a senior backend engineer" where the words after "senior" name the job's role, or
    "an entry-level position"."""
    text = posting.text
    role = title_tokens(title)
    for match in _PROSE_SENIORITY.finditer(text):
        word = re.sub(r"[\s.-]+", " ", match.group(1).lower()).strip()
        names_role = bool(title_tokens(match.group(2)) & role)
        names_level = word in {"entry level", "mid level"} and bool(
            re.match(r"(?:position|role|candidate|opening|job)\b", match.group(2), re.I)
        )
        if not (names_role or names_level):
            continue
        sentence = posting.sentence_at(match.start())
        if sentence is None:
            continue
        value = {"sr": "senior", "jr": "junior", "entry level": "entry", "mid level": "mid"}.get(
            word, word
        )
        return _evidence(text, sentence, value, match.start(), match.end())
    return None


def _min_years(posting: _Posting) -> Evidence | None:
    text = posting.text
    best: Evidence | None = None
    best_years = -1
    for sentence in posting.sentences:
        if sentence.nice:
            continue
        chunk = text[sentence.start : sentence.end]
        for match in _YEARS.finditer(chunk):
            raw = match.group(1).lower()
            years = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
            if years > MAX_YEARS:
                continue
            around = chunk[max(0, match.start() - 40) : match.end() + 60]
            if not _EXPERIENCE_NEAR.search(around):
                continue
            if years > best_years:
                best_years = years
                start, end = sentence.start + match.start(), sentence.start + match.end()
                best = _evidence(text, sentence, str(years), start, end)
    return best


def infer_requirements(
    title: str | None, description: str | None, *, taxonomy: Taxonomy | None = None
) -> InferredRequirements:
    """What the posting asks for, each value with its evidence (see the module docstring)."""
    taxonomy = taxonomy or get_taxonomy()
    title = title or ""
    text = description or ""
    found = InferredRequirements()
    posting = _Posting(text)
    _skills(posting, found, taxonomy)
    found.seniority = _title_seniority(title) or _prose_seniority(posting, title)
    found.min_years_experience = _min_years(posting)
    return found
