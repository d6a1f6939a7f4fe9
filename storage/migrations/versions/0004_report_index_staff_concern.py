"""report index with staff_concern: summaries leave staff information out without the table

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 12:00:00

Every report filters out information about a staff member for readers other than security
intelligence (CD 568-2). Without ``staff_concern`` in the covering index of 0002, each entry of
the window was read from the table and a year's summary took twice as long.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

BEFORE = ["site_id", "submitted_at", "version", "status", "urgency", "kind", "positive"]
AFTER = ["officer_id"]

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _create(key: list[str]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            "ix_entries_report", "entries", key, postgresql_include=["id", "routes", "reasons"]
        )
    else:
        op.create_index("ix_entries_report", "entries", [*key, "routes", "reasons"])


def upgrade() -> None:
    op.drop_index("ix_entries_report", table_name="entries")
    _create([*BEFORE, "staff_concern", *AFTER])


def downgrade() -> None:
    op.drop_index("ix_entries_report", table_name="entries")
    _create([*BEFORE, *AFTER])
