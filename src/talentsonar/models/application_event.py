"""The history of an application: every stage change, who made it, when and why."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class ApplicationEvent(TenantModel):
    """``from_stage_id`` is ``None`` for the event that created the application. Stage
    names are copied as they were, so history reads the same after a rename."""

    __tablename__ = "application_events"
    __table_args__ = (
        Index("ix_application_events_application", "application_id", "created_at"),
        Index("ix_application_events_org_stage", "org_id", "to_stage_id"),
    )

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE")
    )
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pipeline_stages.id"), default=None
    )
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"))
    from_stage_name: Mapped[str | None] = mapped_column(String(60), default=None)
    to_stage_name: Mapped[str] = mapped_column(String(60))
    actor_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    rejection_reason_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("rejection_reasons.id"), default=None
    )
    reason: Mapped[str | None] = mapped_column(Text, default=None)
