from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, func
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base


class LoginThrottle(Base):
    """Sign-in attempts in the current window, per account (lower-cased email, whether or
    not such a user exists) and source (``ip:…``, ``device:…``, or ``*`` for the whole
    account). A success deletes its source's row; expired rows are swept by later attempts."""

    __tablename__ = "login_throttles"

    account: Mapped[str] = mapped_column(String(320), primary_key=True)
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    window_started_at: Mapped[datetime] = mapped_column(server_default=func.now(), index=True)
