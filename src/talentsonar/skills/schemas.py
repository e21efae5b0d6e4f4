"""Wire shapes of skills with their evidence and standard ids (camelCase on the wire)."""

from __future__ import annotations

from pydantic import Field

from talentsonar.core.schemas import Schema


class SkillEvidence(Schema):
    """The span of the parsed text that evidences a skill: ``text[start:end]``."""

    name: str
    start: int
    end: int
    text: str
    #: the CV section the span lies in ("skills", "experience", …), ``None`` outside any
    section: str | None = None
    #: what defends the mention: "name" (a distinctive name), "section" (a skills section),
    #: "list" (an item of a list of skills) or "tool" ("models in R")
    support: str = "name"


class OnetRef(Schema):
    """O*NET Technology Skills: the UNSPSC commodity and O*NET's example name."""

    commodity_code: str
    commodity_title: str | None = None
    example: str | None = None


class SkillDetail(Schema):
    name: str
    category: str | None = None
    #: ESCO skill concept (http://data.europa.eu/esco/skill/…), when one matches
    esco_uri: str | None = None
    esco_label: str | None = None
    onet: OnetRef | None = None
    #: where the CV shows it; ``None`` for a skill typed by a person, or implied
    evidence: SkillEvidence | None = None
    #: a parent implied by listed skills (React → JavaScript), not evidenced by the text
    implied: bool = False
    implied_by: list[str] = Field(default_factory=list)


class SkillSuggestion(Schema):
    name: str
    category: str | None = None
    esco_uri: str | None = None
    onet: OnetRef | None = None
