"""Who hears what: the pure planner behind every notification about an entry.

The shell gathers the facts of an event (``bot.notify.facts``), ``plan_notifications`` decides
who is told, of what, how urgently and whether an acknowledgement is asked, and the writer
(``bot.notify.writer``) turns the plan into outbox rows. Submit, escalation, fall-through to the
next recipient, re-sending a deactivated member's items and the further-statement notice are the
same planner with other facts, so a change of policy is made, and tested, in one place. Who a
chain level or a route reaches is ``bot.notify.audience``.

Policy (triage-policy.md, "Routes"; design.md journey 4): immediate entries alarm the supervisor
on duty with an acknowledgement asked for, escalating up the site's chain when none comes;
priority items reach their routes at once without an alarm; routine items wait for the daily
digest. Case management goes to the offender's enrolled parole officer, else to the route's
channel; the other routes go to the route's registered channel, else to the staff holding the
route's role. Information about a staff member goes to security intelligence alone (CD 568-2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.notify.audience import (
    Recipient,
    added_by,
    chain_level,
    people_with,
    person,
    recipient_of,
    route_recipients,
    up_to,
)
from bot.notify.facts import Facts, Person, Undelivered
from bot.telegram_limits import MAX_COPY_TTL
from storage.vocabulary import AlertStatus, MessageKind, Role, Route, Urgency

# Delivery order: alarms first, then what must be shared this shift (a reply comes before the
# officer's "alert sent to …" that follows it), then notices, then digests.
PRIORITY: dict[MessageKind, int] = {
    MessageKind.ALERT: 0,
    MessageKind.ESCALATION: 0,
    MessageKind.ROUTE: 1,
    MessageKind.UPDATE: 1,
    MessageKind.DUTY_CHECK: 1,
    MessageKind.REPLY: 1,
    MessageKind.NOTICE: 2,
    MessageKind.EXPIRY: 2,
    MessageKind.BRIEFING: 2,
    MessageKind.DIGEST: 3,
}
HEADINGS: dict[str, str] = {
    MessageKind.ALERT: "alerts.heading",
    MessageKind.ESCALATION: "alerts.heading_escalated",
}
ROUTE_HEADING = "alerts.route_heading"
AMENDED_HEADING = "alerts.amended_heading"


class Occasion(StrEnum):
    """What happened, that someone may have to hear of."""

    SUBMIT = "submit"  # an entry (or an amendment) was submitted
    ESCALATION = "escalation"  # an alert's deadline passed with no acknowledgement
    FALL_THROUGH = "fall_through"  # Telegram refused a message for good
    REFUSED = "refused"  # Telegram refused an alert as a bad request (what its text holds)
    REDIRECT = "redirect"  # a route item's recipient was deactivated before it went
    FURTHER_STATEMENT = "further_statement"  # statements linked to an event, for its holder
    DIGEST = "digest"  # the daily digest is being written: a routine entry's line, to whom


@dataclass(frozen=True)
class Notice:
    """One message to one chat, as decided: the writer renders it and queues it.

    An entry's item (``heading`` set) is rendered from the entry in the recipient's language, in
    its minimal form when ``minimal``; ``as_written`` re-sends the undelivered item unchanged; a
    short notice is the catalog message ``key`` with ``values`` (a tuple value is a list of
    names, "nobody" when empty)."""

    kind: MessageKind
    recipient: Recipient
    priority: int
    entry_id: int | None = None
    route: str | None = None
    heading: str | None = None
    minimal: bool = False
    ask_ack: bool = False  # Acknowledge / Take over buttons: an alert, escalating until answered
    as_written: bool = False
    key: str | None = None
    values: tuple[tuple[str, object], ...] = ()
    expires_at: datetime | None = None  # when the chat copy is deleted (details in it)


@dataclass(frozen=True)
class AlertMove:
    """Where an alert stands after the plan: its chain level and its next deadline (None: the
    whole chain has it, it stays open for summaries but escalates no further)."""

    level: int
    deadline: datetime | None


@dataclass(frozen=True)
class Plan:
    """The notices an event calls for and, when it raises or moves an alert, where it stands."""

    notices: tuple[Notice, ...] = ()
    alert: AlertMove | None = None


def plan_notifications(facts: Facts) -> Plan:
    """Everything an event calls for: who hears of it, how, and where its alert goes next."""
    return _PLANNERS[facts.occasion](facts)


def _submit(facts: Facts) -> Plan:
    entry = facts.entry
    assert entry is not None
    routes = entry.routes
    if entry.staff_concern:  # CD 568-2: the SIO alone, who consults the institutional head
        routes = tuple(r for r in routes if r == Route.SECURITY_INTELLIGENCE)
    shared = tuple(r for r in routes if r != Route.SUPERVISOR)
    if entry.version > 1:  # an amendment: shared again, never a second alarm
        if entry.urgency == Urgency.ROUTINE:
            return Plan()
        return Plan(_items(facts, shared, AMENDED_HEADING))
    if entry.urgency == Urgency.IMMEDIATE:
        # The first level with anyone in it (the last, if nobody at all: the officer is told).
        chain = range(len(facts.site.chain))
        level = next((i for i in chain if chain_level(facts, i)), len(chain) - 1)
        recipients = chain_level(facts, level)
        notices = (
            *_alerts(facts, recipients, MessageKind.ALERT),
            *_to_officer(facts, "alerts.officer_sent", PRIORITY[MessageKind.NOTICE], recipients),
            *_items(facts, shared, ROUTE_HEADING),
        )
        return Plan(notices, AlertMove(level, facts.now + facts.site.ack_timeout))
    if entry.urgency == Urgency.PRIORITY:
        return Plan(_items(facts, routes, ROUTE_HEADING))
    return Plan()  # routine: the daily digest


def _escalation(facts: Facts) -> Plan:
    alert = facts.alert
    assert alert is not None
    levels = range(alert.level + 1, len(facts.site.chain))
    level = next((i for i in levels if added_by(facts, i)), None)
    if level is None:
        return Plan(alert=AlertMove(alert.level, None))
    fresh = added_by(facts, level)
    notices = (
        *_alerts(facts, up_to(facts, level), MessageKind.ESCALATION),
        *_to_officer(facts, "alerts.officer_escalated", PRIORITY[MessageKind.ALERT], fresh),
    )
    return Plan(notices, AlertMove(level, facts.now + facts.site.ack_timeout))


def _fall_through(facts: Facts) -> Plan:
    failed = facts.undelivered
    assert failed is not None
    told = () if facts.admins_told else _admins_told(facts, failed)
    alert = facts.alert
    if failed.kind in HEADINGS and alert is not None and alert.status == AlertStatus.OPEN:
        return Plan(told, AlertMove(alert.level, facts.now))  # next level now, not at timeout
    if failed.kind == MessageKind.ROUTE and failed.staff_id is None and facts.entry is not None:
        # The registered channel failed: the route's staff get it in private instead.
        return Plan((*told, *_pass_on(facts, channels=False)))
    return Plan(told)


def _admins_told(facts: Facts, failed: Undelivered) -> tuple[Notice, ...]:
    """The site's admins hear that a recipient cannot be reached (not in the failing chat)."""
    reference = facts.entry.reference if facts.entry else "-"
    why = failed.error or ""
    return tuple(
        _notice(
            admin,
            "alerts.delivery_failed",
            PRIORITY[MessageKind.UPDATE],
            None,
            name=failed.label,
            reference=reference,
            why=why,
        )
        for admin in people_with(facts, Role.ADMIN)
        if admin.chat_id != failed.chat_id
    )


def _refused(facts: Facts) -> Plan:
    """The same chat gets the alert again in its minimal form (reference, urgency, place and the
    buttons): whatever in the narrative Telegram would not take, the supervisor still hears of
    the alert and can acknowledge it, and it stays open, escalating on its deadline."""
    failed, alert, entry = facts.undelivered, facts.alert, facts.entry
    assert failed is not None
    open_alert = alert is not None and alert.status == AlertStatus.OPEN
    if failed.kind not in HEADINGS or not open_alert or entry is None:
        return Plan()
    member = person(facts, failed.staff_id)
    lang = member.lang if member else facts.site.lang
    recipient = Recipient(failed.chat_id, failed.staff_id, failed.label, lang)
    return Plan(
        (
            _copy(
                facts,
                failed.kind,
                recipient,
                heading=HEADINGS[failed.kind],
                minimal=True,
                ask_ack=True,
            ),
        )
    )


def _redirect(facts: Facts) -> Plan:
    return Plan(_pass_on(facts, channels=True))


def _further_statement(facts: Facts) -> Plan:
    """Whoever has an event's alert hears of each statement linked to it: on duty or not,
    whatever the statement's urgency, since they are handling the event."""
    holder = person(facts, facts.holder_id)
    if holder is None or facts.entry is None:
        return Plan()
    return Plan(
        tuple(
            _notice(
                holder,
                "alerts.further_statement",
                PRIORITY[MessageKind.UPDATE],
                statement_id,
                reference=reference,
                event=facts.entry.reference,
            )
            for statement_id, reference in facts.statements
        )
    )


def _digest(facts: Facts) -> Plan:
    """A routine entry is a line in the digest of each of its routes' recipients."""
    entry = facts.entry
    assert entry is not None
    return Plan(
        tuple(
            Notice(
                kind=MessageKind.DIGEST,
                recipient=r,
                priority=PRIORITY[MessageKind.DIGEST],
                entry_id=entry.id,
                route=route,
            )
            for route in entry.routes
            for r in route_recipients(facts, route)
        )
    )


_PLANNERS: dict[Occasion, Callable[[Facts], Plan]] = {
    Occasion.SUBMIT: _submit,
    Occasion.ESCALATION: _escalation,
    Occasion.FALL_THROUGH: _fall_through,
    Occasion.REFUSED: _refused,
    Occasion.REDIRECT: _redirect,
    Occasion.FURTHER_STATEMENT: _further_statement,
    Occasion.DIGEST: _digest,
}


def copy_expiry(ttl: timedelta | None, now: datetime) -> datetime | None:
    """When a chat copy holding details must be deleted (never past Telegram's 48 hours)."""
    return now + min(ttl, MAX_COPY_TTL) if ttl else None


def _alerts(facts: Facts, recipients: list[Recipient], kind: MessageKind) -> tuple[Notice, ...]:
    return tuple(_copy(facts, kind, r, heading=HEADINGS[kind], ask_ack=True) for r in recipients)


def _items(facts: Facts, routes: tuple[str, ...], heading: str) -> tuple[Notice, ...]:
    return tuple(
        _copy(facts, MessageKind.ROUTE, r, route=route, heading=heading)
        for route in routes
        for r in route_recipients(facts, route)
    )


def _pass_on(facts: Facts, *, channels: bool) -> tuple[Notice, ...]:
    """An item that will not reach its chat, queued for the route's recipients as it was
    written; chats that already have it are passed over."""
    failed = facts.undelivered
    if failed is None or failed.route is None or facts.entry is None:
        return ()
    return tuple(
        _copy(facts, MessageKind.ROUTE, r, route=failed.route, as_written=True)
        for r in route_recipients(facts, failed.route, channels=channels)
        if r.chat_id not in facts.skip
    )


def _copy(facts: Facts, kind: MessageKind, recipient: Recipient, **how: Any) -> Notice:
    """A chat's copy of an entry's item (an alert, its repeat, a route item): in the site's
    disclosure form unless ``how`` says otherwise, deleted with the site's chat copies."""
    assert facts.entry is not None
    how = {"minimal": facts.site.minimal_disclosure, **how}
    return Notice(
        kind=kind,
        recipient=recipient,
        priority=PRIORITY[kind],
        entry_id=facts.entry.id,
        expires_at=copy_expiry(facts.site.copy_ttl, facts.now),
        **how,
    )


def _to_officer(
    facts: Facts, key: str, priority: int, recipients: list[Recipient]
) -> tuple[Notice, ...]:
    """The officer hears who has their alert ("alert sent to …")."""
    assert facts.entry is not None
    officer = person(facts, facts.entry.officer_id)
    if officer is None:
        return ()
    names = tuple(r.label for r in recipients)
    return (
        _notice(
            officer, key, priority, facts.entry.id, reference=facts.entry.reference, names=names
        ),
    )


def _notice(
    member: Person, key: str, priority: int, entry_id: int | None, **values: object
) -> Notice:
    return Notice(
        kind=MessageKind.NOTICE,
        recipient=recipient_of(member),
        priority=priority,
        entry_id=entry_id,
        key=key,
        values=tuple(values.items()),
    )
