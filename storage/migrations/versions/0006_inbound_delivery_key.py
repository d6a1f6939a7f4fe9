"""inbound delivery key: a repeat is the same update delivered again, not a reused update id

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 13:30:00

Telegram numbers updates sequentially but picks a random next id after a week without updates,
and a restarted Bot API server (our sandbox, a local server) starts again from 1: an update id
alone can come back for a different message. The delivery key adds who sent what where, so only
a true redelivery is a repeat.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
_KEY = (
    "CAST(update_id AS VARCHAR) || ':' || kind || ':' || COALESCE(CAST(telegram_user_id AS"
    " VARCHAR), '') || ':' || COALESCE(CAST(chat_id AS VARCHAR), '') || ':' ||"
    " COALESCE(CAST(message_id AS VARCHAR), '')"
)


def _old_unique_name() -> str:
    """PostgreSQL named the first schema's unnamed constraint itself; SQLite's gets ours."""
    if op.get_bind().dialect.name == "postgresql":
        return "inbound_messages_update_id_key"
    return "uq_inbound_messages_update_id"


def upgrade() -> None:
    op.add_column("inbound_messages", sa.Column("delivery_key", sa.String(160), nullable=True))
    op.execute(f"UPDATE inbound_messages SET delivery_key = {_KEY}")
    with op.batch_alter_table("inbound_messages", naming_convention=_NAMES) as batch_op:
        batch_op.drop_constraint(_old_unique_name(), type_="unique")
        batch_op.alter_column("delivery_key", existing_type=sa.String(160), nullable=False)
        batch_op.create_index("ix_inbound_delivery_key", ["delivery_key"], unique=True)
        batch_op.create_index("ix_inbound_update_id", ["update_id"])


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", naming_convention=_NAMES) as batch_op:
        batch_op.drop_index("ix_inbound_update_id")
        batch_op.drop_index("ix_inbound_delivery_key")
        batch_op.drop_column("delivery_key")
        batch_op.create_unique_constraint(_old_unique_name(), ["update_id"])
