from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class WebhookEndpoint(TenantModel):
    """Where an organisation wants its events POSTed, signed with ``secret``."""

    __tablename__ = "webhook_endpoints"

    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(String(300), default="")
    event_types: Mapped[list[str]] = mapped_column(ARRAY(String(50)))
    secret: Mapped[str] = mapped_column(String(100))
    previous_secret: Mapped[str | None] = mapped_column(String(100), default=None)
    active: Mapped[bool] = mapped_column(default=True)
