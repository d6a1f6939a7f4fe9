"""replica leases: work is claimed, not assumed

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 16:40:00

Several replicas share one PostgreSQL. An outbox row being sent, or a stored update being
handled, carries who claimed it (``claimed_by``: a replica's id) and until when
(``lease_until``). A live replica renews its leases every second; the leases of a replica that
died run out and another takes the work over, while a live replica's work is never touched.
On an update, ``lease_until`` without ``claimed_by`` is the time before which a failed handling
is not tried again (a database outage is waited out by whichever replica looks next).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("outbox", "inbound_messages")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(table, sa.Column("claimed_by", sa.String(64), nullable=True))
        op.add_column(table, sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("lease_until")
            batch_op.drop_column("claimed_by")
