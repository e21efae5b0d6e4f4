"""candidates.embedding_version: the text recipe a candidate's vector was made from.

With ``embedding_model`` it tells which vectors are stale after the model or the recipe
changed (jobs already carry ``embedding_version``); the worker re-embeds them.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "candidates",
        sa.Column("embedding_version", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_column("candidates", "embedding_version")
