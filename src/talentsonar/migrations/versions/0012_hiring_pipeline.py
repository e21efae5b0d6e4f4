"""The hiring pipeline: stages, rejection reasons, applications and their history,
candidate notes, and outbound e-mails (to candidates).

Every existing organisation gets the default stages and rejection reasons (new
organisations get them when they are created).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: A frozen copy of ``pipeline.defaults`` at this revision.
DEFAULT_STAGES = (
    ("New", "open"),
    ("Screening", "open"),
    ("Assessment", "open"),
    ("Interview", "open"),
    ("Offer", "open"),
    ("Hired", "hired"),
    ("Rejected", "rejected"),
    ("Withdrawn", "withdrawn"),
)
DEFAULT_REASONS = (
    "Not enough experience",
    "Skills do not match the role",
    "Salary expectations",
    "Location or right to work",
    "Position filled",
    "Candidate did not respond",
    "Other",
)


def _tenant_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("org_id", sa.Uuid(), nullable=False),
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


def _tenant_table(
    name: str, *columns: sa.Column[Any], fks: tuple[sa.ForeignKeyConstraint, ...] = ()
) -> None:
    op.create_table(
        name,
        *columns,
        *_tenant_columns(),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organizations.id"],
            name=op.f(f"fk_{name}_org_id_organizations"),
            ondelete="CASCADE",
        ),
        *fks,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_org_id"), name, ["org_id"])
    op.create_index(op.f(f"ix_{name}_created_at"), name, ["created_at"])


def _fk(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    _tenant_table(
        "pipeline_stages",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index(
        "uq_pipeline_stages_org_name",
        "pipeline_stages",
        ["org_id", sa.text("lower(name)")],
        unique=True,
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index("ix_pipeline_stages_org_position", "pipeline_stages", ["org_id", "position"])

    _tenant_table(
        "rejection_reasons",
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index(
        "uq_rejection_reasons_org_label",
        "rejection_reasons",
        ["org_id", sa.text("lower(label)")],
        unique=True,
        postgresql_where=sa.text("deleted_at IS NULL"),
    )

    _tenant_table(
        "applications",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("stage_entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("rejection_reason_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        fks=(
            _fk("applications", "job_id", "jobs", "CASCADE"),
            _fk("applications", "candidate_id", "candidates", "CASCADE"),
            _fk("applications", "stage_id", "pipeline_stages"),
            _fk("applications", "rejection_reason_id", "rejection_reasons"),
            _fk("applications", "created_by_id", "users", "SET NULL"),
        ),
    )
    op.create_index(
        "uq_applications_job_candidate",
        "applications",
        ["job_id", "candidate_id"],
        unique=True,
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index(
        "ix_applications_org_job_stage", "applications", ["org_id", "job_id", "stage_id"]
    )
    op.create_index("ix_applications_org_candidate", "applications", ["org_id", "candidate_id"])
    op.create_index(op.f("ix_applications_stage_id"), "applications", ["stage_id"])

    _tenant_table(
        "application_events",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("from_stage_id", sa.Uuid(), nullable=True),
        sa.Column("to_stage_id", sa.Uuid(), nullable=False),
        sa.Column("from_stage_name", sa.String(length=60), nullable=True),
        sa.Column("to_stage_name", sa.String(length=60), nullable=False),
        sa.Column("actor_user_id", sa.Uuid(), nullable=True),
        sa.Column("rejection_reason_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        fks=(
            _fk("application_events", "application_id", "applications", "CASCADE"),
            _fk("application_events", "from_stage_id", "pipeline_stages"),
            _fk("application_events", "to_stage_id", "pipeline_stages"),
            _fk("application_events", "actor_user_id", "users", "SET NULL"),
            _fk("application_events", "rejection_reason_id", "rejection_reasons"),
        ),
    )
    op.create_index(
        "ix_application_events_application", "application_events", ["application_id", "created_at"]
    )
    op.create_index(
        "ix_application_events_org_stage", "application_events", ["org_id", "to_stage_id"]
    )

    _tenant_table(
        "candidate_notes",
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("mentions", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        fks=(
            _fk("candidate_notes", "candidate_id", "candidates", "CASCADE"),
            _fk("candidate_notes", "author_id", "users", "SET NULL"),
        ),
    )
    op.create_index(
        "ix_candidate_notes_org_candidate", "candidate_notes", ["org_id", "candidate_id"]
    )

    _tenant_table(
        "outbound_emails",
        sa.Column("to_address", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("subject_type", sa.String(length=40), nullable=True),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("candidate_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        fks=(
            _fk("outbound_emails", "candidate_id", "candidates", "CASCADE"),
            _fk("outbound_emails", "created_by_id", "users", "SET NULL"),
        ),
    )
    op.create_index(op.f("ix_outbound_emails_subject_id"), "outbound_emails", ["subject_id"])
    op.create_index(op.f("ix_outbound_emails_candidate_id"), "outbound_emails", ["candidate_id"])

    seed_defaults(op.get_bind())


def seed_defaults(conn: sa.Connection) -> None:
    """The default stages and rejection reasons of every existing organisation."""
    stages = sa.table(
        "pipeline_stages",
        sa.column("id", sa.Uuid()),
        sa.column("org_id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("position", sa.Integer()),
    )
    reasons = sa.table(
        "rejection_reasons",
        sa.column("id", sa.Uuid()),
        sa.column("org_id", sa.Uuid()),
        sa.column("label", sa.String()),
        sa.column("position", sa.Integer()),
    )
    org_ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM organizations"))]
    for org_id in org_ids:
        conn.execute(
            stages.insert(),
            [
                {"id": uuid.uuid4(), "org_id": org_id, "name": name, "kind": kind, "position": i}
                for i, (name, kind) in enumerate(DEFAULT_STAGES)
            ],
        )
        conn.execute(
            reasons.insert(),
            [
                {"id": uuid.uuid4(), "org_id": org_id, "label": label, "position": i}
                for i, label in enumerate(DEFAULT_REASONS)
            ],
        )


def downgrade() -> None:
    for table in (
        "outbound_emails",
        "candidate_notes",
        "application_events",
        "applications",
        "rejection_reasons",
        "pipeline_stages",
    ):
        op.drop_table(table)
