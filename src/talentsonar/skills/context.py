"""When a weak skill name counts: the context rules behind ``Taxonomy.extract``.

A name is *weak* when the text alone does not defend it: a one-letter name ("R", "C"), an
acronym or a short lower-case token ("SLA", "CA", "sql", "go"), or a name the data marks as
an ordinary word (``~``: "Express", "History", "Excel"). A weak mention counts only with
supporting context, and the mention records which:

- ``section``: it stands in a skills section the caller names (a CV's "Skills"); an
  ordinary word or a single letter also stands there as an item of a list, beside a
  related skill that is not an ordinary word in the same section ("Python, Java, Go" but
  not the accountant's "Peachtree, coding, Express, scheme"), unless the word is the
  skill's own name and not a programming language ("Drawing", "Budgeting");
- ``list``: it is an item of a list (commas, slashes, bullets, "and") of skills; for an
  ordinary word or a single letter another item of that list must be *related* (same
  category, or one implies the other, or they share a parent) and not an ordinary word
  itself, so "Python, PostgreSQL, Kubernetes, Go" is Go but "purchasing, Express,
  QuickBooks" is not Express.js;
- ``tool``: a tool phrase frames it ("models in R", "using Go", "R programming",
  "configured DNS"); an
  ordinary word must then be capitalised ("using Excel", not "worked on writing");

A related skill named elsewhere in the same text is *not* support: measured on the
annotated resumes, acronyms kept that way were right less than half the time.

Distinctive names (multi-word, or with symbols: "C++", "Node.js", "PostgreSQL") need none:
their support is ``name``. Nothing counts inside a URL or an e-mail address, and a single
capital letter followed by a full stop is an initial ("R. Geneve"), never a skill.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

Kind = Literal["name", "letter", "acronym", "word"]
Support = Literal["name", "section", "list", "tool"]

LIST_DELIMITERS = ",;|•·▪●◦○■□➢►‣\u2013\u2014/():\n\t*&+"
#: What may stand between two items of a list: delimiters, blanks, "and", "or", and a
#: "(3 years)" note.
_BETWEEN_ITEMS = re.compile(
    r"^(?:[\s,;|•·▪●◦○■□➢►‣\u2013\u2014/():*&+\-]|\band\b|\bor\b"
    r"|(?:less\s+than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\b)*$",
    re.I,
)
#: Links and addresses: a name inside them is part of an identifier, not a skill.
_OPAQUE = re.compile(
    r"(?i:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|io|in|co|edu|gov)\b(?:/\S*)?"
    r"|[\w.%+-]+@[\w.-]+\.\w+",
)
_TOOL_BEFORE = re.compile(
    r"(?:\busing|\buse\s+of|\bprogramming\s+(?:in|with)|\b(?:coded|written|developed|built|"
    r"implemented|scripted|scripting|coding|programmed|automated)\s+(?:in|with)|\bexperience\s+"
    r"(?:in|with)|\bproficien(?:t|cy)\s+(?:in|with)|\bknowledge\s+of|\bskilled\s+in|"
    r"\bexpertise\s+(?:in|with)|\bexpert\s+in|\bfamiliar(?:ity)?\s+with|\bworked\s+(?:with|on)|"
    r"\bhands[\s-]on\s+(?:with|in)|\bspeak(?:s|ing)?|\bfluen(?:t|cy)\s+in|\b(?:models?|scripts?|code|analysis|analyses|programs?|"
    r"applications?|services?|tools?|pipelines?)\s+in|\b(?:built|developed|designed|wrote|"
    r"created|implemented|maintained|deployed|configured|managed|administered|administering|"
    r"configuring|automated|tuned|migrated|secured|tested)(?:\s+(?:the|our|new))?)\s*$",
    re.I,
)
_TOOL_AFTER = re.compile(
    r"^\s*(?:programming|language|code|coding|scripts?|scripting|packages?|librar(?:y|ies)|"
    r"developer|development|queries|query|shiny|studio)\b",
    re.I,
)
_INITIAL = re.compile(r"^\.[ \t]+[A-Z][a-z]")
#: A capitalised name that ends in a company word: "Tata Consultancy Services", "Kay
#: Jewelry Stores", "Cisco Systems". A skill name inside it is part of an employer's name.
_ORGANISATION_TAIL = re.compile(
    r"^(?:[ \t]+[A-Z][\w&.'-]*){0,3}[ \t]+(?:Services|Ltd|Limited|Inc|LLC|LLP|Pvt|Private|"
    r"Corp|Corporation|Company|Co|Group|Technologies|Solutions|Stores?|Bank|Consultancy|"
    r"Consultants|Systems|Labs|Industries|Enterprises|Associates|Partners|Holdings|GmbH)\b"
)


#: "Board of Secondary Education", "Institute of Information Technology": a skill name after
#: an institution's head word (and up to three capitalised words) is part of its name.
_INSTITUTION_HEAD = re.compile(
    r"\b(?:Board|Council|University|Institute|College|School|Department|Faculty|Academy|"
    r"Ministry|Society|Association|Centre|Center)\s+(?:of|for)\s+(?:the\s+)?"
)
_INSTITUTION_WORDS = re.compile(r"(?:[A-Z][\w&.'-]*[ \t]+){0,3}")
#: "Bachelors degree in Mechanical Engineering", "BE in Electronics", "Masters in
#: Biotechnology", "Diploma in Electronics & Telecommunication": the subject of a degree is
#: education, not a skill the CV evidences.
_DEGREE_HEAD = re.compile(
    r"(?:\b(?i:bachelor|master|doctor)(?i:'?s)?(?:\s+(?i:degree))?"
    r"(?:\s+(?i:of)\s+(?i:science|arts|engineering|technology|commerce|education))?"
    r"|\b(?i:diploma|degree|major|majored|majoring|specialization|specialisation|pass|passed)"
    r"|\b(?:BE|B\.E\.?|BTech|B\.Tech\.?|MTech|M\.Tech\.?|BSc|B\.Sc\.?|MSc|M\.Sc\.?|BS|MS|"
    r"BA|MA|MBA|BBA|BCA|MCA|BCom|MCom|PhD|Ph\.D\.?))"
    r"\s+(?i:in|of)\s+(?:the\s+)?"
)
_SUBJECT_WORDS = re.compile(r"(?:[A-Z][\w&.'-]*[ \t]+(?:(?i:and)[ \t]+|&[ \t]+)?){0,4}")
#: A zone after a head ("Bachelor of Science in "), with the pattern of the words that may
#: stand between the head and a skill name that is still part of it.
Zone = tuple[int, int, re.Pattern[str]]


def mention_kind(surface: str, alias_key: str, canonical: str, ambiguous: bool) -> Kind:
    """How much the written name alone says (see the module docstring)."""
    if " " in alias_key:
        return "word" if ambiguous else "name"
    letters = alias_key
    if len(letters) == 1:
        return "letter"
    if ambiguous:
        return "word"
    if letters.isalpha() and len(letters) <= 5:
        # "Java", "Ruby", "Scala": the canonical name itself, written as a word, not an
        # abbreviation; "SQL", "AWS", "sla", "ca" are abbreviations.
        is_word_name = letters == canonical.lower() and not canonical.isupper()
        if not is_word_name or (len(letters) <= 3 and not surface.isupper() and surface.islower()):
            return "acronym"
    return "name"


def opaque_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _OPAQUE.finditer(text)]


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def is_initial(text: str, start: int, end: int) -> bool:
    """"R. Geneve" in "Fulcher, R. Geneve": a capital, a full stop and a name on the same
    line, after a comma, a full stop or the start of the line."""
    if end - start != 1 or not text[start].isupper() or not _INITIAL.match(text[end:end + 4]):
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ",.\n"


def in_organisation_name(text: str, start: int, end: int) -> bool:
    return text[start:start + 1].isupper() and bool(_ORGANISATION_TAIL.match(text[end:end + 80]))


def name_zones(text: str) -> list[Zone]:
    """Where a skill name would be part of an institution's name or a degree's subject
    (found once per text; see ``in_name_zone``)."""
    zones: list[Zone] = []
    for head, words in ((_INSTITUTION_HEAD, _INSTITUTION_WORDS), (_DEGREE_HEAD, _SUBJECT_WORDS)):
        for match in head.finditer(text):
            after = words.match(text, match.end())
            zones.append((match.end(), after.end() if after else match.end(), words))
    return zones


def in_name_zone(zones: Sequence[Zone], text: str, start: int) -> bool:
    """The mention starts right after an institution's or a degree's head, or after the
    capitalised words that continue it ("Board of Secondary Education", "BE in
    Electronics & Telecommunication")."""
    return any(
        zone_start <= start <= zone_end and words.fullmatch(text, zone_start, start) is not None
        for zone_start, zone_end, words in zones
    )


def list_delimited(text: str, start: int, end: int) -> bool:
    """The mention is delimited like a list item ("Java, Go, R") on at least one side and
    not glued to prose on the other."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    after = text[end : end + 3].lstrip(" ")
    left_ok = not before or before[-1] in LIST_DELIMITERS
    right_ok = not after or after[0] in LIST_DELIMITERS or after[0] == "."
    return left_ok and right_ok and (bool(before) or bool(after))


def adjacent(text: str, left_end: int, right_start: int) -> bool:
    """Only list punctuation, blanks, "and"/"or" or a years note between two mentions."""
    if right_start < left_end or right_start - left_end > 24:
        return False
    return bool(_BETWEEN_ITEMS.match(text[left_end:right_start]))


def tool_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    return bool(_TOOL_BEFORE.search(before) or _TOOL_AFTER.match(after))


def supported(
    kind: Kind,
    *,
    text: str,
    start: int,
    end: int,
    in_section: bool,
    in_list: bool,
    related_in_list: Callable[[], bool],
    related_in_section: Callable[[], bool],
    names_its_skill: bool = False,
) -> Support | None:
    """The context that lets a weak mention count, or ``None``. ``in_list``: the mention is
    an item of a run of skills that reads as a list; the callables say whether a related
    skill (not an ordinary word) is named in the same list / the same skills section."""
    if kind == "name":
        return "name"
    if in_section and (
        kind == "acronym"
        or (list_delimited(text, start, end) and (names_its_skill or related_in_section()))
    ):
        return "section"
    if in_list and (kind == "acronym" or related_in_list()):
        return "list"
    # a lower-case ordinary word after "worked on" is a verb ("worked on writing scripts")
    if tool_context(text, start, end) and not (kind == "word" and text[start:end].islower()):
        return "tool"
    return None
