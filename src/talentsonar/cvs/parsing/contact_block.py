"""The candidate's own contact block: where a CV gives the name and phone of its author.

That is the top of the CV (the lines before the first heading), a "Contact" or "Personal
details" section, and page footers that repeat the author's details ("Jane Doe | jane@… |
Page 2"). A name anywhere else is a heading or a job title, and a number anywhere else is a
supervisor's, a referee's, an employer's or a publication's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.layout import Sections
from talentsonar.cvs.parsing.patterns import ROLE_WORDS
from talentsonar.cvs.sections import Line

#: lines of the top of a CV searched for the name (the header, or the first lines when the
#: CV opens with a heading)
TOP_LINES = 8
#: lines around a footer's anchor (its page number or the author's e-mail) that belong to it
_FOOTER_REACH = 1
#: the details on this line are someone else's ("Supervisor: Ray Ferreira (405) 409 1635")
OTHER_PERSON = re.compile(
    r"supervisor|referee|references?\b|reporting\s+to|may\s+contact|ok(?:ay)?\s+to\s+contact|"
    r"contact\s*person|\bfax\b",
    re.I,
)
#: outside the candidate's own part, a "Contact:" label introduces someone else
_CONTACT_LABEL = re.compile(r"\bcontact\s*:", re.I)
_DIGIT = re.compile(r"\d")
_PAGE_MARKER = re.compile(r"\bpage\s*\d+(?:\s*(?:of|/)\s*\d+)?\b", re.I)
#: sections whose numbers and addresses are employers' or other people's
_OTHERS_SECTIONS = ("experience", "projects")
_CONTACT_EVIDENCE = ("email", "links.linkedin", "links.github", "links.portfolio", "links.other")


@dataclass(frozen=True)
class Footer:
    """A page footer, or the author's contact lines further down the CV: the line with a
    page number ("Page 2") or the author's e-mail, and the lines around it."""

    anchor: Line
    #: where the page number or the e-mail starts in ``anchor.text``: the name comes before
    cut: int
    #: up to two lines before the anchor, the nearest last
    before: list[Line]
    after: Line | None

    def lines(self) -> list[Line]:
        return [*self.before[-_FOOTER_REACH:], self.anchor, *([self.after] if self.after else [])]


@dataclass(frozen=True)
class ContactBlock:
    #: the top of the CV: the header lines, or the first lines when it opens with a heading
    top: list[Line]
    #: lines under a "Contact" / "Personal details" heading
    section: list[Line]
    #: page footers, outside the top and the references
    footers: list[Footer]
    #: the top or the contact section holds an e-mail, a profile link or a phone number
    has_contact_details: bool
    #: lines under a "References" heading
    references: list[Line]

    def in_references(self, line: Line) -> bool:
        return any(line.start == other.start for other in self.references)

    def own_lines(self) -> list[Line]:
        """Every line of the block, the top first, then the contact section, then footers."""
        seen: set[int] = set()
        ordered: list[Line] = []
        footers = [line for footer in self.footers for line in footer.lines()]
        for line in [*self.top, *self.section, *footers]:
            if line.start not in seen and not self.in_references(line):
                seen.add(line.start)
                ordered.append(line)
        return ordered


def contact_block(
    b: EvidenceBuilder, lines: list[Line], sections: Sections, region: str
) -> ContactBlock:
    """The block, from the e-mail and link spans already found; ``region`` reads phone
    numbers written without a country code."""
    top = (sections.header or lines[:TOP_LINES])[:TOP_LINES]
    # contact details count in the top, a contact section, and the first lines of the CV
    # (a heading misread there, "Technologies", must not hide them) outside job entries
    jobs = {line.start for name in _OTHERS_SECTIONS for line in sections.by_name.get(name, [])}
    jobs |= {line.start for line in sections.references}
    first = [line for line in lines[:TOP_LINES] if line.start not in jobs]
    own = [*top, *sections.contact, *first]
    spans = [span for key in _CONTACT_EVIDENCE for span in b.evidence.get(key, [])]
    has_details = any(_on(span.start, own) for span in spans) or any(
        has_phone_number(line.text, region) for line in own
    )
    excluded = {line.start for line in [*top, *sections.contact, *sections.references]}
    emails = b.evidence.get("email", [])
    footers: list[Footer] = []
    for index, line in enumerate(lines):
        if line.start in excluded:
            continue
        cuts = [m.start() for m in _PAGE_MARKER.finditer(line.text)]
        cuts += [s.start - line.start for s in emails if line.start <= s.start < line.end]
        if not cuts:
            continue
        before = [
            lines[i] for i in range(max(0, index - 2), index) if lines[i].start not in excluded
        ]
        after = lines[index + 1] if index + 1 < len(lines) else None
        if after is not None and after.start in excluded:
            after = None
        footers.append(Footer(line, min(cuts), before, after))
    return ContactBlock(top, sections.contact, footers, has_details, sections.references)


def is_someone_elses(line: Line, block: ContactBlock) -> bool:
    """Details on this line belong to another person: a supervisor or referee label
    anywhere, or (outside the top and the contact section) a job title beside them."""
    if OTHER_PERSON.search(line.text):
        return True
    in_own_part = any(line.start == own.start for own in [*block.top, *block.section])
    return not in_own_part and bool(
        ROLE_WORDS.search(line.text) or _CONTACT_LABEL.search(line.text)
    )


def has_phone_number(text: str, region: str) -> bool:
    return may_hold_phone_number(text) and (
        phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID
        ).has_next()
    )


def may_hold_phone_number(text: str) -> bool:
    """Seven digits at least: the shortest numbers phonenumbers validates (cheap test first)."""
    return len(_DIGIT.findall(text)) >= 7


def _on(offset: int, lines: list[Line]) -> bool:
    return any(line.start <= offset < line.end for line in lines)
