"""inbox payload and outbox files: every update stored whole before Telegram is told it
arrived; every reply, files included, sent through the outbox

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 14:00:00

The receiver (polling or webhook) stores each update's JSON and only then advances the offset or
answers 2xx; the dispatcher handles what is stored and not yet processed, in order per sender,
after a crash or a database error as well. ``attempts`` counts how often handling was tried, so
an update that can never be handled stops being tried, on the record.

A reply's document or chart is an outbox row like its text (``file_data``, ``file_name``): it
commits with the work it reports and reaches its chat in order after the text before it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNHANDLED = sa.text("processed_at IS NULL")


def upgrade() -> None:
    op.add_column("inbound_messages", sa.Column("payload", sa.Text(), nullable=True))
    op.add_column(
        "inbound_messages",
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index(
        "ix_inbound_unhandled",
        "inbound_messages",
        ["id"],
        sqlite_where=_UNHANDLED,
        postgresql_where=_UNHANDLED,
    )
    op.add_column("outbox", sa.Column("file_data", sa.LargeBinary(), nullable=True))
    op.add_column("outbox", sa.Column("file_name", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_column("file_name")
        batch_op.drop_column("file_data")
    op.drop_index("ix_inbound_unhandled", table_name="inbound_messages")
    with op.batch_alter_table("inbound_messages") as batch_op:
        batch_op.drop_column("attempts")
        batch_op.drop_column("payload")
