"""Who hears what, as tables: the facts of an event in, the notices out, one row per rule.

Each row reads as the policy does (triage-policy.md, "Routes" and its conventions; design.md
journey 4, the escalation chain). The site below has one of each: a supervisor on duty and one
off duty, a deputy warden, an SIO, a nurse, two parole officers and an admin. A notice reads
"alert → Sam, ack asked" (an alarm with Acknowledge / Take over), "security_intelligence → Riley"
(a route item, no alarm), "digest case_management → Pat" (a line in tomorrow's digest), or
"told Alex: alerts.officer_sent [Sam]" (a short notice, with the names it carries).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.notify.facts import (
    AlertFacts,
    ChannelFacts,
    EntryFacts,
    Facts,
    Person,
    SiteFacts,
    Undelivered,
)
from bot.notify.plan import Notice, Occasion, Plan, plan_notifications

NOW = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
ACK = timedelta(minutes=3)

ALEX = Person(1, 101, "Alex", "en", frozenset({"officer"}))
SAM = Person(2, 102, "Sam", "en", frozenset({"supervisor"}), on_duty=True)
JO = Person(3, 103, "Jo", "fr", frozenset({"supervisor"}))
MORGAN = Person(4, 104, "Morgan", "en", frozenset({"manager"}))
RILEY = Person(5, 105, "Riley", "en", frozenset({"intelligence"}))
KIM = Person(6, 106, "Kim", "en", frozenset({"health"}))
PAT = Person(7, 107, "Pat", "en", frozenset({"case_manager"}))
LEE = Person(8, 108, "Lee", "en", frozenset({"case_manager"}))
ADA = Person(9, 109, "Ada", "en", frozenset({"admin"}))
EVERYONE = (ALEX, SAM, JO, MORGAN, RILEY, KIM, PAT, LEE, ADA)
NOBODY_ON_DUTY = tuple(replace(p, on_duty=False) for p in EVERYONE)
NO_SUPERVISORS = tuple(p for p in EVERYONE if p not in (SAM, JO))
NO_CHAIN = tuple(p for p in EVERYONE if p not in (SAM, JO, MORGAN))
BOTH_ON_DUTY = tuple(replace(p, on_duty=p in (SAM, JO)) for p in EVERYONE)

SI_GROUP = {"security_intelligence": ChannelFacts(-500, "SIO group")}
CM_GROUP = {"case_management": ChannelFacts(-600, "Case management group")}


def entry(urgency: str, *routes: str, **more: object) -> EntryFacts:
    """Alex's entry R-2026-000001 with this verdict."""
    return EntryFacts(
        id=10,
        reference="R-2026-000001",
        officer_id=ALEX.staff_id,
        urgency=urgency,
        routes=routes,
        **more,  # type: ignore[arg-type]
    )


def facts(occasion: Occasion = Occasion.SUBMIT, **more: object) -> Facts:
    """The site as described above, at NOW, with whatever the row changes."""
    values: dict[str, object] = {"site": SiteFacts(id=1, ack_timeout=ACK), "staff": EVERYONE}
    values.update(more)
    return Facts(occasion=occasion, now=NOW, **values)  # type: ignore[arg-type]


def read(notice: Notice) -> str:
    """A notice as the tables below spell it."""
    who = notice.recipient.label
    if notice.key is not None:
        names = dict(notice.values).get("names")
        listed = f" [{', '.join(names)}]" if isinstance(names, tuple) else ""
        return f"told {who}: {notice.key}{listed}"
    if notice.kind == "digest":
        return f"digest {notice.route} → {who}"
    text = f"{notice.kind if notice.ask_ack else notice.route} → {who}"
    text += ", ack asked" if notice.ask_ack else ""
    text += ", minimal" if notice.minimal else ""
    return text + (", as written" if notice.as_written else "")


def alert_after(plan: Plan) -> str | None:
    """Where the alert stands: its level, and its deadline from NOW."""
    if plan.alert is None:
        return None
    if plan.alert.deadline is None:
        return f"level {plan.alert.level}, no deadline"
    return f"level {plan.alert.level}, deadline +{(plan.alert.deadline - NOW).seconds}s"


def check(given: Facts, notices: list[str], alert: str | None) -> None:
    plan = plan_notifications(given)
    assert [read(n) for n in plan.notices] == notices
    assert alert_after(plan) == alert


# Submitting an entry: urgency and routes decide who hears, and how.
SUBMIT = [
    pytest.param(
        facts(entry=entry("immediate", "supervisor")),
        ["alert → Sam, ack asked", "told Alex: alerts.officer_sent [Sam]"],
        "level 0, deadline +180s",
        id="immediate: the supervisor on duty, ack asked, officer told who has it",
    ),
    pytest.param(
        facts(entry=entry("immediate", "health_services", "supervisor")),
        [
            "alert → Sam, ack asked",
            "told Alex: alerts.officer_sent [Sam]",
            "health_services → Kim",
        ],
        "level 0, deadline +180s",
        id="immediate: plus its other routes, without an alarm",
    ),
    pytest.param(
        facts(entry=entry("immediate", "supervisor"), staff=NOBODY_ON_DUTY),
        [
            "alert → Sam, ack asked",
            "alert → Jo, ack asked",
            "told Alex: alerts.officer_sent [Sam, Jo]",
        ],
        "level 1, deadline +180s",
        id="immediate, nobody on duty: the next level, every supervisor",
    ),
    pytest.param(
        facts(entry=entry("immediate", "supervisor"), staff=NO_SUPERVISORS),
        ["alert → Morgan, ack asked", "told Alex: alerts.officer_sent [Morgan]"],
        "level 2, deadline +180s",
        id="immediate, no supervisor at all: the managers",
    ),
    pytest.param(
        facts(entry=entry("immediate", "supervisor"), staff=NO_CHAIN),
        ["told Alex: alerts.officer_sent []"],
        "level 2, deadline +180s",
        id="immediate, nobody in the chain: the officer is told nobody has it",
    ),
    pytest.param(
        facts(entry=entry("immediate", "supervisor"), unreachable=frozenset({SAM.chat_id})),
        ["alert → Jo, ack asked", "told Alex: alerts.officer_sent [Jo]"],
        "level 1, deadline +180s",
        id="immediate, the supervisor on duty blocked the bot: skipped, next level",
    ),
    pytest.param(
        facts(entry=entry("immediate", "supervisor"), site=SiteFacts(id=1, chain=("managers",))),
        ["alert → Morgan, ack asked", "told Alex: alerts.officer_sent [Morgan]"],
        "level 0, deadline +180s",
        id="immediate, the site's own chain: its first level",
    ),
    pytest.param(
        facts(entry=entry("priority", "security_intelligence")),
        ["security_intelligence → Riley"],
        None,
        id="priority: its routes at once, no alarm",
    ),
    pytest.param(
        facts(entry=entry("priority", "case_management", "supervisor", case_managers=(7,))),
        ["case_management → Pat", "supervisor → Sam"],
        None,
        id="priority in community supervision: the supervisor too, without an alarm",
    ),
    pytest.param(
        facts(entry=entry("routine", "security_intelligence")),
        [],
        None,
        id="routine: nobody is paged (the digest has it)",
    ),
    pytest.param(
        facts(entry=entry("priority", "case_management", case_managers=(7,)), channels=CM_GROUP),
        ["case_management → Pat"],
        None,
        id="case management: the offender's own parole officer, before the channel",
    ),
    pytest.param(
        facts(entry=entry("priority", "case_management"), channels=CM_GROUP),
        ["case_management → Case management group"],
        None,
        id="case management, no enrolled parole officer: the channel",
    ),
    pytest.param(
        facts(entry=entry("priority", "case_management")),
        ["case_management → Pat", "case_management → Lee"],
        None,
        id="case management, no parole officer nor channel: every case manager",
    ),
    pytest.param(
        facts(entry=entry("priority", "security_intelligence"), channels=SI_GROUP),
        ["security_intelligence → SIO group"],
        None,
        id="a channel registered for the route: the channel, not the staff",
    ),
    pytest.param(
        facts(
            entry=entry("immediate", "security_intelligence", "supervisor"),
            site=SiteFacts(id=1, minimal_disclosure=True),
        ),
        [
            "alert → Sam, ack asked, minimal",
            "told Alex: alerts.officer_sent [Sam]",
            "security_intelligence → Riley, minimal",
        ],
        "level 0, deadline +180s",
        id="minimal disclosure: reference, urgency and place only",
    ),
    pytest.param(
        facts(
            entry=entry("priority", "case_management", "security_intelligence", staff_concern=True)
        ),
        ["security_intelligence → Riley"],
        None,
        id="information about a staff member: security intelligence only (CD 568-2)",
    ),
    pytest.param(
        facts(entry=entry("immediate", "health_services", "supervisor", version=2)),
        ["health_services → Kim"],
        None,
        id="an amendment: shared again with its routes, never a second alarm",
    ),
    pytest.param(
        facts(entry=entry("routine", "health_services", version=2)),
        [],
        None,
        id="a routine amendment: the digest again, nobody told now",
    ),
]


@pytest.mark.parametrize(("given", "notices", "alert"), SUBMIT)
def test_submit(given: Facts, notices: list[str], alert: str | None) -> None:
    check(given, notices, alert)


def unanswered(level: int, **more: object) -> Facts:
    """Alex's immediate entry, its alert at ``level`` past its deadline."""
    return facts(
        Occasion.ESCALATION,
        entry=entry("immediate", "supervisor"),
        alert=AlertFacts(id=20, level=level),
        **more,
    )


# An alert nobody acknowledged in time goes up the chain: on-duty supervisors, every
# supervisor, the managers; each level repeats it to everyone before.
ESCALATION = [
    pytest.param(
        unanswered(0),
        [
            "escalation → Sam, ack asked",
            "escalation → Jo, ack asked",
            "told Alex: alerts.officer_escalated [Jo]",
        ],
        "level 1, deadline +180s",
        id="level 0 → 1: every supervisor; the officer hears who was added",
    ),
    pytest.param(
        unanswered(1),
        [
            "escalation → Sam, ack asked",
            "escalation → Jo, ack asked",
            "escalation → Morgan, ack asked",
            "told Alex: alerts.officer_escalated [Morgan]",
        ],
        "level 2, deadline +180s",
        id="level 1 → 2: the managers",
    ),
    pytest.param(
        unanswered(0, staff=BOTH_ON_DUTY),
        [
            "escalation → Sam, ack asked",
            "escalation → Jo, ack asked",
            "escalation → Morgan, ack asked",
            "told Alex: alerts.officer_escalated [Morgan]",
        ],
        "level 2, deadline +180s",
        id="a level that adds nobody new is passed over",
    ),
    pytest.param(
        unanswered(2),
        [],
        "level 2, no deadline",
        id="the end of the chain: it stays open, escalating no further",
    ),
    pytest.param(
        unanswered(0, unreachable=frozenset({JO.chat_id})),
        [
            "escalation → Sam, ack asked",
            "escalation → Morgan, ack asked",
            "told Alex: alerts.officer_escalated [Morgan]",
        ],
        "level 2, deadline +180s",
        id="a recipient who blocked the bot is skipped at every level",
    ),
]


@pytest.mark.parametrize(("given", "notices", "alert"), ESCALATION)
def test_escalation(given: Facts, notices: list[str], alert: str | None) -> None:
    check(given, notices, alert)


def failed(kind: str, to: Person | ChannelFacts, route: str | None = None) -> Undelivered:
    """A message Telegram refused for good."""
    staff_id, label = (to.staff_id, to.name) if isinstance(to, Person) else (None, to.label)
    return Undelivered(
        kind=kind,
        chat_id=to.chat_id,
        staff_id=staff_id,
        label=label,
        route=route,
        text="(as sent)",
        error="Forbidden",
    )


SI = "security_intelligence"
SI_ITEM = entry("priority", "security_intelligence")
OPEN_ALERT = AlertFacts(id=20, level=0)

# Telegram refused a message for good: the admins hear of it once a day; the next one in line
# gets what the failed chat did not.
FALL_THROUGH = [
    pytest.param(
        facts(
            Occasion.FALL_THROUGH,
            entry=SI_ITEM,
            channels=SI_GROUP,
            undelivered=failed("route", SI_GROUP[SI], SI),
        ),
        ["told Ada: alerts.delivery_failed", "security_intelligence → Riley, as written"],
        None,
        id="a route's channel failed: the admins are told, the route's staff get it in private",
    ),
    pytest.param(
        facts(
            Occasion.FALL_THROUGH,
            entry=entry("immediate", "supervisor"),
            alert=OPEN_ALERT,
            undelivered=failed("alert", SAM),
        ),
        ["told Ada: alerts.delivery_failed"],
        "level 0, deadline +0s",
        id="an alert failed: it escalates now, not after the timeout",
    ),
    pytest.param(
        facts(
            Occasion.FALL_THROUGH,
            entry=SI_ITEM,
            undelivered=failed("route", RILEY, "security_intelligence"),
        ),
        ["told Ada: alerts.delivery_failed"],
        None,
        id="a person's route item failed: the admins are told (nobody else holds the route)",
    ),
    pytest.param(
        facts(
            Occasion.FALL_THROUGH,
            entry=SI_ITEM,
            admins_told=True,
            undelivered=failed("route", RILEY, "security_intelligence"),
        ),
        [],
        None,
        id="the admins heard of this chat today: not again",
    ),
    pytest.param(
        facts(Occasion.FALL_THROUGH, undelivered=failed("digest", ADA)),
        [],
        None,
        id="the failing chat is an admin's own: they are not told there",
    ),
    pytest.param(
        facts(
            Occasion.REFUSED,
            entry=entry("immediate", "supervisor"),
            alert=OPEN_ALERT,
            undelivered=failed("alert", SAM),
        ),
        ["alert → Sam, ack asked, minimal"],
        None,
        id="an alert refused as a bad request: the same chat, in its minimal form",
    ),
    pytest.param(
        facts(
            Occasion.REFUSED,
            entry=entry("immediate", "supervisor"),
            alert=replace(OPEN_ALERT, status="acknowledged"),
            undelivered=failed("alert", SAM),
        ),
        [],
        None,
        id="an alert refused once someone has it: nothing more",
    ),
    pytest.param(
        facts(
            Occasion.REDIRECT,
            entry=entry("priority", "case_management"),
            undelivered=failed("route", PAT, "case_management"),
            staff=tuple(p for p in EVERYONE if p != PAT),
            skip=frozenset(),
        ),
        ["case_management → Lee, as written"],
        None,
        id="a deactivated recipient's item: the route's other recipients",
    ),
    pytest.param(
        facts(
            Occasion.REDIRECT,
            entry=entry("priority", "case_management"),
            undelivered=failed("route", PAT, "case_management"),
            staff=tuple(p for p in EVERYONE if p != PAT),
            skip=frozenset({LEE.chat_id}),
        ),
        [],
        None,
        id="a deactivated recipient's item: not twice to whoever has it",
    ),
]


@pytest.mark.parametrize(("given", "notices", "alert"), FALL_THROUGH)
def test_fall_through(given: Facts, notices: list[str], alert: str | None) -> None:
    check(given, notices, alert)


# The further-statement notice and the digest go through the same planner.
OTHERS = [
    pytest.param(
        facts(
            Occasion.FURTHER_STATEMENT,
            entry=entry("immediate", "supervisor"),
            holder_id=JO.staff_id,
            statements=((11, "R-2026-000002"), (12, "R-2026-000003")),
        ),
        ["told Jo: alerts.further_statement", "told Jo: alerts.further_statement"],
        None,
        id="statements linked to an event: its holder hears of each, on duty or not",
    ),
    pytest.param(
        facts(
            Occasion.FURTHER_STATEMENT,
            entry=entry("immediate", "supervisor"),
            holder_id=99,
            statements=((11, "R-2026-000002"),),
        ),
        [],
        None,
        id="the holder was deactivated since: nobody",
    ),
    pytest.param(
        facts(
            Occasion.DIGEST,
            entry=entry("routine", "case_management", "security_intelligence", case_managers=(8,)),
            channels=SI_GROUP,
        ),
        ["digest case_management → Lee", "digest security_intelligence → SIO group"],
        None,
        id="routine: a line in the digest of each route's recipients",
    ),
]


@pytest.mark.parametrize(("given", "notices", "alert"), OTHERS)
def test_other_occasions(given: Facts, notices: list[str], alert: str | None) -> None:
    check(given, notices, alert)


def test_chat_copies_expire_within_telegrams_48_hours() -> None:
    site = SiteFacts(id=1, copy_ttl=timedelta(days=7))
    plan = plan_notifications(facts(entry=entry("immediate", "supervisor"), site=site))
    alert, officer = plan.notices
    assert alert.expires_at == NOW + timedelta(hours=47)
    assert officer.expires_at is None  # "alert sent to Sam" holds no details
