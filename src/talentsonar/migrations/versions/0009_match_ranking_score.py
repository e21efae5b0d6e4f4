"""Matches keep the AI score beside the basic one, and rank by the AI score when present.

- ``matches.ai_score``: the score of the pair's AI fit analysis (backfilled from
  ``ai_analysis``).
- ``matches.ranking_score``: ``coalesce(ai_score, match_score)``, stored and indexed per
  job and per candidate: the seed's ``matchScore``, the order of every match list.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("matches", sa.Column("ai_score", sa.Float(), nullable=True))
    op.execute(
        "UPDATE matches SET ai_score = (ai_analysis->>'matchScore')::float8 "
        "WHERE ai_analysis ? 'matchScore' AND jsonb_typeof(ai_analysis->'matchScore') = 'number'"
    )
    op.add_column(
        "matches",
        sa.Column(
            "ranking_score",
            sa.Float(),
            sa.Computed("coalesce(ai_score, match_score)", persisted=True),
            nullable=False,
        ),
    )
    op.execute(
        "CREATE INDEX ix_matches_job_ranking ON matches (job_id, ranking_score DESC, candidate_id)"
    )
    op.execute(
        "CREATE INDEX ix_matches_candidate_ranking "
        "ON matches (candidate_id, ranking_score DESC, job_id)"
    )
    op.drop_index("ix_matches_job_score", table_name="matches")
    op.drop_index("ix_matches_candidate_score", table_name="matches")


def downgrade() -> None:
    op.execute(
        "CREATE INDEX ix_matches_job_score ON matches (job_id, match_score DESC, candidate_id)"
    )
    op.execute(
        "CREATE INDEX ix_matches_candidate_score "
        "ON matches (candidate_id, match_score DESC, job_id)"
    )
    op.drop_index("ix_matches_candidate_ranking", table_name="matches")
    op.drop_index("ix_matches_job_ranking", table_name="matches")
    op.drop_column("matches", "ranking_score")
    op.drop_column("matches", "ai_score")
