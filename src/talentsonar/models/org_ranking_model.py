"""Per-organisation ranking weights learned from recruiter feedback."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, Integer, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class OrgRankingModel(TenantModel):
    """The active learned weights of one organisation (one row per org, ``version`` bumps)."""

    __tablename__ = "org_ranking_models"
    __table_args__ = (UniqueConstraint("org_id", name="uq_org_ranking_models_org"),)

    weights: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    n_samples: Mapped[int] = mapped_column(Integer, default=0)
    n_positive: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    training_loss: Mapped[float | None] = mapped_column(Float, default=None)
    algorithm: Mapped[str] = mapped_column(String(60), default="l2-logistic-nonneg")
