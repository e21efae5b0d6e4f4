"""JobSwap: companies, HR users, employee profiles, matches, swap requests, HR reviews,
the commute cache, the ``employee`` and ``hr`` roles, and the seed's ``match_profiles``.

Revision ID: 0015
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None

MATCH_PROFILES = """
CREATE OR REPLACE FUNCTION match_profiles(
  query_embedding vector(384),
  match_threshold float DEFAULT 0.7,
  match_count int DEFAULT 10,
  network uuid DEFAULT NULL
)
RETURNS TABLE (
  id uuid, user_id uuid, name text, company text, job_title text, skills text[],
  compatibility_score float
)
LANGUAGE sql STABLE
AS $$
  SELECT p.id, p.user_id, p.name::text, c.name::text, p.job_title::text, p.skills::text[],
         1 - (p.resume_embedding <=> query_embedding)
  FROM jobswap_profiles p
  JOIN jobswap_companies c ON c.id = p.company_id
  WHERE p.deleted_at IS NULL
    AND p.resume_embedding IS NOT NULL
    AND (network IS NULL OR p.org_id = network)
    AND 1 - (p.resume_embedding <=> query_embedding) > match_threshold
  ORDER BY p.resume_embedding <=> query_embedding
  LIMIT match_count
$$;
"""


def _tenant_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column(
            "org_id",
            sa.Uuid(),
            sa.ForeignKey("organizations.id", ondelete="CASCADE", name=None),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _tenant_indexes(table: str) -> None:
    op.create_index(f"ix_{table}_org_id", table, ["org_id"])
    op.create_index(f"ix_{table}_created_at", table, ["created_at"])


def upgrade() -> None:
    # New enum values are committed before anything uses them (PostgreSQL 12+ allows
    # ADD VALUE in a transaction; the values are only used by later transactions).
    op.execute("ALTER TYPE role ADD VALUE IF NOT EXISTS 'employee' BEFORE 'viewer'")
    op.execute("ALTER TYPE role ADD VALUE IF NOT EXISTS 'hr' BEFORE 'viewer'")

    op.create_table(
        "jobswap_companies",
        *_tenant_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_jobswap_companies"),
        sa.UniqueConstraint("org_id", "name", name="uq_jobswap_companies_org_id_name"),
    )
    _tenant_indexes("jobswap_companies")

    op.create_table(
        "jobswap_hr_users",
        *_tenant_columns(),
        sa.Column(
            "user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "company_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_companies.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name="pk_jobswap_hr_users"),
        sa.UniqueConstraint("org_id", "user_id", name="uq_jobswap_hr_users_org_id_user_id"),
    )
    _tenant_indexes("jobswap_hr_users")
    op.create_index("ix_jobswap_hr_users_company_id", "jobswap_hr_users", ["company_id"])

    op.create_table(
        "jobswap_profiles",
        *_tenant_columns(),
        sa.Column(
            "user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column(
            "company_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_companies.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("phone", sa.String(60), nullable=True),
        sa.Column("job_title", sa.String(200), nullable=False),
        sa.Column("salary_band", sa.String(60), nullable=True),
        sa.Column("salary_min", sa.Integer(), nullable=True),
        sa.Column("salary_max", sa.Integer(), nullable=True),
        sa.Column("home_address", sa.String(300), nullable=False),
        sa.Column("home_lat", sa.Float(), nullable=False),
        sa.Column("home_lon", sa.Float(), nullable=False),
        sa.Column("home_area", sa.String(200), nullable=False),
        sa.Column("work_address", sa.String(300), nullable=False),
        sa.Column("work_lat", sa.Float(), nullable=False),
        sa.Column("work_lon", sa.Float(), nullable=False),
        sa.Column("work_area", sa.String(200), nullable=False),
        sa.Column("commute_mode", sa.String(20), nullable=False),
        sa.Column("skills", postgresql.ARRAY(sa.String(100)), nullable=False),
        sa.Column("profile_complete", sa.Boolean(), nullable=False),
        sa.Column("avatar_url", sa.String(500), nullable=True),
        sa.Column(
            "candidate_id",
            sa.Uuid(),
            sa.ForeignKey("candidates.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("resume_text", sa.Text(), nullable=True),
        sa.Column("parsed_resume", postgresql.JSONB(), nullable=True),
        sa.Column("resume_embedding", Vector(384), nullable=True),
        sa.Column("role_embedding", Vector(384), nullable=True),
        sa.Column("matches_generated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jobswap_profiles"),
        sa.UniqueConstraint("org_id", "user_id", name="uq_jobswap_profiles_org_id_user_id"),
    )
    _tenant_indexes("jobswap_profiles")
    op.create_index("ix_jobswap_profiles_company_id", "jobswap_profiles", ["company_id"])
    op.create_index(
        "ix_jobswap_profiles_work_point", "jobswap_profiles", ["org_id", "work_lat", "work_lon"]
    )
    op.create_index(
        "ix_jobswap_profiles_resume_hnsw",
        "jobswap_profiles",
        ["resume_embedding"],
        postgresql_using="hnsw",
        postgresql_ops={"resume_embedding": "vector_cosine_ops"},
    )
    op.create_index(
        "ix_jobswap_profiles_role_hnsw",
        "jobswap_profiles",
        ["role_embedding"],
        postgresql_using="hnsw",
        postgresql_ops={"role_embedding": "vector_cosine_ops"},
    )

    op.create_table(
        "jobswap_matches",
        *_tenant_columns(),
        sa.Column(
            "profile_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_profiles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "match_profile_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_profiles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("compatibility_score", sa.Integer(), nullable=False),
        sa.Column("breakdown", postgresql.JSONB(), nullable=False),
        sa.Column("commute_before_minutes", sa.Integer(), nullable=False),
        sa.Column("commute_after_minutes", sa.Integer(), nullable=False),
        sa.Column("their_commute_before_minutes", sa.Integer(), nullable=False),
        sa.Column("their_commute_after_minutes", sa.Integer(), nullable=False),
        sa.Column("salary_compatible", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_jobswap_matches"),
        sa.UniqueConstraint(
            "profile_id", "match_profile_id", name="uq_jobswap_matches_profile_id_match_profile_id"
        ),
    )
    _tenant_indexes("jobswap_matches")
    op.create_index(
        "ix_jobswap_matches_profile_score", "jobswap_matches", ["profile_id", "compatibility_score"]
    )
    op.create_index("ix_jobswap_matches_match_profile_id", "jobswap_matches", ["match_profile_id"])

    op.create_table(
        "jobswap_swap_requests",
        *_tenant_columns(),
        sa.Column(
            "match_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_matches.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "from_profile_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_profiles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "to_profile_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_profiles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("share_resume", sa.Boolean(), nullable=False),
        sa.Column("share_contact", sa.Boolean(), nullable=False),
        sa.Column("to_share_resume", sa.Boolean(), nullable=False),
        sa.Column("to_share_contact", sa.Boolean(), nullable=False),
        sa.Column("commute_savings_minutes", sa.Integer(), nullable=False),
        sa.Column("from_accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("to_accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("declined_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jobswap_swap_requests"),
    )
    _tenant_indexes("jobswap_swap_requests")
    op.create_index(
        "ix_jobswap_swap_requests_from_profile_id", "jobswap_swap_requests", ["from_profile_id"]
    )
    op.create_index(
        "ix_jobswap_swap_requests_to_profile_id", "jobswap_swap_requests", ["to_profile_id"]
    )

    op.create_table(
        "jobswap_hr_requests",
        *_tenant_columns(),
        sa.Column(
            "swap_request_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_swap_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "company_id",
            sa.Uuid(),
            sa.ForeignKey("jobswap_companies.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("estimated_cost_savings", sa.Numeric(12, 2), nullable=False),
        sa.Column("savings_breakdown", postgresql.JSONB(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "decided_by_id",
            sa.Uuid(),
            sa.ForeignKey("users.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jobswap_hr_requests"),
        sa.UniqueConstraint(
            "swap_request_id",
            "company_id",
            name="uq_jobswap_hr_requests_swap_request_id_company_id",
        ),
    )
    _tenant_indexes("jobswap_hr_requests")
    op.create_index("ix_jobswap_hr_requests_company_id", "jobswap_hr_requests", ["company_id"])

    op.create_table(
        "jobswap_commutes",
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_jobswap_commutes"),
    )
    op.execute(MATCH_PROFILES)


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS match_profiles(vector, float, int, uuid)")
    for table in (
        "jobswap_commutes",
        "jobswap_hr_requests",
        "jobswap_swap_requests",
        "jobswap_matches",
        "jobswap_profiles",
        "jobswap_hr_users",
        "jobswap_companies",
    ):
        op.drop_table(table)
    # PostgreSQL cannot drop an enum value: members with these roles become viewers.
    op.execute("UPDATE memberships SET role = 'viewer' WHERE role IN ('employee', 'hr')")
