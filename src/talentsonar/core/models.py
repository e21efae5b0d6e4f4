"""The ORM base (``Base``, ``RecordModel``, ``TenantModel``, ``utcnow``) for code outside
``talentsonar.models``. It lives in :mod:`talentsonar.models.base` so that the tables
depend on nothing in ``core`` (``core`` builds on the tables, never the reverse)."""

from talentsonar.models.base import (
    NAMING_CONVENTION,
    Base,
    IdMixin,
    RecordModel,
    TenantModel,
    TimestampMixin,
    utcnow,
)

__all__ = [
    "NAMING_CONVENTION",
    "Base",
    "IdMixin",
    "RecordModel",
    "TenantModel",
    "TimestampMixin",
    "utcnow",
]
