"""ORM models, one file per table. Import them all here so metadata is complete."""

from talentsonar.core.models import Base
from talentsonar.models.api_key import ApiKey
from talentsonar.models.membership import Membership, Role
from talentsonar.models.organization import Organization
from talentsonar.models.refresh_token import RefreshToken
from talentsonar.models.task import Task, TaskStatus
from talentsonar.models.user import User

__all__ = [
    "ApiKey",
    "Base",
    "Membership",
    "Organization",
    "RefreshToken",
    "Role",
    "Task",
    "TaskStatus",
    "User",
]
