"""Who may do what: one table (role x action -> scope), read by every handler through ``allowed``.

Scopes, from narrowest: ``own`` (the actor's own entries), ``caseload`` (entries naming an
offender whose parole officer is the actor), ``routed:<route>`` (entries routed to that route at
the actor's site), ``site`` (everything at the actor's site). ``admin`` has no access to
narratives unless the person also holds another role (design.md, "Users and roles").
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from storage.vocabulary import Role, Route
from storage.zones import zone_of

ROLES = tuple(Role)

OWN, CASELOAD, SITE = "own", "caseload", "site"
ROUTED_SI = f"routed:{Route.SECURITY_INTELLIGENCE}"
ROUTED_HEALTH = f"routed:{Route.HEALTH_SERVICES}"

# action -> role -> scope. A role absent from an action's row may not do it.
TABLE: dict[str, dict[str, str]] = {
    "capture": {
        Role.OFFICER: OWN,
        Role.SUPERVISOR: OWN,
        Role.INTELLIGENCE: OWN,
        Role.HEALTH: OWN,
        Role.CASE_MANAGER: OWN,
        Role.MANAGER: OWN,
    },
    "view_entry": {
        Role.OFFICER: OWN,
        Role.SUPERVISOR: SITE,
        Role.INTELLIGENCE: ROUTED_SI,
        Role.HEALTH: ROUTED_HEALTH,
        Role.CASE_MANAGER: CASELOAD,
        Role.MANAGER: SITE,
    },
    "amend": {
        Role.OFFICER: OWN,
        Role.SUPERVISOR: OWN,
        Role.INTELLIGENCE: OWN,
        Role.HEALTH: OWN,
        Role.CASE_MANAGER: OWN,
        Role.MANAGER: OWN,
    },
    "acknowledge": {Role.SUPERVISOR: SITE, Role.MANAGER: SITE},
    "duty": {Role.SUPERVISOR: SITE, Role.MANAGER: SITE},
    "summary": {
        Role.OFFICER: OWN,
        Role.SUPERVISOR: SITE,
        Role.INTELLIGENCE: ROUTED_SI,
        Role.HEALTH: ROUTED_HEALTH,
        Role.CASE_MANAGER: CASELOAD,
        Role.MANAGER: SITE,
    },
    "briefing": {Role.SUPERVISOR: SITE, Role.MANAGER: SITE},
    "offender_history": {
        Role.SUPERVISOR: SITE,
        Role.INTELLIGENCE: ROUTED_SI,
        Role.CASE_MANAGER: CASELOAD,
        Role.MANAGER: SITE,
    },
    "export": {Role.MANAGER: SITE, Role.ADMIN: SITE},
    "invite": {Role.ADMIN: SITE},
    "administer": {Role.ADMIN: SITE},
}

SCOPE_RANK = {OWN: 0, CASELOAD: 1, ROUTED_HEALTH: 1, ROUTED_SI: 1, SITE: 2}


@dataclass(frozen=True)
class Actor:
    """The enrolled staff member behind an update, as the domain needs them."""

    staff_id: int
    telegram_user_id: int
    name: str
    roles: tuple[str, ...]
    site_id: int
    lang: str
    tz: str

    @property
    def zone(self) -> ZoneInfo:
        """The time zone of the actor's site."""
        return zone_of(self.tz)


@dataclass(frozen=True)
class RecordScope:
    """What decides who may see one entry."""

    officer_id: int
    site_id: int
    routes: tuple[str, ...]
    case_manager_ids: tuple[int, ...]
    staff_concern: bool = False


def scopes(actor: Actor, action: str) -> tuple[str, ...]:
    """The scopes under which the actor's roles allow ``action`` (empty: not allowed)."""
    row = TABLE.get(action, {})
    return tuple(dict.fromkeys(row[role] for role in actor.roles if role in row))


def allowed(actor: Actor, action: str) -> bool:
    """Whether any of the actor's roles allows ``action`` at all."""
    return bool(scopes(actor, action))


def may_see(actor: Actor, action: str, record: RecordScope) -> bool:
    """Whether the actor may do ``action`` on this record under one of their scopes."""
    if record.site_id != actor.site_id and record.officer_id != actor.staff_id:
        return False
    granted = scopes(actor, action)
    if granted and record.officer_id == actor.staff_id:
        return True  # everyone allowed the action at all may do it on what they wrote
    for scope in granted:
        if record.staff_concern and scope not in (OWN, ROUTED_SI):
            continue  # CD 568-2: information about staff reaches security intelligence only
        if scope == SITE and record.site_id == actor.site_id:
            return True
        if scope == OWN and record.officer_id == actor.staff_id:
            return True
        if scope == CASELOAD and (
            actor.staff_id in record.case_manager_ids or record.officer_id == actor.staff_id
        ):
            return True
        if scope.startswith("routed:") and scope.split(":", 1)[1] in record.routes:
            return True
    return False
