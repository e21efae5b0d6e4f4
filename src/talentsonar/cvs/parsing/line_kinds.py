"""What a short line of a CV reads as: a section heading, a piece of a sentence, a title.

The name and the headline are short lines near the top; these tests keep headings
("Core Qualifications"), wrapped sentences ("goals. Seeking a role of increased
responsibility") and lists of technology out of both.
"""

from __future__ import annotations

import re

from talentsonar.cvs.dates import find_date_ranges
from talentsonar.cvs.parsing.patterns import EMAIL, ORG_WORDS, ROLE_WORDS, URL
from talentsonar.cvs.parsing.title_and_company import only_technology
from talentsonar.cvs.sections import Line, classify_heading
from talentsonar.skills.taxonomy import Taxonomy

#: words that make a line a section heading wherever they stand ("Core Qualifications",
#: "Career Focus", "Skill Highlights"), besides what ``classify_heading`` knows
HEADING_WORDS = re.compile(
    r"\b(summary|qualifications?|focus|highlights?|accomplishments?|overview|objectives?|"
    r"profile|experience|education|skills?|skillset|interests|hobbies|references?|referees?|"
    r"achievements?|competenc(?:y|ies)|expertise|strengths|certifications?|languages?|"
    r"projects?|employment|history|background|training|activities|awards?|honou?rs|"
    r"publications|affiliations|memberships?|declaration|contact|resume|curriculum|vitae|cv)\b",
    re.I,
)
#: words that join the others: a title or a name does not end with one
FUNCTION_WORDS = re.compile(
    r"(?:a|an|and|as|at|by|for|from|in|into|of|on|or|over|the|to|under|via|with|[&/|-])$", re.I
)
#: a line that opens like a sentence ("Seeking a role…", "To obtain…", "Willing to relocate")
SENTENCE_LEAD = re.compile(
    r"^(?:seeking|looking|searching|to|willing|need|needs|want|wants|have|has|had|am|is|are|"
    r"was|were|my|we|our|having|being|currently|presently|able|ready|eager|interested|"
    r"responsible|involved|worked|working|dedicated|motivated|experienced|passionate|"
    r"results?[\s-]oriented|detail[\s-]oriented|highly|proven|dynamic|hard[\s-]working)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:[Mm]y|me|[Oo]urs?|[Ww]e|us)\b|\bI\s+[a-z]")
#: a full stop that ends a sentence, not an abbreviation ("Sr.", "Pvt. Ltd.", "U.S.")
_FULL_STOP = re.compile(r"(\w+)\.(?=\s|$)")
_ABBREVIATION = re.compile(
    r"(?:sr|jr|dr|mr|mrs|ms|st|co|ltd|pvt|inc|corp|llc|plc|dept|asst|assoc|mgr|engg|intl|no|vs)$",
    re.I,
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PAGE = re.compile(r"\bpage\s*\d+(?:\s*(?:of|/)\s*\d+)?\b", re.I)
_HEX_ID = re.compile(r"\b(?=\w*\d)[0-9a-f]{8,}\b", re.I)


def is_heading(text: str) -> bool:
    """A section heading, also when the PDF conversion glued its words ("SkillHighlights"):
    one ``classify_heading`` knows, or a short line of heading words without a role word."""
    text = text.strip()
    for variant in (text, _CAMEL.sub(" ", text)):
        if classify_heading(Line(0, len(variant), variant)) is not None:
            return True
        if (
            len(variant.split()) <= 4
            and HEADING_WORDS.search(variant)
            and not ROLE_WORDS.search(variant)
        ):
            return True
    return False


def ends_a_sentence(text: str) -> bool:
    """The text holds a full stop that ends a sentence (abbreviations and initials aside)."""
    for match in _FULL_STOP.finditer(text):
        word, before = match.group(1), text[: match.start()]
        if _ABBREVIATION.match(word) or (len(word) == 1 and word.isupper()):
            continue
        if before.endswith("."):
            continue  # the last part of a dotted abbreviation: "U.S.", "B.Tech."
        return True
    return False


def is_sentence_fragment(text: str) -> bool:
    """A piece of running text rather than a title: a sentence's full stop, a lower-case
    start, a first-person word, an opening like "Seeking", or a dangling last word
    ("… family of")."""
    text = text.strip()
    words = text.split()
    if not words:
        return True
    if ends_a_sentence(text) or _FIRST_PERSON.search(text) or SENTENCE_LEAD.match(text):
        return True
    if FUNCTION_WORDS.match(words[-1].strip(",;:")) or text.endswith((",", ";", ":")):
        return True
    return text[0].islower() and not ROLE_WORDS.search(text)


def lower_case_content_words(text: str) -> int:
    """Words other than function words that start with a lower-case letter."""
    return sum(
        1
        for word in re.findall(r"[^\s,/|()&]+", text)
        if word[0].islower() and not FUNCTION_WORDS.match(word)
    )


def is_contact_line(text: str) -> bool:
    return bool(
        EMAIL.search(text)
        or URL.search(text)
        or re.search(r"indeed\.com|email\s+me\s+on|@", text, re.I)
        or _PAGE.search(text)
    )


def is_title_like(text: str, taxonomy: Taxonomy) -> bool:
    """A headline: a short line that names a role or a field ("Senior Backend Engineer",
    "Functional Consultant / WM Lead - SAP EWM"), not a sentence, a heading, a contact
    line, a date line, a list of technology or an employer on its own."""
    text = text.strip(" -\u2013|/")
    words = text.split()
    role = ROLE_WORDS.search(text) is not None
    if not 1 <= len(words) <= 10 or len(text) < 3:
        return False
    if not (text[:1].isalpha() or (role and text[:1].isdigit())):
        return False  # "( 2 year Experience)", "2008Environment" (but "4/5 GRADE TEACHER")
    if is_sentence_fragment(text) or is_heading(text) or is_contact_line(text):
        return False
    if _HEX_ID.search(text) or find_date_ranges(text) or sum(c.isdigit() for c in text) > 3:
        return False
    if len(words) == 1 and not role and not text.isupper():
        return False  # "Bangalore", "Devops" (but "CONSTRUCTION", "FINANCEMANAGER")
    if text.count(",") >= 2 and not role:
        return False  # "Word, Excel, Access and PowerPoint"
    if text[0].islower():
        return role and len(words) <= 8  # "java developer", "software engineer - Oracle"
    if lower_case_content_words(text) > (1 if len(words) >= 3 else 0) and not text.isupper():
        return False  # "Decisive, Data driven and results-oriented professional offering"
    # an employer or a list of technology on its own: "Pvt Ltd", "Microsoft SQL-SERVER"
    # (a title ends with its role: "MIDDLE SCHOOL PRINCIPAL" is one)
    return role or not (ORG_WORDS.search(words[-1]) or only_technology(text, taxonomy))
