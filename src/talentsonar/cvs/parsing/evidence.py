"""Where each parsed value came from: source spans of the CV text, by field path."""

from __future__ import annotations

from dataclasses import dataclass, field

from talentsonar.cvs.schemas import Span
from talentsonar.skills.schemas import SkillEvidence


@dataclass
class EvidenceBuilder:
    text: str
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    skill_evidence: list[SkillEvidence] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def add(self, key: str, start: int, end: int) -> None:
        self.evidence.setdefault(key, []).append(self.span(start, end))
