"""Who a level of the escalation chain or an entry's route reaches at a site, from the facts.

The planner (``bot.notify.plan``) decides what each occasion calls for; this module answers the
question it asks every time, "who is that, today?": the roles a chain step or a route stands
for, who holds them (on duty or not, reachable or not), and which registered channel or parole
officer takes a route's item instead. Pure, like the planner: the facts hold everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.notify.facts import Facts, Person
from storage.vocabulary import ChainStep, Role, Route

# The role that holds each route's items when no channel is registered for it.
ROUTE_ROLES: dict[str, Role] = {
    Route.SECURITY_INTELLIGENCE: Role.INTELLIGENCE,
    Route.HEALTH_SERVICES: Role.HEALTH,
    Route.CASE_MANAGEMENT: Role.CASE_MANAGER,
    Route.SUPERVISOR: Role.SUPERVISOR,
}
# Each level of an escalation chain: the role it reaches, and whether only those on duty.
CHAIN_STEPS: dict[str, tuple[Role, bool]] = {
    ChainStep.ON_DUTY_SUPERVISORS: (Role.SUPERVISOR, True),
    ChainStep.SUPERVISORS: (Role.SUPERVISOR, False),
    ChainStep.MANAGERS: (Role.MANAGER, False),
}


@dataclass(frozen=True)
class Recipient:
    """A chat to notify: a staff member's private chat or a registered channel."""

    chat_id: int
    staff_id: int | None
    label: str
    lang: str


def chain_level(facts: Facts, level: int) -> list[Recipient]:
    """Who one level of the site's escalation chain reaches (empty past the end), leaving out
    whoever is known to have blocked the bot: repeating an alert to them at every level would
    only fail again, and tell the admins again (they were told the first time). A step this
    version does not know reaches the managers, the widest."""
    if level >= len(facts.site.chain):
        return []
    widest = CHAIN_STEPS[ChainStep.MANAGERS]
    role, on_duty_only = CHAIN_STEPS.get(facts.site.chain[level], widest)
    return [
        recipient_of(p)
        for p in people_with(facts, role)
        if (p.on_duty or not on_duty_only) and p.chat_id not in facts.unreachable
    ]


def added_by(facts: Facts, level: int) -> list[Recipient]:
    """Who a level of the chain reaches that the levels before it did not."""
    before = {r.chat_id for r in up_to(facts, level - 1)}
    return [r for r in chain_level(facts, level) if r.chat_id not in before]


def up_to(facts: Facts, level: int) -> list[Recipient]:
    """Everyone the chain reaches from its first level to ``level``, each chat once."""
    seen: dict[int, Recipient] = {}
    for index in range(level + 1):
        for recipient in chain_level(facts, index):
            seen.setdefault(recipient.chat_id, recipient)
    return list(seen.values())


def route_recipients(facts: Facts, route: str, *, channels: bool = True) -> list[Recipient]:
    """Who receives an entry's item for one route (``channels=False``: staff only)."""
    entry = facts.entry
    if route == Route.CASE_MANAGEMENT and entry is not None and entry.case_managers:
        return [recipient_of(p) for p in facts.staff if p.staff_id in entry.case_managers]
    channel = facts.channels.get(route)
    if channel is not None and channels:
        return [Recipient(channel.chat_id, None, channel.label, facts.site.lang)]
    if route == Route.SUPERVISOR:
        return chain_level(facts, 0) or chain_level(facts, 1)
    return [recipient_of(p) for p in people_with(facts, ROUTE_ROLES[route])]


def people_with(facts: Facts, role: Role) -> list[Person]:
    """The site's active staff holding ``role``, oldest first."""
    return [p for p in facts.staff if role in p.roles]


def person(facts: Facts, staff_id: int | None) -> Person | None:
    """The active staff member with this id, if there is one."""
    return next((p for p in facts.staff if p.staff_id == staff_id), None)


def recipient_of(member: Person) -> Recipient:
    """A staff member's private chat, named and in their language."""
    return Recipient(member.chat_id, member.staff_id, member.name, member.lang)
