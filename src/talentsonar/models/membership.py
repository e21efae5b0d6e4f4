from __future__ import annotations

import enum
import uuid

from sqlalchemy import Enum, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import RecordModel


class Role(enum.StrEnum):
    """Organisation roles, weakest first. ``employee`` and ``hr`` are the JobSwap roles: they
    reach only ``/api/v1/jobswap`` (and their own session and notifications), never the
    recruiting API (:func:`talentsonar.auth.principal.caller`)."""

    employee = "employee"
    hr = "hr"
    viewer = "viewer"
    recruiter = "recruiter"
    admin = "admin"
    owner = "owner"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def at_least(self, other: Role) -> bool:
        return self.rank >= other.rank

    @property
    def is_network(self) -> bool:
        """A JobSwap role (employee or HR), kept out of the recruiting API."""
        return self in (Role.employee, Role.hr)


role_enum = Enum(Role, name="role", values_callable=lambda e: [m.value for m in e])


class Membership(RecordModel):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "org_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    org_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(role_enum)
