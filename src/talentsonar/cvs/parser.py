"""Rule-based CV parser: text in, ParsedProfile out, every value with its source span.

Offline and fast (a few ms per CV): sections from headings, contacts from patterns, work
history anchored on date ranges, education on degree/institution words, skills through the
shipped taxonomy. General heuristics only; an LLM may refine the result elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from talentsonar.cvs.dates import YEAR, DateRange, find_date_ranges, merged_years
from talentsonar.cvs.schemas import EducationEntry, Links, ParsedProfile, Span, WorkEntry
from talentsonar.cvs.sections import Line, classify_heading, split_lines, strip_bullet
from talentsonar.skills.evidence import skill_evidence
from talentsonar.skills.schemas import SkillEvidence
from talentsonar.skills.taxonomy import Skill, Taxonomy, get_taxonomy

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,24}")
PHONE = re.compile(
    r"(?<![\w/])(?:\+?\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)[\s.\-]?)?\d[\d\s.\-]{6,14}\d(?![\w/])"
)
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')]+|(?:linkedin\.com|github\.com)/[^\s<>\"')]+"
    # Indeed profile links; the id is often wrapped onto the next line by the PDF conversion
    r"|indeed\.com/r/[^\s<>\"')/]+(?:(?<=-)\s*\n\s*[^\s<>\"')/]+)?/"
    r"(?:[0-9a-f]{8,}|\s*\n\s*[0-9a-f]{8,})?",
    re.I,
)
_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|consultant|intern|trainee|assistant|director|lead|"
    r"officer|executive|specialist|associate|coordinator|administrator|architect|designer|"
    r"teacher|lecturer|professor|nurse|chef|cook|accountant|auditor|clerk|representative|"
    r"supervisor|head|president|vp|ceo|cto|cfo|founder|owner|partner|advisor|adviser|tester|"
    r"programmer|scientist|technician|operator|agent|sales\s*man|recruiter|trainer|instructor|"
    r"tutor|attorney|advocate|lawyer|paralegal|pilot|mechanic|driver|secretary|receptionist|"
    r"cashier|banker|planner|buyer|merchandiser|editor|writer|writer|photographer|therapist|"
    r"pharmacist|physician|doctor|surgeon|worker|member|volunteer|fellow|researcher|expert|"
    r"strategist|controller|counsel|leader|staff|sde|dba|qa|hr|generalist|apprentice|"
    r"captain|steward|attendant|server|waiter|bartender|host|hostess|coach|foreman|"
    r"superintendent|inspector|surveyor|estimator|draftsman|draughtsman|electrician|welder|"
    r"plumber|carpenter|farmer|agronomist|stylist|artist|producer|journalist|reporter)s?\b",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(ltd|limited|inc|llc|llp|plc|pvt|private|corp|corporation|company|co\.|group|"
    r"technologies|technology|solutions|services|systems|software|consulting|consultancy|"
    r"labs?|bank|hospital|clinic|university|college|school|institute|academy|agency|"
    r"associates|partners|enterprises?|industries|international|global|foundation|trust|"
    r"infotech|infosys|tech|networks|media|studios?|restaurant|hotel|airlines?|motors|"
    r"pharma|pharmaceuticals|healthcare|insurance|finance|financial|capital|holdings|ventures|"
    r"gmbh|s\.a\.|ag|bv|department|ministry|council|government|authority|club|center|centre)\b",
    re.I,
)
_DEGREE = re.compile(
    r"(?<![\w.])(b\.?\s?e\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|m\.?\s?com|"
    r"b\.?\s?a\.?|m\.?\s?a\.?|bba|mba|mca|bca|pgdm|pgdba|ph\.?\s?d|m\.?\s?phil|b\.?\s?s\.?|"
    r"m\.?\s?s\.?|b\.?\s?ed|m\.?\s?ed|llb|llm|ll\.b|ll\.m|mbbs|b\.?\s?pharm|m\.?\s?pharm|"
    r"bachelor'?s?|master'?s?|associate'?s?\s+(degree|of)|doctorate|diploma|post[\s-]?graduat\w*|"
    r"graduat(e|ion)|under[\s-]?graduate|high\s+school|secondary|higher\s+secondary|hsc|ssc|"
    r"sslc|puc|intermediate|matriculation|12th|10th|xii|x\b|a[\s-]?levels?|o[\s-]?levels?|"
    r"ged|certificate\s+in|degree|b\.?\s?arch|m\.?\s?arch|cpa|ca\s+inter|icwa|cfa)(?![\w])",
    re.I,
)
_INSTITUTION = re.compile(
    r"\b(university|universit[àaäé]t?|universidad|universidade|université|hochschule|escuela|"
    r"[eé]cole|college|institute|institution|school|academy|polytechnic|"
    r"vidyalaya|vidyapeeth|mahavidyalaya|iit|nit|iiit|iim|bits|campus|faculty|conservatory|"
    r"seminary|center|centre|board)\b",
    re.I,
)
_KNOWN_LANGUAGES = (
    "english|hindi|spanish|french|german|italian|portuguese|russian|arabic|mandarin|chinese|"
    "cantonese|japanese|korean|tamil|telugu|kannada|malayalam|marathi|gujarati|punjabi|bengali|"
    "bangla|urdu|odia|oriya|assamese|nepali|sinhala|dutch|swedish|norwegian|danish|finnish|"
    "polish|czech|greek|turkish|hebrew|persian|farsi|swahili|tagalog|filipino|vietnamese|thai|"
    "indonesian|malay|romanian|hungarian|ukrainian|serbian|croatian|sanskrit|latin|konkani"
)
_LANGUAGE = re.compile(rf"\b({_KNOWN_LANGUAGES})\b", re.I)
_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'\u2019\-]*\.?$|^[A-Z]\.?$|^[A-Z][A-Z'\u2019\-]+$")
_NOT_NAME = re.compile(
    r"\b(resume|curriculum|vitae|cv|profile|summary|objective|contact|email|phone|mobile|"
    r"address|experience|education|skills|page|linkedin|github|www|http)\b",
    re.I,
)
_LOCATION = re.compile(
    r"^[A-Z][A-Za-z.\- ]{1,30},\s*[A-Z][A-Za-z.\- ]{1,30}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?"
    r"(?:\s+\d{5,6})?$"
)
_SPLIT_ITEMS = re.compile(r"\s*(?:[,;|•·▪●◦○■□➢►‣]|\s-\s|\t|\s{3,}|\band\b)\s*")
_YEARS_NOTE = re.compile(r"\((?:less than )?\d*\+?\s*(?:years?|yrs?|months?)[^)]*\)", re.I)


@dataclass
class _Builder:
    text: str
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    skill_evidence: list[SkillEvidence] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def add(self, key: str, start: int, end: int) -> None:
        self.evidence.setdefault(key, []).append(self.span(start, end))


@dataclass
class _Sections:
    header: list[Line]
    by_name: dict[str, list[Line]]


def parse_profile(
    text: str, *, taxonomy: Taxonomy | None = None, today: date | None = None
) -> ParsedProfile:
    """Structured profile of a CV's visible text (as returned by ``extract_document``)."""
    taxonomy = taxonomy or get_taxonomy()
    today = today or date.today()
    builder = _Builder(text)
    lines = split_lines(text)
    sections = _split_sections(lines)
    profile = ParsedProfile()
    profile.email = _first_email(builder)
    profile.phone = _first_phone(builder)
    profile.links = _links(builder)
    profile.name = _name(builder, sections.header or lines[:8])
    profile.location = _location(builder, sections.header or lines[:10])
    profile.headline = _headline(builder, sections.header, profile.name)
    profile.summary = _summary(builder, sections.by_name.get("summary", []))
    profile.skills = _skills(builder, taxonomy, sections, lines)
    profile.skill_evidence = builder.skill_evidence
    profile.work_history = _work_history(builder, sections.by_name.get("experience", []), taxonomy)
    profile.education = _education(builder, sections.by_name.get("education", []))
    profile.certifications = _items(
        builder, "certifications", sections.by_name.get("certifications", [])
    )
    profile.languages = _languages(builder, sections.by_name.get("languages", []))
    ranges = [
        r
        for r in find_date_ranges(text)
        if any(_within(r.span_start, line) for line in sections.by_name.get("experience", []))
    ]
    profile.total_years_experience = merged_years(ranges, today) if ranges else None
    profile.current_title, profile.current_company = _current_role(builder, profile, taxonomy)
    profile.evidence = builder.evidence
    return profile


def _within(offset: int, line: Line) -> bool:
    return line.start <= offset < line.end


_JOB_SECTIONS = ("experience", "projects")


def _split_sections(lines: list[Line]) -> _Sections:
    header: list[Line] = []
    by_name: dict[str, list[Line]] = {}
    current: str | None = None
    for line in lines:
        heading = classify_heading(line)
        if (
            heading is not None
            and heading.inline_start is not None
            and current in _JOB_SECTIONS
            and heading.section in ("projects", "skills", "other")
        ):
            heading = None  # "Project: …", "Technologies: …" inside a job belong to the job
        if heading is not None:
            current = heading.section
            by_name.setdefault(current, [])
            if heading.inline_start is not None:
                by_name[current].append(
                    Line(
                        heading.inline_start,
                        line.end,
                        line.text[heading.inline_start - line.start :],
                    )
                )
            continue
        if current is None:
            header.append(line)
        else:
            by_name[current].append(line)
    return _Sections(header[:15], by_name)


def _first_email(b: _Builder) -> str | None:
    match = EMAIL.search(b.text)
    if not match:
        return None
    b.add("email", match.start(), match.end())
    return match.group(0).lower()


def _first_phone(b: _Builder) -> str | None:
    for match in PHONE.finditer(b.text):
        value = match.group(0).strip()
        digits = re.sub(r"\D", "", value)
        if not 9 <= len(digits) <= 15:
            continue
        if find_date_ranges(value) or re.fullmatch(r"(19|20)\d\d\s*[-\u2013]\s*(19|20)\d\d", value):
            continue
        b.add("phone", match.start(), match.end())
        return value
    return None


def _links(b: _Builder) -> Links:
    links = Links()
    for match in URL.finditer(b.text):
        url = re.sub(r"\s+", "", match.group(0)).rstrip(".,;")
        lower = url.lower()
        if "linkedin.com" in lower and links.linkedin is None:
            links.linkedin = url
            b.add("links.linkedin", match.start(), match.start() + len(url))
        elif "github.com" in lower and links.github is None:
            links.github = url
            b.add("links.github", match.start(), match.start() + len(url))
        elif lower in (u.lower() for u in links.other) or "isid=" in lower:
            continue
        elif "indeed.com/r/" in lower:
            links.other.append(url)
            b.add("links.other", match.start(), match.end())
        elif links.portfolio is None and not re.search(r"(google|facebook|twitter|x)\.com", lower):
            links.portfolio = url
            b.add("links.portfolio", match.start(), match.start() + len(url))
        else:
            links.other.append(url)
            b.add("links.other", match.start(), match.start() + len(url))
    return links


def _looks_like_name(text: str) -> bool:
    if any(c.isdigit() for c in text) or "@" in text or _NOT_NAME.search(text):
        return False
    tokens = text.replace(",", " ").split()
    if not 2 <= len(tokens) <= 4 or _ROLE_WORDS.search(text) or _ORG_WORDS.search(text):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


def _name(b: _Builder, header: list[Line]) -> str | None:
    for line in header[:8]:
        for part in re.split(r"\s*[|•·,]\s*|\s{3,}|\t", line.text):
            candidate = part.strip()
            if candidate and _looks_like_name(candidate):
                start = line.start + line.text.find(candidate)
                b.add("name", start, start + len(candidate))
                return " ".join(candidate.split())
    return None


def _location(b: _Builder, header: list[Line]) -> str | None:
    for line in header[:12]:
        for part in re.split(r"\s*[|•·]\s*|\s+-\s+|\s{3,}|\t", line.text):
            candidate = part.strip().rstrip(".")
            candidate = re.sub(r"^(address|location|city)\s*[:\-]\s*", "", candidate, flags=re.I)
            if _LOCATION.match(candidate) and not _ROLE_WORDS.search(candidate):
                start = line.start + line.text.find(candidate)
                b.add("location", start, start + len(candidate))
                return candidate
    return None


def _headline(b: _Builder, header: list[Line], name: str | None) -> str | None:
    seen_name = name is None
    for line in header[:6]:
        text = line.text
        if name and name in " ".join(text.split()):
            seen_name = True
            continue
        if not seen_name or EMAIL.search(text) or URL.search(text) or PHONE.search(text):
            continue
        if _LOCATION.match(text) or len(text.split()) > 10 or len(text) < 3:
            continue
        b.add("headline", line.start, line.end)
        return text
    return None


_HEADLINE_LEAD = re.compile(r"^(currently\s+)?(working|worked|employed)\s+as\s+(an?\s+)?", re.I)


def _current_role(
    b: _Builder, profile: ParsedProfile, taxonomy: Taxonomy
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
        if words <= 8 and _ROLE_WORDS.search(text):
            parts = re.split(r"\s+with\s+|\s+for\s+|\s+in\s+(?=[A-Z])", text, maxsplit=1)
            candidates = [(parts[0], start)]
            if len(parts) == 2:
                candidates.append((parts[1], start + text.rfind(parts[1])))
            title, company = _title_and_company(candidates, taxonomy)
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


def _summary(b: _Builder, lines: list[Line]) -> str | None:
    if not lines:
        return None
    chosen = lines[:12]
    b.add("summary", chosen[0].start, chosen[-1].end)
    return " ".join(strip_bullet(line.text) for line in chosen)


def _is_spoken_language(skill: Skill) -> bool:
    return skill.name == _SPOKEN or _SPOKEN in skill.parents


_SPOKEN = "Languages Spoken"


def _skills(b: _Builder, taxonomy: Taxonomy, sections: _Sections, lines: list[Line]) -> list[str]:
    """Canonical skills the CV defends, each with its evidence span and section
    (``talentsonar.skills.evidence``): the skills section first, then the rest. Spoken
    languages are left to ``languages`` (a "Languages: Java, J2EE" line still names skills)."""
    ranges = {
        name: [(line.start, line.end) for line in section_lines]
        for name, section_lines in [("header", sections.header), *sections.by_name.items()]
    }
    found = skill_evidence(
        b.text,
        sections=ranges,
        keep=lambda skill: not _is_spoken_language(skill),
        taxonomy=taxonomy,
    )
    for item in found:
        b.add("skills", item.start, item.end)
    b.skill_evidence = found
    return [item.name for item in found]


def _in_header(offset: int, header: list[Line]) -> bool:
    return bool(header) and offset <= header[-1].end


@dataclass
class _Block:
    lines: list[Line]
    dates: DateRange | None


def _work_history(b: _Builder, lines: list[Line], taxonomy: Taxonomy) -> list[WorkEntry]:
    entries: list[WorkEntry] = []
    anchors: list[tuple[int, DateRange]] = []
    for index, line in enumerate(lines):
        found = find_date_ranges(line.text, line.start)
        if found and _is_anchor_line(line.text, found[0], line.start):
            if anchors and _same_dates(anchors[-1][1], found[0]) and index - anchors[-1][0] <= 3:
                continue  # "Jun 2013 to Oct 2015 / Pune / (Jun 2013 - Oct 2015)": one entry
            anchors.append((index, found[0]))
    if not anchors:
        return _undated_work_history(b, lines, taxonomy)
    previous_end = 0
    for number, (index, dates) in enumerate(anchors):
        next_index = anchors[number + 1][0] if number + 1 < len(anchors) else len(lines)
        head: list[Line] = []
        date_line = lines[index]
        before_dates = date_line.text[: dates.span_start - date_line.start].strip(_PUNCT)
        after_dates = date_line.text[dates.span_end - date_line.start :].strip(_PUNCT)
        j = index - 1
        while j >= previous_end and len(head) < 2 and _is_header_line(lines[j].text):
            head.insert(0, lines[j])
            j -= 1
        # Title/company may follow the dates instead ("2019 - 2021\nEngineer\nAcme Ltd")
        tail_start = index + 1
        if not head and not before_dates:
            while (
                tail_start < next_index
                and len(head) < 2
                and _is_header_line(lines[tail_start].text)
            ):
                head.append(lines[tail_start])
                tail_start += 1
        candidates: list[tuple[str, int]] = []
        for line in head:
            candidates.append((line.text, line.start))
        if before_dates:
            candidates.append((before_dates, date_line.start + date_line.text.find(before_dates)))
        if after_dates and len(after_dates.split()) <= 8:
            candidates.append((after_dates, date_line.start + date_line.text.find(after_dates)))
        if any(_is_project_line(text) for text, _ in candidates):
            previous_end = index + 1
            continue  # a project inside the job ("Project: …  Duration: …"), not a job
        title, company = _title_and_company(candidates, taxonomy)
        key = f"workHistory.{len(entries)}"
        description_lines = lines[tail_start:next_index]
        # the lines that belong to the next entry's header are not description
        if number + 1 < len(anchors):
            trailing = 0
            for line in reversed(description_lines):
                if trailing < 3 and _is_header_line(line.text):
                    trailing += 1
                else:
                    break
            description_lines = description_lines[: len(description_lines) - trailing]
        entry = WorkEntry(
            title=title[0] if title else None,
            company=company[0] if company else None,
            start=dates.start.iso(),
            end=dates.end.iso() if dates.end else None,
            current=dates.current,
            description=" ".join(strip_bullet(line.text) for line in description_lines)[:2000]
            or None,
        )
        if title:
            b.add(f"{key}.title", title[1], title[1] + len(title[0]))
        if company:
            b.add(f"{key}.company", company[1], company[1] + len(company[0]))
        b.add(f"{key}.dates", dates.span_start, dates.span_end)
        if description_lines:
            b.add(f"{key}.description", description_lines[0].start, description_lines[-1].end)
        entries.append(entry)
        previous_end = index + 1
    return entries


def _undated_work_history(b: _Builder, lines: list[Line], taxonomy: Taxonomy) -> list[WorkEntry]:
    """Entries without dates: a role-like short line followed by a short line (or "X at Y")."""
    entries: list[WorkEntry] = []
    index = 0
    while index < len(lines) and len(entries) < 10:
        line = lines[index]
        if _is_header_line(line.text) and _ROLE_WORDS.search(line.text):
            candidates = [(line.text, line.start)]
            if index + 1 < len(lines) and _is_header_line(lines[index + 1].text):
                candidates.append((lines[index + 1].text, lines[index + 1].start))
            title, company = _title_and_company(candidates, taxonomy)
            if title and company:
                key = f"workHistory.{len(entries)}"
                b.add(f"{key}.title", title[1], title[1] + len(title[0]))
                b.add(f"{key}.company", company[1], company[1] + len(company[0]))
                entries.append(WorkEntry(title=title[0], company=company[0]))
                index += len(candidates)
                continue
        index += 1
    return entries


_PROJECT_LABEL = re.compile(
    r"^\W*(project(\s+(title|name))?|client|duration|period|environment|team\s+size|"
    r"technolog(y|ies)(\s+used)?|tools(\s+used)?|platform)\s*:",
    re.I,
)


def _is_project_line(text: str) -> bool:
    return _PROJECT_LABEL.match(text) is not None


def _is_anchor_line(text: str, dates: DateRange, offset: int) -> bool:
    """Dates that head an entry sit on a short line, not inside a sentence or a bullet."""
    rest = (text[: dates.span_start - offset] + text[dates.span_end - offset :]).strip()
    if len(rest.split()) > 12 or re.search(
        r"\b(since|from|for|during|in)\s*$", text[: dates.span_start - offset], re.I
    ):
        return False
    return not (text.lstrip()[:1] in "•·▪●◦○■□➢►‣*" and len(rest.split()) > 6)


def _same_dates(a: DateRange, b: DateRange) -> bool:
    return a.start == b.start and a.end == b.end


# a full stop after one of these ends an abbreviation, not a sentence ("Initech Pvt. Ltd.")
_ABBREVIATION_END = re.compile(
    r"\b(?:ltd|inc|co|corp|pvt|llc|plc|bros|jr|sr|dept|intl|assn|univ|st)\.$", re.I
)


def _is_header_line(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1] in _BULLETS or len(stripped.split()) > 12:
        return False
    if stripped.endswith(".") and not _ABBREVIATION_END.search(stripped):
        return False
    return not find_date_ranges(stripped)


_LOCATION_TAIL = re.compile(
    r"\s+[-\u2013|,]\s+[A-Za-z][A-Za-z. ]+(,\s*[A-Z][A-Za-z. ]+)?\s*[-\u2013]?\s*$"
)
_PUNCT = " ,|-\u2013\u2014()"
_BULLETS = "•·▪●◦○■□➢►‣*-\u2013"


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
    roles = [m.end() for m in _ROLE_WORDS.finditer(text)]
    orgs = [m.end() for m in _ORG_WORDS.finditer(text)]
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
    return label is not None and not _ROLE_WORDS.match(text[label.end() :].lstrip())


def _only_technology(text: str, taxonomy: Taxonomy) -> bool:
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
    if _LOCATION.match(text) and not is_org and not re.search(r"\s[-\u2013|]\s", text):
        return True
    if kind == "company":
        return len(text.split()) >= 2 and _only_technology(text, taxonomy)
    return not is_role and _only_technology(text, taxonomy)


def _split_title_at_company(
    text: str, start: int, taxonomy: Taxonomy
) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """ "Technical Lead at Initech Ltd., Pune" → the title and the employer; also "Initech as
    a Process Associate" (after "Working in")."""
    reverse = _AS_LINE.match(text)
    if reverse:
        title, org = reverse.group("title").strip(), reverse.group("org").strip()
        is_role, is_org = _role_or_org(title)
        if _ROLE_WORDS.search(org) or len(org.split()) > 6 or _VERB_END.search(org):
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


def _title_and_company(
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
        if employer and not _ROLE_WORDS.search(text):
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
        if _LOCATION.match(text) and not any(_role_or_org(text)):
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
            if _LOCATION.match(part) and not is_org:
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


_EDUCATION_SPLIT = re.compile(r"\s*[|,]\s+|\s+[-\u2013\u2014]\s+|\s+from\s+|\s+at\s+")


def _education(b: _Builder, lines: list[Line]) -> list[EducationEntry]:
    entries: list[EducationEntry] = []
    current: dict[str, tuple[str, int]] = {}
    year: tuple[int, int, int] | None = None

    def flush() -> None:
        nonlocal current, year
        if "degree" in current or "institution" in current:
            key = f"education.{len(entries)}"
            for field_name in ("degree", "institution"):
                if field_name in current:
                    value, start = current[field_name]
                    b.add(f"{key}.{field_name}", start, start + len(value))
            if year:
                b.add(f"{key}.year", year[1], year[2])
            entries.append(
                EducationEntry(
                    degree=current.get("degree", (None, 0))[0],
                    institution=current.get("institution", (None, 0))[0],
                    year=year[0] if year else None,
                )
            )
        current, year = {}, None

    for line in lines:
        text = strip_bullet(line.text)
        base = line.start + line.text.find(text)
        parts = [p for p in _EDUCATION_SPLIT.split(text) if p.strip()]
        for part in parts:
            part_start = base + text.find(part)
            clean = part.strip(" .:-\u2013")
            if not clean:
                continue
            clean_start = part_start + part.find(clean)
            if _INSTITUTION.search(clean) and not _DEGREE.match(clean):
                if "institution" in current:
                    flush()
                current["institution"] = (clean, clean_start)
            elif _DEGREE.search(clean) and len(clean.split()) <= 14:
                if "degree" in current:
                    flush()
                current["degree"] = (clean, clean_start)
        years = list(YEAR.finditer(line.text))
        if years and (current or entries):
            last = years[-1]
            value = (int(last.group(0)), line.start + last.start(), line.start + last.end())
            if year is None:
                year = value
            elif current:
                year = max(year, value)
    flush()
    return entries


def _items(b: _Builder, key: str, lines: list[Line]) -> list[str]:
    items: list[str] = []
    for line in lines:
        text = strip_bullet(line.text)
        if len(text) < 3 or len(text) > 160:
            continue
        start = line.start + line.text.find(text)
        b.add(key, start, start + len(text))
        items.append(text)
    return items[:30]


def _languages(b: _Builder, lines: list[Line]) -> list[str]:
    found: dict[str, None] = {}
    for line in lines:
        for match in _LANGUAGE.finditer(line.text):
            name = match.group(0).capitalize()
            if name not in found:
                found[name] = None
                b.add("languages", line.start + match.start(), line.start + match.end())
    return list(found)
