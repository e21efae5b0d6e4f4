"""The job title and the employer among the header lines of a job entry (or a headline):
"Title at Company", "Company | Title", labelled values, employer lines, and the noise
that is neither (sentences, labels, lists of technology)."""

from __future__ import annotations

import re

from talentsonar.cvs.parsing.patterns import EMAIL, LOCATION, ORG_WORDS, ROLE_WORDS
from talentsonar.skills.taxonomy import Taxonomy

_LOCATION_TAIL = re.compile(
    r"\s+[-\u2013|,]\s+[A-Za-z][A-Za-z. ]+(,\s*[A-Z][A-Za-z. ]+)?\s*[-\u2013]?\s*$"
)


def _clean_company(text: str) -> str:
    text = re.sub(r"\s*[-\u2013]+\s*$", "", text.strip())
    if " - " not in text and " \u2013 " not in text:
        return text
    return _LOCATION_TAIL.sub("", text).strip(" -\u2013|,")


def _role_or_org(text: str) -> tuple[bool, bool]:
    """(reads as a job title, reads as an organisation); the later keyword decides a tie
    ("Software Engineer" is a role, "Acme Software" an organisation). A parenthesised aside
    does not count: "Program Manager (Software Delivery)" is a role."""
    text = re.sub(r"\([^()]*\)", " ", text)
    roles = [m.end() for m in ROLE_WORDS.finditer(text)]
    orgs = [m.end() for m in ORG_WORDS.finditer(text)]
    if roles and orgs:
        return (True, False) if roles[-1] >= orgs[-1] else (False, True)
    return bool(roles), bool(orgs)


_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z /]{1,25}?)\s*:\s*")
_EMPLOYER_LINE = re.compile(
    r"^(?P<org>[^\s].*?)\s+[-\u2013]"
    r"(?:\s+[A-Z][A-Za-z .]+(?:,\s*[A-Z][A-Za-z .]+)*\s*[-\u2013]?)?\s*$"
)
_TITLE_LABELS = {"role", "designation", "position", "title", "job title", "current role"}
_COMPANY_LABELS = {"company", "organization", "organisation", "employer", "company name", "firm"}
# "Job Profile in Acme Ltd", "Working with Acme": the employer follows a lead-in phrase
_EMPLOYER_LEAD = re.compile(
    r"^(?:job\s+profile|profile|employed|working|worked|work)\s+(?:in|with|at|for)\s+(?=[A-Z])",
    re.I,
)
# a sentence, not a heading: it opens with a verb or a pronoun ("Deployed chef for …")
_SENTENCE_LEAD = re.compile(
    r"^(?:have|has|had|was|were|am|are|we|my|our|responsible|involved|worked|working|"
    r"searching|seeking|looking|deployed|developed|handled|handling|designed|implemented|"
    r"created|assisting|participated|performed|provided|supported|prepared|maintained|"
    r"achieved|awarded|got|interned|learned|learnt)\b",
    re.I,
)
# a line that opens with a label ("Technologies Used ASP.NET, C#", "Project Specific Skills …")
_LABEL_LEAD = re.compile(
    r"^(?:[A-Za-z]+\s+){0,2}(?:skills?|technolog(?:y|ies)\s+used|tools\s+used|"
    r"responsibilit(?:y|ies)|description)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:[Mm]y|me|[Oo]urs?|[Ww]e|us)\b|\bI\s+[a-z]")
# words of a heading or a label, never part of a title or an employer
_LABEL_WORDS = re.compile(
    r"\b(?:skills?|technolog(?:y|ies)\s+used|tools\s+used|responsibilit(?:y|ies)|description|"
    r"duration)\b|\bdomain$",
    re.I,
)
# a form's placeholder or a bare label ("Company Name", "Employer")
_PLACEHOLDER = re.compile(
    r"^(?:company|organi[sz]ation|employer|client|designation|position|job\s+title)"
    r"(?:\s+name)?\W*$",
    re.I,
)
# what may sit beside product names in a line that only lists technology ("HP ALM", "Tally ERP
# 9", "DataStage for DB2", "Test Management Tool")
_TECH_FILLER = re.compile(r"\b(?:and|for|with|on|tools?|suite|v?\d[\w.]*)\b|[^\w]+", re.I)
# a legal-form word inside brackets marks the employer: "Test Engineer (Initech Ltd.)"
_LEGAL_FORM = re.compile(
    r"\b(?:ltd|limited|inc|llc|llp|plc|pvt|private|corp|corporation|gmbh|company)\b\.?", re.I
)
_AT_LINE = re.compile(r"^(?P<title>.+?)(?:\s+at\s+|\s*@\s*)(?P<org>[^\s].*)$")
_VERB_END = re.compile(r"\b(?:working|worked|employed|serving|served|joined|acting|hired)$", re.I)
_AS_LINE = re.compile(r"^(?P<org>[^\s].*?)\s+as\s+(?:an?\s+)?(?P<title>[^\s].*)$")
_INLINE_LABEL = re.compile(r"\s+[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:\s.*$")


def _is_label_line(text: str) -> bool:
    """ "Technologies Used ASP.NET, SQL Server" (but not "Soft Skills Trainer")."""
    label = _LABEL_LEAD.match(text)
    return label is not None and not ROLE_WORDS.match(text[label.end() :].lstrip())


def only_technology(text: str, taxonomy: Taxonomy) -> bool:
    """The text names products or skills of the taxonomy and nothing else."""
    mentions = taxonomy.extract(text)
    if not mentions:
        return False
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    return not _TECH_FILLER.sub(" ", rest).strip()


def _is_noise(text: str, kind: str, taxonomy: Taxonomy) -> bool:
    """Strings that are never a job title (kind "title") or an employer (kind "company"):
    questions, sentences, labels and headings, lower-case fragments of a wrapped sentence,
    bare places, and (for employers, or titles without a role word) lists of technology."""
    text = text.strip()
    if not text or text.endswith("?") or _FIRST_PERSON.search(text) or _PLACEHOLDER.match(text):
        return True
    is_role, is_org = _role_or_org(text)
    if _SENTENCE_LEAD.match(text) or (_LABEL_WORDS.search(text) and not (is_role or is_org)):
        return True
    lower_start = re.match(r"[a-z]{2}", text) is not None
    if kind == "title" and lower_start and not is_role:
        return True  # "delivery", "management": the tail of a wrapped sentence
    if kind == "company" and lower_start and len(text.split()) > 1 and text == text.lower():
        return True  # "configuration management infrastructure"
    if LOCATION.match(text) and not is_org and not re.search(r"\s[-\u2013|]\s", text):
        return True
    if kind == "company":
        return len(text.split()) >= 2 and only_technology(text, taxonomy)
    return not is_role and only_technology(text, taxonomy)


def _split_title_at_company(
    text: str, start: int, taxonomy: Taxonomy
) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """ "Technical Lead at Initech Ltd., Pune" → the title and the employer; also "Initech as
    a Process Associate" (after "Working in")."""
    reverse = _AS_LINE.match(text)
    if reverse:
        title, org = reverse.group("title").strip(), reverse.group("org").strip()
        is_role, is_org = _role_or_org(title)
        if ROLE_WORDS.search(org) or len(org.split()) > 6 or _VERB_END.search(org):
            return None  # "Job Profile: Working as Sales Consultant" names no employer
        if not is_role or is_org or len(title.split()) > 6:
            return None
        if _is_noise(org, "company", taxonomy) or _is_noise(title, "title", taxonomy):
            return None
        return (title, start + reverse.start("title")), (org, start)
    match = _AT_LINE.match(text)
    if not match or EMAIL.search(text):
        return None
    title, org = match.group("title").strip(), match.group("org")
    org = re.split(r",\s+|\s+[-\u2013|]\s+", org, maxsplit=1)[0].strip(" -\u2013")
    is_role, is_org = _role_or_org(title)
    if not is_role or is_org or not org or _is_noise(org, "company", taxonomy):
        return None
    if _is_noise(title, "title", taxonomy) or len(org.split()) > 6 or len(title.split()) > 6:
        return None
    return (title, start), (org, start + text.find(org, match.start("org")))


def title_and_company(
    candidates: list[tuple[str, int]], taxonomy: Taxonomy
) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    title: tuple[str, int] | None = None
    company: tuple[str, int] | None = None
    usable: list[tuple[str, int]] = []
    for text, start in candidates:
        label = _LABEL.match(text)
        if label:
            value = text[label.end() :].strip()
            value_start = start + text.find(value, label.end()) if value else start
            kind = re.sub(r"[\s\d]+$", "", label.group(1).lower())
            if not value:
                continue
            if kind in _TITLE_LABELS and title is None:
                title = (value, value_start)
            elif kind in _COMPANY_LABELS and company is None:
                company = (value, value_start)
            continue  # "Client:", "Project:", "Duration:", "Location:"… are not title/company
        text = text.strip()
        if text.startswith(":") or EMAIL.search(text):
            continue  # the value of a label printed on the line before; a contact line
        text = _INLINE_LABEL.sub("", text)  # "Test Engineer (Initech Ltd.) Domain: Banking"
        if not re.search(r"[A-Za-z]{2}", text):
            continue
        lead = _EMPLOYER_LEAD.match(text)
        if lead:
            text, start = text[lead.end() :], start + lead.end()
        usable.append((text, start))
    # "Title at Company" is the most explicit form: it wins over a bare employer line;
    # "Company as Title" gives the title, and the employer unless a line of its own names it
    fallback_company: tuple[str, int] | None = None
    if title is None and company is None:
        for text, start in usable:
            split = _split_title_at_company(text, start, taxonomy)
            if split:
                title = split[0]
                if _AS_LINE.match(text):
                    fallback_company = split[1]
                else:
                    company = split[1]
                usable = [(t, s) for t, s in usable if s != start]
                break
    candidates, usable = usable, []
    for text, start in candidates:
        if len(text.split()) > 9 or _is_label_line(text):
            continue
        employer = _EMPLOYER_LINE.match(text)
        if employer and not ROLE_WORDS.search(text):
            # "Acme Corp - Pune, Maharashtra -" / "Acme Corp -": how job boards print employers
            org = _clean_company(employer.group("org"))
            if company is None and not _is_noise(org, "company", taxonomy):
                company = (org, start)
            continue
        if _SENTENCE_LEAD.match(text):
            continue
        usable.append((text, start))
    candidates = usable
    for text, start in candidates:
        # "Title at Company", "Title - Company", "Company | Title", "Title, Company"
        if LOCATION.match(text) and not any(_role_or_org(text)):
            continue  # "Pune, Maharashtra" on its own line
        # "Test Engineer (Initech Ltd.)": the bracketed employer is a part of its own
        spaced = re.sub(
            r"\s*\(([^()]+)\)",
            lambda m: " | " + m.group(1) if _LEGAL_FORM.search(m.group(1)) else m.group(0),
            text,
        )
        parts = re.split(r"\s+at\s+|\s*@\s*|\s*\|\s*|\s+[-\u2013\u2014]\s+|,\s+", spaced)
        offset_parts: list[tuple[str, int]] = []
        cursor = 0
        for part in parts:
            part = re.sub(r"[\s\-\u2013]+$", "", part.strip()).lstrip(":;.\u2022 ")
            if not part:
                continue
            found = text.find(part, cursor)
            if found < 0:
                continue
            offset_parts.append((part, start + found))
            cursor = found + len(part)
        neutral: list[tuple[str, int]] = []
        title_here = False
        for part, part_start in offset_parts:
            is_role, is_org = _role_or_org(part)
            if LOCATION.match(part) and not is_org:
                continue
            if is_role and not is_org and title is None:
                if not _is_noise(part, "title", taxonomy):
                    title = (part, part_start)
                    title_here = True
            elif is_org and company is None:
                if not _is_noise(part, "company", taxonomy):
                    company = (part, part_start)
            elif not is_role and not is_org:
                neutral.append((part, part_start))
        neutral = [(p, s) for p, s in neutral if not _is_noise(p, "company", taxonomy)]
        if title_here and company is None and neutral:
            # "Senior Engineer, Brightline Payments": the other half of a title line is the
            # employer even without a keyword such as Ltd or Hospital
            company = neutral[0]
    if company is None or title is None:
        leftovers = [
            (t, s)
            for t, s in candidates
            if (title is None or not t.startswith(title[0]))
            and (company is None or company[0] not in t)
        ]
        for text, start in leftovers:
            cleaned = _clean_company(text)
            _, is_org = _role_or_org(cleaned)
            if company is None and (title is not None or is_org):
                if not _is_noise(cleaned, "company", taxonomy):
                    company = (cleaned, start)
            elif (
                title is None
                and not is_org
                and not (company and len(cleaned.split()) == 1)
                and not _is_noise(cleaned, "title", taxonomy)
            ):
                title = (cleaned, start)
    return title, company or fallback_company
