"""The schema: typed SQLAlchemy 2 models. Times are stored in UTC and read back time-zone aware."""

from __future__ import annotations

import copy
from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import Any, TypedDict
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    inspect,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.vocabulary import AlertStatus, EntryStatus, OutboxStatus, Urgency
from storage.zones import zone_of


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC; SQLite drops the zone, so it is put back on read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class StoredText(TypeDecorator[str]):
    """Free text as typed; PostgreSQL cannot store the NUL character, which becomes U+FFFD
    (the replacement character) on both databases so that they keep the same words."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else value.replace("\x00", "\ufffd")


def utcnow() -> datetime:
    """Now, in UTC, time-zone aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every table."""

    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}

    def columns(self, *, leaving: Collection[str] = ()) -> dict[str, Any]:
        """This row's column values by attribute name, but for ``leaving``; JSON values are
        copied, so a row built from them shares no list with this one."""
        return {
            column.key: copy.deepcopy(getattr(self, column.key))
            for column in inspect(type(self)).column_attrs
            if column.key not in leaving
        }


class Site(Base):
    """An institution or community office, with its own zone, language and alerting settings."""

    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    tz: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(2), default="en")
    community: Mapped[bool] = mapped_column(Boolean, default=False)
    ack_timeout_s: Mapped[int] = mapped_column(Integer, default=180)
    digest_time: Mapped[str] = mapped_column(String(5), default="07:00")
    briefing_time: Mapped[str] = mapped_column(String(5), default="07:30")
    minimal_disclosure: Mapped[bool] = mapped_column(Boolean, default=False)
    chat_copy_ttl_s: Mapped[int | None] = mapped_column(Integer, default=None)
    escalation_chain: Mapped[list[Any] | None] = mapped_column(default=None)
    # "Still on duty?" is asked this long after going on duty; no answer within the grace ends
    # the shift, so urgent alerts go to someone awake (bot/notify/duty.py).
    duty_check_after_s: Mapped[int] = mapped_column(Integer, default=12 * 3600)
    duty_check_grace_s: Mapped[int] = mapped_column(Integer, default=30 * 60)
    # Raised by every roster import, so a cached roster knows it is stale even when rows were
    # only updated in place (count and highest id unchanged).
    roster_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def zone(self) -> ZoneInfo:
        """The site's time zone."""
        return zone_of(self.tz)


class Staff(Base):
    """An enrolled staff member, known by their Telegram user id."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[Any]] = mapped_column(default=list)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    unit: Mapped[str | None] = mapped_column(String(64), default=None)
    lang: Mapped[str] = mapped_column(String(2), default="en")
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False)
    on_duty_since: Mapped[datetime | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Invite(Base):
    """A one-time enrolment code; only its hash is kept."""

    __tablename__ = "invites"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str | None] = mapped_column(String(200), default=None)
    expires_at: Mapped[datetime] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    used_at: Mapped[datetime | None] = mapped_column(default=None)


class Offender(Base):
    """A person on a site's roster, imported from CSV."""

    __tablename__ = "offenders"
    __table_args__ = (UniqueConstraint("site_id", "fps"), Index("ix_offenders_surname", "surname"))
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    fps: Mapped[str] = mapped_column(String(16))
    surname: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str | None] = mapped_column(String(64), default=None)
    cell: Mapped[str | None] = mapped_column(String(32), default=None)
    parole_officer: Mapped[str | None] = mapped_column(String(200), default=None)
    release_date: Mapped[date | None] = mapped_column(Date, default=None)


class InboundMessage(Base):
    """Every update as it arrived, stored (``payload``: its JSON) before Telegram is told it
    arrived; handled once, in order per sender, until ``processed_at`` is set. A stranger's
    update keeps no text or payload once handled: only its audit line says it came."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index("ix_inbound_delivery_key", "delivery_key", unique=True),
        Index("ix_inbound_update_id", "update_id"),
        Index(
            "ix_inbound_unhandled",
            "id",
            sqlite_where=sql_text("processed_at IS NULL"),
            postgresql_where=sql_text("processed_at IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger)
    # update id, kind, sender, chat and message: equal only for a redelivery of the same update
    # (update ids alone are reused: see migration 0006).
    delivery_key: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(32))
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    chat_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    text: Mapped[str | None] = mapped_column(StoredText, default=None)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(default=None)
    payload: Mapped[str | None] = mapped_column(Text, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The replica handling it and until when (renewed while it lives); without ``claimed_by``,
    # when a failed handling may be tried again.
    claimed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    lease_until: Mapped[datetime | None] = mapped_column(default=None)


class AuditEvent(Base):
    """An append-only line of who did or read what."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_reference", "reference"), Index("ix_audit_at", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    reference: Mapped[str | None] = mapped_column(String(32), default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Pending(TypedDict, total=False):
    """What a draft keeps between questions (stored as JSON; every key is optional)."""

    topic_routes: list[str]  # the Routes triage found in the words, before urgency adds its own
    community: bool  # the words read as community supervision
    places: list[str]  # the officer's recent places, offered as buttons, chosen by index
    urgency_target: str  # the lower Urgency asked for, applied once a reason is given
    unsure: bool  # triage placed nothing, or not every word of harm or fear: the card asks
    long_part_sent_at: str  # ISO time a message Telegram may have cut was sent (its rest follows)


class Entry(Base):
    """One officer's entry: a draft while captured, then a submitted version that never changes.

    An amendment is a new row with the same reference, ``version + 1`` and ``previous_id`` set.
    States are few and explicit: ``draft`` -> ``submitted`` -> ``signed``, or ``cancelled``.
    """

    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint("reference", "version"),
        Index("ix_entries_site_submitted", "site_id", "submitted_at"),
        Index("ix_entries_officer_status", "officer_id", "status"),
        # Summaries read a site's window from this index alone (storage/summary_queries.py).
        # PostgreSQL cannot key on JSON and has no rowid, so there id, routes and reasons are
        # INCLUDEd.
        Index(
            "ix_entries_report",
            "site_id",
            "submitted_at",
            "version",
            "status",
            "urgency",
            "kind",
            "positive",
            "staff_concern",
            "officer_id",
            "routes",
            "reasons",
        ).ddl_if(dialect="sqlite"),
        Index(
            "ix_entries_report",
            "site_id",
            "submitted_at",
            "version",
            "status",
            "urgency",
            "kind",
            "positive",
            "staff_concern",
            "officer_id",
            postgresql_include=["id", "routes", "reasons"],
        ).ddl_if(dialect="postgresql"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(32), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id"), default=None)
    # The first entry of the event this record is a further statement on, as its officer linked
    # it after submitting (bot/capture/events.py); metadata, like the status, not part of what
    # was written.
    related_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id"), default=None)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(16), default=EntryStatus.DRAFT)
    mode: Mapped[str] = mapped_column(String(16), default="quick")
    awaiting: Mapped[str | None] = mapped_column(String(32), default=None)
    answered: Mapped[list[Any]] = mapped_column(default=list)
    pending: Mapped[Pending] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(32), default="observation")
    lang: Mapped[str] = mapped_column(String(2), default="en")
    text: Mapped[str] = mapped_column(StoredText, default="")
    quotes: Mapped[list[Any]] = mapped_column(default=list)
    action_taken: Mapped[str | None] = mapped_column(StoredText, default=None)
    context_factors: Mapped[list[Any]] = mapped_column(default=list)
    place: Mapped[str | None] = mapped_column(String(200), default=None)
    occurred_at: Mapped[datetime | None] = mapped_column(default=None)
    urgency: Mapped[str] = mapped_column(String(16), default=Urgency.ROUTINE)
    urgency_suggested: Mapped[str] = mapped_column(String(16), default=Urgency.ROUTINE)
    urgency_reason: Mapped[str | None] = mapped_column(StoredText, default=None)
    routes: Mapped[list[Any]] = mapped_column(default=list)
    document: Mapped[str] = mapped_column(String(8), default="log")
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    staff_concern: Mapped[bool] = mapped_column(Boolean, default=False)
    positive: Mapped[bool] = mapped_column(Boolean, default=False)
    amendment_reason: Mapped[str | None] = mapped_column(StoredText, default=None)
    draft_text: Mapped[str | None] = mapped_column(StoredText, default=None)
    source_message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    signed_at: Mapped[datetime | None] = mapped_column(default=None)
    # The offenders it names, in the order given. Loaded with every entry, a list of entries in
    # one more statement ("selectin"): the card, the record, its readers and its routing all
    # need them, and a lazy load cannot run on the event loop. Each version has its own rows
    # (an amendment may change who is named; a submitted version never changes).
    offenders: Mapped[list[EntryOffender]] = relationship(
        order_by="EntryOffender.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )

    def __init__(self, **values: Any) -> None:
        # A new entry names nobody until told: its list is known without asking the database.
        values.setdefault("offenders", [])
        super().__init__(**values)


class EntryOffender(Base):
    """An offender named in an entry (by FPS number; linked to the roster when known)."""

    __tablename__ = "entry_offenders"
    __table_args__ = (
        Index("ix_entry_offenders_fps", "fps"),
        Index("ix_entry_offenders_entry", "entry_id", "fps"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    fps: Mapped[str | None] = mapped_column(String(16), default=None)
    surname: Mapped[str | None] = mapped_column(String(100), default=None)
    name: Mapped[str | None] = mapped_column(String(300), default=None)
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    on_roster: Mapped[bool] = mapped_column(Boolean, default=False)
    offender_id: Mapped[int | None] = mapped_column(ForeignKey("offenders.id"), default=None)


class ReportDay(Base):
    """A site's local day whose report tallies are stored: it was over when they were counted,
    and entries are submitted at "now", so they stay true (storage/report_tallies.py)."""

    __tablename__ = "report_days"
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    sealed_at: Mapped[datetime] = mapped_column(default=utcnow)


class DayTally(Base):
    """How many entries of a sealed day a site-wide summary counts, by urgency, kind and sign."""

    __tablename__ = "day_tallies"
    __table_args__ = {"sqlite_with_rowid": False}  # SQLite: a range of days is one key read
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    urgency: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    positive: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)


class FacetTally(Base):
    """One figure of a sealed day by value: entries per officer, triage concepts, routes, or
    negative entries naming an offender (``facet`` says which; storage/report_tallies.py)."""

    __tablename__ = "facet_tallies"
    __table_args__ = {"sqlite_with_rowid": False}  # SQLite: a range of days is one key read
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    facet: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    value: Mapped[str] = mapped_column(Text, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)


class ReferenceCounter(Base):
    """The last reference number given in a year (``R-2026-000123``)."""

    __tablename__ = "reference_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Channel(Base):
    """A private group registered by an admin to receive one route's items at a site."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("site_id", "route"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    route: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str] = mapped_column(String(200), default="")
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)


class Alert(Base):
    """An immediate entry's alarm: who must acknowledge, by when, and who did."""

    __tablename__ = "alerts"
    __table_args__ = (
        Index("ix_alerts_status_deadline", "status", "deadline_at"),
        Index("ix_alerts_site_created", "site_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    status: Mapped[str] = mapped_column(String(16), default=AlertStatus.OPEN)
    level: Mapped[int] = mapped_column(Integer, default=0)
    deadline_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    taken_over: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """A notification to deliver, written in the same transaction as what caused it.

    ``priority`` orders delivery (0 alerts, 1 replies, priority items and alert updates, 2
    notices, 3 digests). ``method`` is ``send``, ``document`` or ``photo`` (a reply's file),
    ``edit`` (of the message another row sent: ``target_id``, or of a message the user already
    has: ``telegram_message_id``), ``unbutton`` (the same, buttons only) or ``delete``.
    Rows go ``pending`` -> ``sending`` (claimed) -> ``sent``, ``failed`` (Telegram refused this
    message), ``replaced`` (Telegram refused this alert; its minimal form was queued instead) or
    ``unreachable`` (the recipient blocked the bot or the chat is gone).
    A sent copy past ``delete_after`` goes ``expiring`` -> ``deleted`` (or ``undeletable`` when
    Telegram's 48 hours had passed); the row itself is kept.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_priority", "status", "priority", "id"),
        Index("ix_outbox_entry", "entry_id"),
        Index("ix_outbox_chat", "chat_id", "status"),
        Index("ix_outbox_expiry", "status", "delete_after"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), default=None)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id"), default=None)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), default=None)
    kind: Mapped[str] = mapped_column(String(32))
    priority: Mapped[int] = mapped_column(Integer, default=2)
    method: Mapped[str] = mapped_column(String(16), default="send")
    chat_id: Mapped[int] = mapped_column(BigInteger)
    recipient_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    recipient_label: Mapped[str] = mapped_column(String(200), default="")
    route: Mapped[str | None] = mapped_column(String(32), default=None)
    text: Mapped[str] = mapped_column(StoredText, default="")
    buttons: Mapped[list[Any]] = mapped_column(default=list)
    target_id: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime | None] = mapped_column(default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    error: Mapped[str | None] = mapped_column(String(300), default=None)
    # The replica sending it and until when (renewed while it lives; migration 0010).
    claimed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    lease_until: Mapped[datetime | None] = mapped_column(default=None)
    seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    # A reply's document or chart (``method`` "document" or "photo"; ``text`` is its caption).
    file_data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    file_name: Mapped[str | None] = mapped_column(String(200), default=None)
    seen_at: Mapped[datetime | None] = mapped_column(default=None)
    delete_after: Mapped[datetime | None] = mapped_column(default=None)


class ScheduledRun(Base):
    """A scheduled job done for a site on a local date (digest, briefing), so it runs once."""

    __tablename__ = "scheduled_runs"
    __table_args__ = (UniqueConstraint("site_id", "job", "local_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    job: Mapped[str] = mapped_column(String(32))
    local_date: Mapped[date] = mapped_column(Date)
    ran_at: Mapped[datetime] = mapped_column(default=utcnow)


class GroupMember(Base):
    """A member the bot has seen in a group it stays in (a message, a join, a member update).

    Telegram gives bots no member list, so this is what the bot saw, no more: enough for an admin
    to spot people in a route's group who are not enrolled staff (issue 5, "Directory").
    """

    __tablename__ = "group_members"
    __table_args__ = (UniqueConstraint("chat_id", "telegram_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    telegram_user_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(300), default="")
    is_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)
