"""E-mails to people outside the organisation (candidates), sent by the e-mail task."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class OutboundEmail(TenantModel):
    __tablename__ = "outbound_emails"

    to_address: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    #: pending, sent
    status: Mapped[str] = mapped_column(String(20), default="pending")
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    #: What the e-mail is about (``application``), and its id.
    subject_type: Mapped[str | None] = mapped_column(String(40), default=None)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    #: The candidate it was sent to, if any: erasing the candidate erases the e-mail.
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), default=None, index=True
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
