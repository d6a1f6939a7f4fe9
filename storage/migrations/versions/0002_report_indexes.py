"""report indexes: a covering index of entries, entries by offender row, alerts by site and time

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00

A year's summary of a site counts about 100,000 entries several ways; read from one covering
index instead of the table it stays under half a second (benchmarks/summary_scale.py).
PostgreSQL cannot key on JSON, so there id, routes and reasons are INCLUDE columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

KEY = ["site_id", "submitted_at", "version", "status", "urgency", "kind", "positive", "officer_id"]

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            "ix_entries_report",
            "entries",
            KEY,
            postgresql_include=["id", "routes", "reasons"],
        )
    else:
        op.create_index("ix_entries_report", "entries", [*KEY, "routes", "reasons"])
    op.create_index("ix_entry_offenders_entry", "entry_offenders", ["entry_id", "fps"])
    op.create_index("ix_alerts_site_created", "alerts", ["site_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_alerts_site_created", table_name="alerts")
    op.drop_index("ix_entry_offenders_entry", table_name="entry_offenders")
    op.drop_index("ix_entries_report", table_name="entries")
