"""A job posting's duties, extracted and ranked (not the posting split into sentences): the
built-in analyst's ``keyResponsibilities``."""

from __future__ import annotations

import re

from talentsonar.ai.knowledge import extract_skills, words

_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦]|\d+[.)])\s*(.+)$", re.M)
#: A sentence ends at ".", "!" or "?" followed by a space or the end ("Node.js" stays whole).
_DUTY_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?]?")


#: Headings under which a posting lists what the job does.
_DUTY_HEADING = re.compile(
    r"^\W*(?:key\s+)?(?:responsibilities|duties|what you(?:'|\u2019)?ll do|what you will do|"
    r"the role|your role|role overview|job description|essential functions|you will)\b",
    re.I,
)
#: Headings of the parts that are not duties (requirements, benefits, the company).
_OTHER_HEADING = re.compile(
    r"^\W*(?:requirements?|qualifications?|skills|what you(?:'|\u2019)?ll (?:need|bring)|"
    r"who you are|about (?:us|the company|you)|benefits|perks|we offer|what we offer|"
    r"nice to have|preferred|education|experience required|compensation|salary|how to apply)\b",
    re.I,
)
_ACTION_VERBS = frozenset(
    [
        "administer",
        "analyse",
        "analyze",
        "architect",
        "assess",
        "assist",
        "automate",
        "build",
        "collaborate",
        "conduct",
        "configure",
        "coordinate",
        "create",
        "define",
        "deliver",
        "deploy",
        "design",
        "develop",
        "diagnose",
        "document",
        "drive",
        "ensure",
        "establish",
        "evaluate",
        "execute",
        "facilitate",
        "guide",
        "handle",
        "help",
        "identify",
        "implement",
        "improve",
        "install",
        "integrate",
        "investigate",
        "lead",
        "maintain",
        "manage",
        "mentor",
        "migrate",
        "monitor",
        "operate",
        "optimise",
        "optimize",
        "own",
        "oversee",
        "partner",
        "perform",
        "plan",
        "prepare",
        "prioritise",
        "prioritize",
        "provide",
        "recommend",
        "report",
        "research",
        "resolve",
        "review",
        "run",
        "schedule",
        "secure",
        "serve",
        "set",
        "ship",
        "support",
        "test",
        "train",
        "troubleshoot",
        "update",
        "write",
    ]
)
_NOT_A_DUTY = re.compile(
    r"\b(?:years? of|degree|bachelor|master|equal opportunity|salary|benefits?|401k|pto|"
    r"apply|we are|we're|our company|about us|must have|required|preferred|nice to have|"
    r"eligible|visa|sponsorship|per hour|compensation|our client|is seeking|is looking for|"
    r"are looking for|are seeking|join (?:our|its|the) team|opportunity|requires?|proficien\w*|"
    r"experience (?:with|in)|knowledge of|understanding of|background in|well[- ]versed|"
    r"a plus|you will have|you have|ability to|familiar\w*)\b|"
    r"\b(?:location|duration|role|position type|job type|rate)\s*:",
    re.I,
)


def _verb(text: str) -> str | None:
    first = re.match(r"[A-Za-z]+", text)
    if first is None:
        return None
    word = first.group(0).lower()
    for candidate in (
        word,
        word[:-1] if word.endswith("s") else word,
        word[:-2] if word.endswith("es") else word,
    ):
        if candidate in _ACTION_VERBS:
            return candidate
    return None


def _clean_duty(text: str) -> str:
    text = " ".join(text.strip(" \t-*•·▪●◦\u2013\u2014").split()).rstrip(";,")
    return text[:200].rstrip() + ("…" if len(text) > 200 else "")


#: Bullets run into one line ("… sprints • Create …", "… sprints - Create …").
_INLINE_BULLET = re.compile(r"\s*[•·▪●◦]\s*|\s+[-\u2013\u2014]\s+(?=[A-Z])")
#: A heading at the start of a run-in piece ("KEY RESPONSIBILITIES - Lead …",
#: "Responsibilities: Design …").
_LEAD_HEADING = re.compile(
    r"^\s*((?:[A-Z][A-Z&/,]*\s*){2,}|[A-Z][A-Za-z' ]{2,40}:)\s*[-\u2013\u2014:]?\s*(?=[A-Z])"
)


#: A heading closing a run-in piece ("… the team. KEY RESPONSIBILITIES - Lead …").
_TRAIL_HEADING = re.compile(r"(?:^|(?<=[.!?:;]\s))((?:[A-Z][A-Z&/,]+\s*){2,})$")


#: Words of a run-in heading ("MAJOR TASKS, RESPONSIBILITIES AND KEY ACCOUNTABILITIES").
_DUTY_WORDS = re.compile(
    r"\b(?:responsibilit|duties|dut(?:y|ies)|accountabilit|tasks|what you)", re.I
)
_OTHER_WORDS = re.compile(
    r"\b(?:requirement|qualification|skills|benefits|about us|about the|who you are|"
    r"education|compensation|perks|nice to have|preferred)",
    re.I,
)


def _is_heading(text: str) -> bool:
    return bool(
        _DUTY_HEADING.search(text)
        or _OTHER_HEADING.search(text)
        or _DUTY_WORDS.search(text)
        or _OTHER_WORDS.search(text)
    )


def _is_duty_heading(text: str) -> bool:
    return bool(_DUTY_HEADING.search(text) or _DUTY_WORDS.search(text))


def _pieces(text: str) -> list[tuple[str, bool, str | None, bool]]:
    """(text, is a bullet, heading it starts under, starts a line) for each line, bullet
    and run-in part. A heading line has empty text; a heading run into a line ("Nice to
    have: GraphQL", "KEY RESPONSIBILITIES - Lead …") holds for the rest of that line."""
    out: list[tuple[str, bool, str | None, bool]] = []
    for raw_line in text.splitlines():
        if not raw_line.strip():
            continue
        starts_bullet = _BULLET.match(raw_line) is not None
        parts = [p for p in _INLINE_BULLET.split(raw_line) if p and p.strip()]
        pending: str | None = None
        for index, whole in enumerate(parts):
            heading, pending, part = pending, None, whole
            trail = _TRAIL_HEADING.search(part.rstrip(" :"))
            if trail and trail.start(1) > 0 and _is_heading(trail.group(1).lower()):
                pending = trail.group(1).strip()
                part = part[: trail.start(1)]
            bare = part.strip(" \t-*•·▪●◦\u2013\u2014:").strip()
            if (
                len(bare.split()) <= 6
                and ":" not in bare
                and (_DUTY_HEADING.match(bare) or _OTHER_HEADING.match(bare))
            ):
                out.append(("", False, bare, True))
                continue
            lead = _LEAD_HEADING.match(part)
            if lead and (
                _is_heading(lead.group(1).lower())
                if lead.group(1).strip(" :").isupper()
                else _DUTY_HEADING.match(lead.group(1)) or _OTHER_HEADING.match(lead.group(1))
            ):
                heading = lead.group(1).strip(" :-")
                part = part[lead.end() :]
            bullet = starts_bullet or index > 0 or len(parts) > 1
            out.append((part, bullet, heading, index == 0))
    return out


def responsibilities(text: str, skills: list[str] | None = None, limit: int = 6) -> list[str]:
    """The job's duties, extracted and ranked (not the posting split into sentences).

    Candidates are bullet items (also bullets run into one line) and sentences; a candidate
    scores for starting with an action verb, for sitting under a duties heading, for naming
    the job's skills and for a readable length, and is dropped when it is about requirements,
    benefits or the company. The best ``limit``, near-duplicates dropped, best first (ties in
    posting order)."""
    wanted = set(skills or [])
    scored: list[tuple[float, int, str]] = []
    block: str | None = None  # the zone of the last heading line
    zone: str | None = None
    position = 0
    for part, bullet, heading, line_start in _pieces(text):
        if line_start:
            zone = block
        if heading is not None:
            zone = "duties" if _is_duty_heading(heading.lower()) else "other"
            if not part.strip():
                block = zone
        if not part.strip():
            continue
        for piece in _DUTY_SENTENCE.findall(part):
            duty = _clean_duty(str(piece))
            n_words = len(duty.split())
            position += 1
            if n_words < 3 or n_words > 45 or _NOT_A_DUTY.search(duty):
                continue
            score = 0.0
            if _verb(duty):
                score += 2.0
            elif re.match(r"(?i)(?:you will|you'll|responsible for)\b", duty):
                score += 1.5
            if zone == "duties":
                score += 2.0
            elif zone == "other":
                score -= 2.0
            if bullet:
                score += 0.5
            named = set(extract_skills(duty)) & wanted if wanted else set()
            score += min(2, len(named)) * 0.75
            if 5 <= n_words <= 25:
                score += 0.5
            if score >= 2.5:
                scored.append((score, position, duty))
    ranked = sorted(scored, key=lambda t: (-t[0], t[1]))
    out: list[str] = []
    seen: list[frozenset[str]] = []
    for _, _, duty in ranked:
        key = frozenset(words(duty))
        if any(len(key & k) >= 0.8 * max(1, min(len(key), len(k))) for k in seen):
            continue
        seen.append(key)
        out.append(duty)
        if len(out) >= limit:
            break
    return out
