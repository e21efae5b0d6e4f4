"""The candidate's name: from the CV's contact block (its top or a "Name:" label, when the
block holds the candidate's contact details) or from a page footer, never from a heading,
a job title, a skill or digits. ``None`` when the CV gives none (anonymised CVs)."""

from __future__ import annotations

import re

from talentsonar.cvs.parsing.contact_block import ContactBlock, Footer, is_someone_elses
from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.line_kinds import FUNCTION_WORDS, SENTENCE_LEAD, is_heading
from talentsonar.cvs.parsing.patterns import ORG_WORDS, ROLE_WORDS
from talentsonar.cvs.sections import Line
from talentsonar.skills.taxonomy import Taxonomy

_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'\u2019\-]*\.?$|^[A-Z]\.?$|^[A-Z][A-Z'\u2019\-]+$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_LOWER_TOKEN = re.compile(r"^[a-z][a-z'\u2019\-]+$")
#: lower-case particles of names ("Ana de la Cruz", "Ludwig van Beethoven", "Aziz bin Ali")
_PARTICLES = re.compile(
    r"(?:de|da|das|dos|del|della|di|du|la|le|van|von|der|den|ter|bin|binti|al|el)$"
)
_NOT_NAME = re.compile(
    r"\b(resume|curriculum|vitae|cv|biodata|profile|summary|objective|contact|email|phone|"
    r"mobile|address|experience|education|skills|page|linkedin|github|www|http)\b",
    re.I,
)
#: endings of nouns, not of names ("PERFORMANCE IMPROVEMENT", "Food Microbiology")
_NOUN_ENDING = re.compile(
    r"(?:tion|sion|ness|ship|ology|ics|ities)s?$|^\w{5,}ity$|^\w{6,}ments?$", re.I
)
_SEPARATORS = re.compile(r"\s*[|•·,]\s*|\s{3,}|\t")
_NAME_LABEL = re.compile(r"^\W*(?:full\s+|candidate'?s?\s+)?name\s*[:\-]\s*", re.I)


def looks_like_name(text: str, taxonomy: Taxonomy, *, lower_case: bool = False) -> bool:
    """Two to four words that can be a person's name: capitalised words or initials
    (any case with ``lower_case``, for the very first line of a CV), and none of them a
    heading, a job title, an organisation, a skill, a digit or a common noun."""
    if any(c.isdigit() for c in text) or "@" in text or _NOT_NAME.search(text):
        return False
    tokens = text.replace(",", " ").split()
    if not 2 <= len(tokens) <= 4 or ROLE_WORDS.search(text) or ORG_WORDS.search(text):
        return False
    if is_heading(text) or SENTENCE_LEAD.match(text):
        return False
    for index, token in enumerate(tokens):
        lower = token.lower()
        if _PARTICLES.match(lower) and index > 0:
            continue
        if FUNCTION_WORDS.match(lower) or _NOUN_ENDING.search(token.rstrip(".")):
            return False
        capitalised = _NAME_TOKEN.match(token) or _INITIALS.match(token)
        if not (capitalised or (lower_case and _LOWER_TOKEN.match(token))):
            return False
    return not _is_skill(text, taxonomy)


def _is_skill(text: str, taxonomy: Taxonomy) -> bool:
    """The words name a skill ("Microsoft Excel", "Case Management"); a one-word mention
    ("Julia Roberts", "Ruby Sharma") does not count."""
    if taxonomy.normalize(text) is not None:
        return True
    return any(" " in text[m.start : m.end].strip() for m in taxonomy.extract(text))


def find_name(b: EvidenceBuilder, block: ContactBlock, taxonomy: Taxonomy) -> str | None:
    """The first name-like part of the top of the CV (when the top or a contact section
    gives the candidate's contact details) or of a "Name:" label there, else of a page
    footer; ``None`` when there is none."""
    own = [*block.top, *block.section]
    for line in own:
        label = _NAME_LABEL.match(line.text)
        if label and (name := _name_in(b, line, taxonomy, start=label.end())):
            return name
    if block.has_contact_details:
        for index, line in enumerate(block.top):
            if name := _name_in(b, line, taxonomy, lower_case=index == 0):
                return name
    for footer in block.footers:
        if name := _footer_name(b, footer, block, taxonomy):
            return name
    return None


def _footer_name(
    b: EvidenceBuilder, footer: Footer, block: ContactBlock, taxonomy: Taxonomy
) -> str | None:
    """The name before a footer's page number or e-mail ("Jane Doe | Page 2"), also when
    the PDF broke it over two lines ("Marianne L. / Elbertson Page 2"), else a line of its
    own just above ("Jane Doe / 555-0100 / jane@…")."""
    anchor = footer.anchor
    head = anchor.text[: footer.cut]
    first = next((p.strip() for p in _SEPARATORS.split(head) if p.strip()), "")
    first_start = anchor.start + head.find(first) if first else anchor.start
    candidates: list[tuple[int, int]] = []  # (start, end) in the CV's text
    if first:
        candidates.append((first_start, first_start + len(first)))
        if footer.before and len(footer.before[-1].text.split()) <= 3:
            candidates.append((footer.before[-1].start, first_start + len(first)))
    candidates += [(line.start, line.end) for line in reversed(footer.before)]
    for start, end in candidates:
        text = " ".join(b.text[start:end].split())
        lines = [line for line in [*footer.before, anchor] if line.start < end and start < line.end]
        if any(is_someone_elses(line, block) for line in lines):
            continue
        if looks_like_name(text, taxonomy):
            b.add("name", start, end)
            return text
    return None


def _name_in(
    b: EvidenceBuilder, line: Line, taxonomy: Taxonomy, *, start: int = 0, lower_case: bool = False
) -> str | None:
    text = line.text[start:]
    for part in _SEPARATORS.split(text):
        candidate = part.strip()
        if candidate and looks_like_name(candidate, taxonomy, lower_case=lower_case):
            offset = line.start + start + text.find(candidate)
            b.add("name", offset, offset + len(candidate))
            return " ".join(candidate.split())
    return None
