"""The stages of an organisation's hiring pipeline (ordered; renamable; each of a kind)."""

from __future__ import annotations

import enum

from sqlalchemy import Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class StageKind(enum.StrEnum):
    """What a stage means, whatever it is called: renaming a stage never changes it."""

    open = "open"
    hired = "hired"
    rejected = "rejected"
    withdrawn = "withdrawn"


class PipelineStage(TenantModel):
    __tablename__ = "pipeline_stages"
    __table_args__ = (
        Index(
            "uq_pipeline_stages_org_name",
            "org_id",
            text("lower(name)"),
            unique=True,
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_pipeline_stages_org_position", "org_id", "position"),
    )

    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20), default=StageKind.open.value)
    position: Mapped[int] = mapped_column(Integer, default=0)
