"""Skills an organisation adds to the shipped taxonomy (its own vocabulary)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class OrgSkill(TenantModel):
    """``category_id`` is a shipped category's slug; ``proficiency`` (0-10) the level the
    organisation expects, when it names one."""

    __tablename__ = "org_skills"
    __table_args__ = (
        Index("uq_org_skills_org_name", "org_id", text("lower(name)"), unique=True,
              postgresql_where=text("deleted_at IS NULL")),
    )

    name: Mapped[str] = mapped_column(String(100))
    category_id: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    proficiency: Mapped[int | None] = mapped_column(Integer, default=None)
    tags: Mapped[list[str]] = mapped_column(JSONB, default=list)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
