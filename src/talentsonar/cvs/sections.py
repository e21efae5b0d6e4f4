"""Section headings of a CV ("WORK EXPERIENCE", "Education:", "Technical Skills"…)."""

from __future__ import annotations

import re
from dataclasses import dataclass

SECTION_PATTERNS: dict[str, str] = {
    "summary": r"(professional\s+|career\s+|executive\s+|personal\s+)?(summary|profile|objective|"
    r"overview|about(\s+me)?|introduction|career\s+objective|professional\s+profile|"
    r"summary\s+of\s+qualifications|qualifications\s+summary|career\s+summary|highlights)",
    "experience": r"((professional|work|working|employment|career|relevant|industry|industrial|"
    r"job|teaching|clinical|volunteer|internship|military)\s+)*(experience|history|"
    r"background|record)s?(\s+(details|summary|history))?|employment|experience|work|"
    r"internships?|positions?\s+held|organi[sz]ational\s+experience|professional\s+background",
    "education": r"(education(al)?|academic|scholastic)(\s+(background|qualifications?|details|"
    r"profile|credentials|history|and\s+training|&\s+training))?|qualifications?|academics|"
    r"academic\s+qualifications?|educational\s+qualifications?|education\s+and\s+certifications?",
    "skills": r"((technical|key|core|professional|relevant|it|computer|software|soft|hard|"
    r"additional|other|functional|personal)\s+)*(skills?|competenc(ies|y)|expertise|"
    r"proficienc(ies|y)|abilities|strengths|technologies|tools|skill\s+set|skillset|"
    r"areas\s+of\s+expertise|technical\s+proficiency|it\s+skills|knowledge)(\s+(summary|"
    r"&\s+tools|and\s+tools|set|highlights))?|tools\s+(and|&)\s+technologies|"
    r"tech(nical)?\s+stack|skills\s+(and|&)\s+(abilities|competencies|expertise|tools)",
    "certifications": r"(certifications?|certificates?|licen[cs]es?|licen[cs]es?\s+(and|&)\s+"
    r"certifications?|certifications?\s+(and|&)\s+(licen[cs]es?|trainings?|courses)|"
    r"professional\s+certifications?|courses|trainings?|accreditations?)",
    "languages": r"(languages?(\s+(known|spoken|skills|proficiency))?|language\s+proficiency|"
    r"linguistic\s+(skills|proficiency))",
    "projects": r"((academic|personal|key|major|professional|selected|notable)\s+)?projects?"
    r"(\s+(undertaken|handled|details|experience))?",
    "other": r"(awards?|honou?rs|achievements?|accomplishments|interests|hobbies|activities|"
    r"extra[\s-]?curricular(\s+activities)?|references?|personal\s+(details|information|data)|"
    r"additional\s+information|publications|volunteer(ing)?|memberships?|affiliations|"
    r"declaration|strengths\s+and\s+hobbies|co[\s-]?curricular(\s+activities)?|"
    r"awards\s+(and|&)\s+(honou?rs|achievements)|links|contact(\s+(details|information))?)",
}
_COMPILED = {
    name: re.compile(rf"(?:{pattern})", re.IGNORECASE) for name, pattern in SECTION_PATTERNS.items()
}
_BULLET = re.compile(
    r"^[\s•·▪●◦○■□➢►‣*\-\u2013\u2014>✓✔❖◆◇→⮚➤o](?=\s)[\s]*|^[\s•·▪●◦○■□➢►‣*\-\u2013\u2014>✓✔❖◆◇→⮚➤]+"
)


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first non-blank char
    end: int
    text: str  # stripped


@dataclass(frozen=True, slots=True)
class Heading:
    section: str
    line_index: int
    inline_start: int | None  # offset where content follows on the heading line ("Skills: …")


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text).strip()


def classify_heading(line: Line) -> Heading | None:
    """The section a line opens, if it is a heading (alone, or "Heading: content")."""
    text = strip_bullet(line.text)
    head, colon, rest = text.partition(":")
    candidates = [(head, rest if colon else "")]
    if not colon:
        # "SKILLS  Python, Java" (two spaces or a tab after an upper-case heading)
        match = re.match(r"^([A-Z][A-Z &/]{2,40}?)(?:\s{2,}|\t)(.+)$", text)
        if match:
            candidates.append((match.group(1), match.group(2)))
    for heading_text, rest_text in candidates:
        cleaned = re.sub(r"[\s_=\-\u2013\u2014|#*]+$", "", heading_text).strip(" .:-\u2013|#*")
        if not cleaned or len(cleaned) > 50 or len(cleaned.split()) > 6:
            continue
        for section, pattern in _COMPILED.items():
            if pattern.fullmatch(cleaned):
                if rest_text.strip():
                    inline = line.start + line.text.find(rest_text.strip())
                    return Heading(section, -1, inline)
                if not colon and not _looks_like_heading_line(line.text, cleaned):
                    continue
                return Heading(section, -1, None)
    return None


def _looks_like_heading_line(raw: str, cleaned: str) -> bool:
    """A bare line "Experience" is a heading; "experience in sales" (a sentence) is not."""
    words = cleaned.split()
    return len(words) <= 5 and not raw.rstrip().endswith((".", ","))
