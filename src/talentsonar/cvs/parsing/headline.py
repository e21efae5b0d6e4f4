"""The headline under the name, and the role held now (title and employer)."""

from __future__ import annotations

import re

from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.line_kinds import is_title_like
from talentsonar.cvs.parsing.names import looks_like_name
from talentsonar.cvs.parsing.patterns import LOCATION, ROLE_WORDS
from talentsonar.cvs.parsing.title_and_company import title_and_company
from talentsonar.cvs.schemas import ParsedProfile
from talentsonar.cvs.sections import Line
from talentsonar.skills.taxonomy import Taxonomy


def find_headline(
    b: EvidenceBuilder, header: list[Line], lines: list[Line], name: str | None, taxonomy: Taxonomy
) -> str | None:
    """The title-like line under the name ("Senior Backend Engineer"), or ``None``: never a
    sentence or a piece of one (also the first line of a sentence wrapped onto the next),
    a heading, a contact line or another person-like name. "Working as X with Y" gives
    "X with Y"."""
    following = {line.start: lines[i + 1] for i, line in enumerate(lines[:-1])}
    # the headline follows the name when the name heads the CV (not when a footer gave it)
    seen_name = name is None or not any(name in " ".join(line.text.split()) for line in header)
    for line in header[:6]:
        text = line.text
        if name and name in " ".join(text.split()):
            seen_name = True
            continue
        if not seen_name or LOCATION.match(text):
            continue
        start = line.start
        lead = _HEADLINE_LEAD.match(text)
        if lead:
            text, start = text[lead.end() :].rstrip(" ."), start + lead.end()
        if not is_title_like(text, taxonomy) or looks_like_name(text, taxonomy):
            continue
        after = following.get(line.start)
        if after is not None and _CONTINUES.match(after.text):
            continue  # the first line of a wrapped sentence ("Results-oriented / professional…")
        b.add("headline", start, start + len(text))
        return text
    return None


#: the next line goes on with the sentence: it opens with a lower-case word
_CONTINUES = re.compile(r"^[a-z]+(?:[\s,;]|$)")
#: "Working as Escalation Engineer with Microsoft."
_HEADLINE_LEAD = re.compile(r"^(currently\s+)?(working|worked|employed)\s+as\s+(an?\s+)?", re.I)


def current_role(
    b: EvidenceBuilder, profile: ParsedProfile, taxonomy: Taxonomy
) -> tuple[str | None, str | None]:
    """Title and employer now: the headline when it reads as a role, else the latest job."""
    title: tuple[str, int] | None = None
    company: tuple[str, int] | None = None
    spans = b.evidence.get("headline")
    if profile.headline and spans:
        text, start = profile.headline, spans[0].start
        lead = _HEADLINE_LEAD.match(text)
        if lead:
            text, start = text[lead.end() :], start + lead.end()
        text = text.rstrip(" .-\u2013")
        words = len(text.split())
        if words <= 8 and ROLE_WORDS.search(text):
            parts = re.split(r"\s+with\s+|\s+for\s+|\s+in\s+(?=[A-Z])", text, maxsplit=1)
            candidates = [(parts[0], start)]
            if len(parts) == 2:
                candidates.append((parts[1], start + text.rfind(parts[1])))
            title, company = title_and_company(candidates, taxonomy)
    latest = profile.work_history[0] if profile.work_history else None
    if title is not None:
        b.add("currentTitle", title[1], title[1] + len(title[0]))
    elif latest is not None and latest.title:
        b.evidence["currentTitle"] = list(b.evidence.get("workHistory.0.title", []))
    if company is not None:
        b.add("currentCompany", company[1], company[1] + len(company[0]))
    elif latest is not None and latest.company and (title is None or latest.current):
        b.evidence["currentCompany"] = list(b.evidence.get("workHistory.0.company", []))
    current_title = title[0] if title else (latest.title if latest else None)
    current_company = (
        company[0]
        if company
        else (latest.company if latest and (title is None or latest.current) else None)
    )
    return current_title, current_company
