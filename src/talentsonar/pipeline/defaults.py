"""What a new organisation's pipeline starts with (the organisation may rename, reorder,
add and remove stages and reasons afterwards)."""

from __future__ import annotations

from talentsonar.models.pipeline_stage import StageKind

DEFAULT_STAGES: tuple[tuple[str, StageKind], ...] = (
    ("New", StageKind.open),
    ("Screening", StageKind.open),
    ("Assessment", StageKind.open),
    ("Interview", StageKind.open),
    ("Offer", StageKind.open),
    ("Hired", StageKind.hired),
    ("Rejected", StageKind.rejected),
    ("Withdrawn", StageKind.withdrawn),
)

DEFAULT_REJECTION_REASONS: tuple[str, ...] = (
    "Not enough experience",
    "Skills do not match the role",
    "Salary expectations",
    "Location or right to work",
    "Position filled",
    "Candidate did not respond",
    "Other",
)

#: Where an application may come from.
SOURCES = ("manual", "shortlist", "talent_search", "upload", "api", "demo")
