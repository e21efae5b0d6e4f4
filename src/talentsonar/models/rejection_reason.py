"""The reasons an organisation gives when it rejects an application."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class RejectionReason(TenantModel):
    __tablename__ = "rejection_reasons"
    __table_args__ = (
        Index(
            "uq_rejection_reasons_org_label",
            "org_id",
            text("lower(label)"),
            unique=True,
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
