"""candidates.phone_e164 replaces phone_digits: phones are compared in E.164
(``phonenumbers``), not by their last 12 digits.

Existing rows are re-keyed here: a phone written with its country code keeps it, one
without is read as a US number (the parser's default region; the next change to the
candidate re-keys it from its location).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import phonenumbers
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BATCH = 1000


def _e164(phone: str | None) -> str | None:
    if not phone:
        return None
    try:
        number = phonenumbers.parse(phone, "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def upgrade() -> None:
    op.alter_column("candidates", "phone_digits", new_column_name="phone_e164")
    rekey(op.get_bind())


def rekey(conn: sa.Connection) -> None:
    """Set ``phone_e164`` of every candidate with a phone, in batches."""
    candidates = sa.table(
        "candidates",
        sa.column("id", sa.Uuid()),
        sa.column("phone", sa.String()),
        sa.column("phone_e164", sa.String()),
    )
    last = None
    while True:
        stmt = (
            sa.select(candidates.c.id, candidates.c.phone)
            .where(candidates.c.phone.is_not(None))
            .order_by(candidates.c.id)
            .limit(BATCH)
        )
        if last is not None:
            stmt = stmt.where(candidates.c.id > last)
        rows = conn.execute(stmt).all()
        if not rows:
            break
        conn.execute(
            sa.update(candidates)
            .where(candidates.c.id == sa.bindparam("row_id"))
            .values(phone_e164=sa.bindparam("key")),
            [{"row_id": row.id, "key": _e164(row.phone)} for row in rows],
        )
        last = rows[-1].id


def downgrade() -> None:
    op.alter_column("candidates", "phone_e164", new_column_name="phone_digits")
    op.execute(
        "UPDATE candidates SET phone_digits = nullif(right(regexp_replace("
        "coalesce(phone, ''), '\\D', '', 'g'), 12), '')"
    )
