"""duty check and outbox indexes: "Still on duty?" site settings; outbox by chat and by expiry

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:00:00

Sites ask on-duty supervisors whether they are still on duty after a long shift (default 12 h,
30 min to answer). The outbox is looked up by chat (is this recipient known to have blocked the
bot? which row sent the message tapped?) and by expiry time (chat copies to delete).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(
            sa.Column("duty_check_after_s", sa.Integer(), nullable=False, server_default="43200")
        )
        batch.add_column(
            sa.Column("duty_check_grace_s", sa.Integer(), nullable=False, server_default="1800")
        )
    op.create_index("ix_outbox_chat", "outbox", ["chat_id", "status"])
    op.create_index("ix_outbox_expiry", "outbox", ["status", "delete_after"])


def downgrade() -> None:
    op.drop_index("ix_outbox_expiry", table_name="outbox")
    op.drop_index("ix_outbox_chat", table_name="outbox")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("duty_check_grace_s")
        batch.drop_column("duty_check_after_s")
