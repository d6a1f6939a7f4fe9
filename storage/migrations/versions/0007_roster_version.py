"""roster version: raised by every roster import, so cached rosters see in-place updates

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:50:00

The cache used to compare (row count, highest id), which an import that only updates known
offenders (a new unit, a corrected surname) leaves unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sites", sa.Column("roster_version", sa.Integer(), nullable=False, server_default="0")
    )


def downgrade() -> None:
    with op.batch_alter_table("sites") as batch_op:
        batch_op.drop_column("roster_version")
