"""report tallies: a site's figures per local day, stored once the day is over

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 10:00:00

A year's summary grouped a hundred thousand entries five times (about a second); it now reads
the tallies of the whole days that are over and counts only the rest from the entries
(storage/report_tallies.py). The tables start empty: a summary seals the days it reads the first
time, so nothing is backfilled here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_days",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"]),
        sa.PrimaryKeyConstraint("site_id", "day"),
    )
    op.create_table(
        "day_tallies",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("positive", sa.Boolean(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"]),
        sa.PrimaryKeyConstraint("site_id", "day", "urgency", "kind", "positive"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "facet_tallies",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("facet", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"]),
        sa.PrimaryKeyConstraint("site_id", "facet", "day", "value"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("facet_tallies")
    op.drop_table("day_tallies")
    op.drop_table("report_days")
