"""The words the database stores for states, routes and roles, as enums.

Each is a ``StrEnum``: a member compares equal to the string in its column, so the columns stay
plain strings (no migration) while the code names the few states a record can be in.
"""

from __future__ import annotations

from enum import StrEnum


class EntryStatus(StrEnum):
    """An entry's life: a draft while captured, then a submitted version that never changes."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    SIGNED = "signed"
    CANCELLED = "cancelled"


# The versions that are records (counted, shown, amended): what was submitted, signed or not.
RECORDED: tuple[EntryStatus, ...] = (EntryStatus.SUBMITTED, EntryStatus.SIGNED)


class OutboxStatus(StrEnum):
    """Where an outbox row is on its way to a chat (``OutboxMessage``'s docstring says how)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    REPLACED = "replaced"
    UNREACHABLE = "unreachable"
    EXPIRING = "expiring"
    DELETED = "deleted"
    UNDELETABLE = "undeletable"


# Rows that never reached their chat.
UNDELIVERED: tuple[OutboxStatus, ...] = (
    OutboxStatus.FAILED,
    OutboxStatus.REPLACED,
    OutboxStatus.UNREACHABLE,
)


class AlertStatus(StrEnum):
    """An immediate entry's alarm: open until someone acknowledges it."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


class Route(StrEnum):
    """Who an entry goes to beyond its officer (the triage policy's routes)."""

    SUPERVISOR = "supervisor"
    SECURITY_INTELLIGENCE = "security_intelligence"
    HEALTH_SERVICES = "health_services"
    CASE_MANAGEMENT = "case_management"


class Role(StrEnum):
    """What a staff member is enrolled as; the permission table is keyed by these."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    INTELLIGENCE = "intelligence"
    HEALTH = "health"
    CASE_MANAGER = "case_manager"
    MANAGER = "manager"
    ADMIN = "admin"
