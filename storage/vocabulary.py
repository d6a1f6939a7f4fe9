"""The words the database stores for urgencies, states, routes, roles and messages, as enums.

Each is a ``StrEnum``: a member compares equal to the string in its column, so the columns stay
plain strings (no migration) while the code names the few states a record can be in.
"""

from __future__ import annotations

from enum import StrEnum


class Urgency(StrEnum):
    """How fast an observation must reach people (the triage policy: exactly one of three)."""

    IMMEDIATE = "immediate"
    PRIORITY = "priority"
    ROUTINE = "routine"


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


class MessageKind(StrEnum):
    """What an outbox row is: it decides its delivery order and what may follow from it (an
    alert that never arrives escalates; a route item passes to the route's other recipients)."""

    ALERT = "alert"  # an immediate entry, to a level of the escalation chain, ack asked
    ESCALATION = "escalation"  # the same alert repeated up the chain
    ROUTE = "route"  # an entry's item for one of its routes (a chat or a registered channel)
    UPDATE = "update"  # a copy already queued or sent, changed in place ("Acknowledged by …")
    DUTY_CHECK = "duty_check"  # "still on duty?"
    NOTICE = "notice"  # a short message from the catalog ("alert sent to …")
    EXPIRY = "expiry"  # a chat copy deleted once the site's time for copies is over
    DIGEST = "digest"  # the daily digest of routine entries
    BRIEFING = "briefing"  # the managers' morning briefing
    REPLY = "reply"  # the bot's answer to a user's update


# The copies of an alert (first sent, then escalated): each asks for an acknowledgement.
ALARMS: tuple[MessageKind, ...] = (MessageKind.ALERT, MessageKind.ESCALATION)
# What reaches a person about an entry (for "who was notified and when").
NOTIFICATIONS: tuple[MessageKind, ...] = (*ALARMS, MessageKind.ROUTE)


class SendMethod(StrEnum):
    """How an outbox row reaches its chat: a new message, or a change to one already sent."""

    SEND = "send"  # a text message
    DOCUMENT = "document"  # a reply's file (``file_data``), ``text`` its caption
    PHOTO = "photo"  # a reply's chart
    EDIT = "edit"  # new text and buttons for a message already sent
    UNBUTTON = "unbutton"  # the same message, its buttons taken off
    DELETE = "delete"  # the chat copy removed


# The methods that make a new message: Telegram's flood limits count these.
NEW_MESSAGES: tuple[SendMethod, ...] = (SendMethod.SEND, SendMethod.DOCUMENT, SendMethod.PHOTO)


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


class ChainStep(StrEnum):
    """A level of a site's escalation chain: who an unanswered alert reaches next."""

    ON_DUTY_SUPERVISORS = "on_duty_supervisors"
    SUPERVISORS = "supervisors"
    MANAGERS = "managers"


# Who an alert reaches, level by level, at a site that has not set its own chain.
DEFAULT_CHAIN: tuple[ChainStep, ...] = tuple(ChainStep)


class Role(StrEnum):
    """What a staff member is enrolled as; the permission table is keyed by these."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    INTELLIGENCE = "intelligence"
    HEALTH = "health"
    CASE_MANAGER = "case_manager"
    MANAGER = "manager"
    ADMIN = "admin"
