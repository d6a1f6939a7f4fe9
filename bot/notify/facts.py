"""The facts of an event, gathered once, as plain values the planner decides from.

Everything ``bot.notify.plan`` may consult is read here, a bounded number of queries per event
whatever the number of routes, recipients or levels: the site's active staff (which carries the
duty roster and every role), its registered channels, the chats known to refuse the bot, the
entry with its offenders and their parole officers, and the alert. The planner then needs no
session, and a test can write the facts by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from storage import directory, membership, outbox
from storage.models import Alert, Entry, OutboxMessage, Site
from storage.vocabulary import DEFAULT_CHAIN, AlertStatus, MessageKind, Urgency

if TYPE_CHECKING:
    from bot.notify.plan import Occasion


@dataclass(frozen=True)
class Person:
    """An active staff member of the site, as routing sees them."""

    staff_id: int
    chat_id: int
    name: str
    lang: str
    roles: frozenset[str] = frozenset()  # Role words, as enrolment stored them
    on_duty: bool = False


@dataclass(frozen=True)
class ChannelFacts:
    """The chat registered for a route, and the name it is known by."""

    chat_id: int
    label: str


@dataclass(frozen=True)
class SiteFacts:
    """The site's settings that decide who hears what, and how."""

    id: int
    lang: str = "en"
    tz: str = "UTC"
    minimal_disclosure: bool = False
    ack_timeout: timedelta = timedelta(minutes=3)
    chain: tuple[str, ...] = DEFAULT_CHAIN  # ChainStep words, as the site's settings hold them
    copy_ttl: timedelta | None = None


@dataclass(frozen=True)
class EntryFacts:
    """A submitted entry: its verdict for the planner, its details for the renderer."""

    id: int
    reference: str
    officer_id: int
    urgency: Urgency = Urgency.ROUTINE
    routes: tuple[str, ...] = ()
    version: int = 1
    staff_concern: bool = False
    case_managers: tuple[int, ...] = ()  # enrolled parole officers of its offenders
    officer_name: str = "?"
    offenders: tuple[str, ...] = ()
    place: str | None = None
    occurred_at: datetime | None = None
    reasons: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class AlertFacts:
    """An entry's alert: how far up the chain it went, and who has it."""

    id: int
    level: int = 0
    status: AlertStatus = AlertStatus.OPEN
    holder_id: int | None = None


@dataclass(frozen=True)
class Undelivered:
    """A message that will not reach its chat: refused for good, or its recipient deactivated."""

    kind: MessageKind
    chat_id: int
    staff_id: int | None
    label: str
    route: str | None = None
    text: str = ""
    buttons: tuple[tuple[dict[str, str], ...], ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Facts:
    """What the planner knows of one event."""

    occasion: Occasion
    now: datetime
    site: SiteFacts
    staff: tuple[Person, ...] = ()  # active staff, oldest first
    channels: Mapping[str, ChannelFacts] = field(default_factory=dict)
    unreachable: frozenset[int] = frozenset()
    entry: EntryFacts | None = None
    alert: AlertFacts | None = None
    undelivered: Undelivered | None = None
    admins_told: bool = False  # the admins heard of this chat's failure within the day
    skip: frozenset[int] = frozenset()  # chats that already have the item
    holder_id: int | None = None  # who has the event's alert
    statements: tuple[tuple[int, str], ...] = ()  # (entry id, reference) linked to the event


async def gather(
    *,
    session: AsyncSession,
    occasion: Occasion,
    site: Site,
    now: datetime,
    entry: Entry | None = None,
    alert: Alert | None = None,
    undelivered: OutboxMessage | None = None,
    admins_told: bool = False,
    skip: frozenset[int] = frozenset(),
    holder_id: int | None = None,
    statements: tuple[tuple[int, str], ...] = (),
) -> Facts:
    """The facts of one event at ``site``: the site's people and channels always, the rest as
    the occasion has them."""
    staff = await directory.list_staff(session=session, site_id=site.id)
    groups = await membership.registered_groups(session=session, site_id=site.id)
    blocked = await outbox.unreachable_chats(
        session=session, chat_ids=[s.telegram_user_id for s in staff]
    )
    return Facts(
        occasion=occasion,
        now=now,
        site=site_facts(site),
        staff=tuple(
            Person(s.id, s.telegram_user_id, s.name, s.lang, frozenset(s.roles), s.on_duty)
            for s in staff
        ),
        channels={
            g.route: ChannelFacts(g.chat_id, g.title or t(site.lang, f"route.{g.route}"))
            for g in groups
        },
        unreachable=frozenset(blocked),
        entry=await entry_facts(session=session, entry=entry) if entry is not None else None,
        alert=alert_facts(alert) if alert is not None else None,
        undelivered=undelivered_facts(undelivered) if undelivered is not None else None,
        admins_told=admins_told,
        skip=skip,
        holder_id=holder_id,
        statements=statements,
    )


def site_facts(site: Site) -> SiteFacts:
    """A site's routing settings."""
    return SiteFacts(
        id=site.id,
        lang=site.lang,
        tz=site.tz,
        minimal_disclosure=site.minimal_disclosure,
        ack_timeout=timedelta(seconds=site.ack_timeout_s),
        chain=tuple(site.escalation_chain or DEFAULT_CHAIN),
        copy_ttl=timedelta(seconds=site.chat_copy_ttl_s) if site.chat_copy_ttl_s else None,
    )


async def entry_facts(*, session: AsyncSession, entry: Entry) -> EntryFacts:
    """An entry with its offenders, their parole officers and its officer's name."""
    offenders = entry.offenders
    managers = await directory.case_managers_of(
        session=session, site_id=entry.site_id, fps_numbers=[o.fps for o in offenders if o.fps]
    )
    # The officer may have been deactivated since: their name still signs the item.
    officer = await directory.get_staff(session=session, staff_id=entry.officer_id)
    return EntryFacts(
        id=entry.id,
        reference=entry.reference or "",
        officer_id=entry.officer_id,
        urgency=Urgency(entry.urgency),
        routes=tuple(entry.routes),
        version=entry.version,
        staff_concern=entry.staff_concern,
        case_managers=tuple(managers),
        officer_name=officer.name if officer else "?",
        offenders=tuple(o.name or o.fps or o.surname or "?" for o in offenders),
        place=entry.place,
        occurred_at=entry.occurred_at,
        reasons=tuple(entry.reasons),
        text=entry.text,
    )


def alert_facts(alert: Alert) -> AlertFacts:
    """An alert's place in the chain and its holder."""
    return AlertFacts(alert.id, alert.level, AlertStatus(alert.status), alert.acknowledged_by_id)


def undelivered_facts(row: OutboxMessage) -> Undelivered:
    """An outbox row that did not (or will not) reach its chat."""
    return Undelivered(
        kind=MessageKind(row.kind),
        chat_id=row.chat_id,
        staff_id=row.recipient_staff_id,
        label=row.recipient_label,
        route=row.route,
        text=row.text,
        buttons=tuple(tuple(r) for r in row.buttons),
        error=row.error,
    )
