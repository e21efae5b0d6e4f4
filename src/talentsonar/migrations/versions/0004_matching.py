# ruff: noqa: E501
"""matches, feedback, org_ranking_models (matching engine)

Revision ID: 0004
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def _tenant_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "matches",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("match_score", sa.Float(), nullable=False),
        sa.Column("match_rationale", sa.Text(), nullable=False),
        sa.Column("features", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("weights", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("scorer_version", sa.String(length=40), nullable=False),
        sa.Column("embedding_model", sa.String(length=200), nullable=True),
        sa.Column("inputs_hash", sa.String(length=64), nullable=False),
        sa.Column("analysis_type", sa.String(length=20), nullable=False),
        sa.Column("ai_analysis", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("ai_provenance", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("analyzed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("is_hidden_gem", sa.Boolean(), nullable=False),
        *_tenant_columns(),
        sa.ForeignKeyConstraint(["org_id"], ["organizations.id"], name=op.f("fk_matches_org_id_organizations"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_matches_job_id_jobs"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"], name=op.f("fk_matches_candidate_id_candidates"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matches")),
        sa.UniqueConstraint("job_id", "candidate_id", name="uq_matches_job_candidate"),
    )
    op.create_index(op.f("ix_matches_org_id"), "matches", ["org_id"])
    op.create_index(op.f("ix_matches_created_at"), "matches", ["created_at"])
    op.execute("CREATE INDEX ix_matches_job_score ON matches (job_id, match_score DESC, candidate_id)")
    op.execute("CREATE INDEX ix_matches_candidate_score ON matches (candidate_id, match_score DESC, job_id)")

    op.create_table(
        "feedback",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("feedback_type", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        *_tenant_columns(),
        sa.ForeignKeyConstraint(["org_id"], ["organizations.id"], name=op.f("fk_feedback_org_id_organizations"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_feedback_job_id_jobs"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"], name=op.f("fk_feedback_candidate_id_candidates"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_feedback_created_by_id_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.CheckConstraint("feedback_type IN ('positive', 'negative', 'hired')", name=op.f("ck_feedback_feedback_type")),
    )
    op.create_index(op.f("ix_feedback_org_id"), "feedback", ["org_id"])
    op.create_index(op.f("ix_feedback_created_at"), "feedback", ["created_at"])
    op.create_index("ix_feedback_job_candidate", "feedback", ["job_id", "candidate_id"])

    op.create_table(
        "org_ranking_models",
        sa.Column("weights", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("n_samples", sa.Integer(), nullable=False),
        sa.Column("n_positive", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("training_loss", sa.Float(), nullable=True),
        sa.Column("algorithm", sa.String(length=60), nullable=False),
        *_tenant_columns(),
        sa.ForeignKeyConstraint(["org_id"], ["organizations.id"], name=op.f("fk_org_ranking_models_org_id_organizations"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_ranking_models")),
        sa.UniqueConstraint("org_id", name="uq_org_ranking_models_org"),
    )
    op.create_index(op.f("ix_org_ranking_models_org_id"), "org_ranking_models", ["org_id"])
    op.create_index(op.f("ix_org_ranking_models_created_at"), "org_ranking_models", ["created_at"])

    op.create_table(
        "candidate_title_vectors",
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("embedding", Vector(384), nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"], name=op.f("fk_candidate_title_vectors_candidate_id_candidates"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["org_id"], ["organizations.id"], name=op.f("fk_candidate_title_vectors_org_id_organizations"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_candidate_title_vectors")),
    )
    op.create_index(op.f("ix_candidate_title_vectors_org_id"), "candidate_title_vectors", ["org_id"])


def downgrade() -> None:
    op.drop_table("candidate_title_vectors")
    op.drop_table("org_ranking_models")
    op.drop_table("feedback")
    op.drop_table("matches")
