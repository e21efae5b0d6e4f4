"""Skills evaluation: skill profiles (combined level per candidate and skill, and each
source's evidence), skills an organisation adds, assessments, invitations and answers.

Revision ID: 0013
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

JSONB = postgresql.JSONB(astext_type=sa.Text())


def _tenant(name: str) -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("org_id", sa.Uuid(),
                  sa.ForeignKey("organizations.id", ondelete="CASCADE",
                                name=f"fk_{name}_org_id_organizations"),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _tenant_indexes(name: str) -> None:
    op.create_index(f"ix_{name}_org_id", name, ["org_id"])
    op.create_index(f"ix_{name}_created_at", name, ["created_at"])


def _candidate_fk(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("candidate_id", sa.Uuid(),
                     sa.ForeignKey("candidates.id", ondelete="CASCADE",
                                   name=f"fk_{name}_candidate_id_candidates"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "candidate_skills",
        *_tenant("candidate_skills"),
        _candidate_fk("candidate_skills"),
        sa.Column("skill", sa.String(120), nullable=False),
        sa.Column("proficiency", sa.Float(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("sources", JSONB, nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("details", JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.UniqueConstraint("candidate_id", "skill", name="uq_candidate_skills_candidate_skill"),
    )
    _tenant_indexes("candidate_skills")
    op.create_index("ix_candidate_skills_org_skill", "candidate_skills", ["org_id", "skill"])

    op.create_table(
        "skill_evidence",
        *_tenant("skill_evidence"),
        _candidate_fk("skill_evidence"),
        sa.Column("skill", sa.String(120), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("proficiency", sa.Float(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", JSONB, nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("candidate_id", "skill", "source",
                            name="uq_skill_evidence_candidate_skill_source"),
    )
    _tenant_indexes("skill_evidence")
    op.create_index("ix_skill_evidence_candidate_id", "skill_evidence", ["candidate_id"])


def downgrade() -> None:
    op.drop_table("skill_evidence")
    op.drop_table("candidate_skills")
