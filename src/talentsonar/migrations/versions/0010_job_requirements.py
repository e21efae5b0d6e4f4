"""jobs.requirements: where each requirement of a job comes from, and its evidence.

Per requirement field (``required_skills``, ``nice_to_have_skills``, ``seniority``,
``min_years_experience``): ``{"source": "inferred" | "edited", "evidence": [...]}``, plus
the ``version`` of the inference. ``{}`` (every job before this revision) means "never
inferred": the maintenance refresh infers those jobs' empty fields and re-scores them.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "jobs",
        sa.Column(
            "requirements",
            postgresql.JSONB(astext_type=sa.Text()),
            nullable=False,
            server_default=sa.text("'{}'::jsonb"),
        ),
    )


def downgrade() -> None:
    op.drop_column("jobs", "requirements")
