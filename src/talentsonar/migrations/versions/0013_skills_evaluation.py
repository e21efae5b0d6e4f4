"""Skills evaluation: skill profiles (combined level per candidate and skill, and each
source's evidence), skills an organisation adds, assessments, invitations and answers.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0013"
down_revision = "0012"
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

    op.create_table(
        "org_skills",
        *_tenant("org_skills"),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("category_id", sa.String(80), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("proficiency", sa.Integer(), nullable=True),
        sa.Column("tags", JSONB, nullable=False),
        sa.Column("created_by_id", sa.Uuid(),
                  sa.ForeignKey("users.id", ondelete="SET NULL",
                                name="fk_org_skills_created_by_id_users"), nullable=True),
    )
    _tenant_indexes("org_skills")
    op.create_index("uq_org_skills_org_name", "org_skills", ["org_id", sa.text("lower(name)")],
                    unique=True, postgresql_where=sa.text("deleted_at IS NULL"))

    op.create_table(
        "assessments",
        *_tenant("assessments"),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("job_id", sa.Uuid(),
                  sa.ForeignKey("jobs.id", ondelete="SET NULL", name="fk_assessments_job_id_jobs"),
                  nullable=True),
        sa.Column("seniority", sa.String(20), nullable=False),
        sa.Column("skills", JSONB, nullable=False),
        sa.Column("questions_per_skill", sa.Integer(), nullable=False),
        sa.Column("include_code", sa.Boolean(), nullable=False),
        sa.Column("time_limit_minutes", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(),
                  sa.ForeignKey("users.id", ondelete="SET NULL",
                                name="fk_assessments_created_by_id_users"), nullable=True),
    )
    _tenant_indexes("assessments")

    op.create_table(
        "assessment_invitations",
        *_tenant("assessment_invitations"),
        sa.Column("assessment_id", sa.Uuid(),
                  sa.ForeignKey("assessments.id", ondelete="CASCADE",
                                name="fk_assessment_invitations_assessment_id_assessments"),
                  nullable=False),
        _candidate_fk("assessment_invitations"),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("token_nonce", sa.LargeBinary(16), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("graded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("paper", JSONB, nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("results", JSONB, nullable=False),
        sa.Column("invited_by_id", sa.Uuid(),
                  sa.ForeignKey("users.id", ondelete="SET NULL",
                                name="fk_assessment_invitations_invited_by_id_users"),
                  nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_assessment_invitations_token_hash"),
    )
    _tenant_indexes("assessment_invitations")
    op.create_index("ix_assessment_invitations_assessment_candidate", "assessment_invitations",
                    ["assessment_id", "candidate_id"])
    op.create_index("ix_assessment_invitations_candidate_id", "assessment_invitations",
                    ["candidate_id"])

    op.create_table(
        "assessment_answers",
        *_tenant("assessment_answers"),
        sa.Column("invitation_id", sa.Uuid(),
                  sa.ForeignKey("assessment_invitations.id", ondelete="CASCADE",
                                name="fk_assessment_answers_invitation_id_assessment_invitations"),
                  nullable=False),
        sa.Column("question_id", sa.String(80), nullable=False),
        sa.Column("answer", JSONB, nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("grading", JSONB, nullable=False),
        sa.UniqueConstraint("invitation_id", "question_id",
                            name="uq_assessment_answers_invitation_question"),
    )
    _tenant_indexes("assessment_answers")


def downgrade() -> None:
    op.drop_table("assessment_answers")
    op.drop_table("assessment_invitations")
    op.drop_table("assessments")
    op.drop_table("org_skills")
    op.drop_table("skill_evidence")
    op.drop_table("candidate_skills")
