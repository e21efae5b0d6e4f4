"""Sign-in throttling in PostgreSQL, and live sign-in sessions found by one index probe.

- ``login_throttles``: attempts per account and source in the current window (every API
  process sees the same counts, with or without Redis).
- ``login_sources``: addresses a user signed in from, spared by the account-wide limit.
- ``ix_refresh_tokens_live_family``: every authenticated request asks whether its access
  token's session (refresh-token family) still has a live token.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttles",
        sa.Column("account", sa.String(length=320), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "window_started_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("account", "source", name=op.f("pk_login_throttles")),
    )
    op.create_index(
        op.f("ix_login_throttles_window_started_at"), "login_throttles", ["window_started_at"]
    )
    op.create_table(
        "login_sources",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column(
            "last_success_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_login_sources_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "source", name=op.f("pk_login_sources")),
    )
    op.create_index(
        "ix_refresh_tokens_live_family", "refresh_tokens", ["family_id"],
        postgresql_where=sa.text("revoked_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_refresh_tokens_live_family", table_name="refresh_tokens")
    op.drop_table("login_sources")
    op.drop_index(op.f("ix_login_throttles_window_started_at"), table_name="login_throttles")
    op.drop_table("login_throttles")
