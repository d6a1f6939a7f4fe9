"""The authorisation table, walked: each role x action x record -> allowed or refused."""

from __future__ import annotations

import pytest

from bot.people.authz import ROLES, TABLE, Actor, RecordScope, allowed, may_see

ME, COLLEAGUE, SITE, OTHER_SITE = 1, 2, 10, 20


def actor(role: str) -> Actor:
    return Actor(ME, 100, "Me", (role,), SITE, "en", "America/Toronto")


OWN_RECORD = RecordScope(ME, SITE, (), ())
SITE_RECORD = RecordScope(COLLEAGUE, SITE, (), ())
SI_RECORD = RecordScope(COLLEAGUE, SITE, ("security_intelligence",), ())
HEALTH_RECORD = RecordScope(COLLEAGUE, SITE, ("health_services",), ())
CASELOAD_RECORD = RecordScope(COLLEAGUE, SITE, ("case_management",), (ME,))
FOREIGN_RECORD = RecordScope(COLLEAGUE, OTHER_SITE, ("security_intelligence",), (ME,))
STAFF_RECORD = RecordScope(COLLEAGUE, SITE, ("security_intelligence",), (), staff_concern=True)

# role -> the records it may view, of the list above (CD 560 and design.md "Users and roles").
EXPECTED_VIEW = {
    "officer": {"own"},
    "supervisor": {"own", "site", "si", "health", "caseload"},
    "intelligence": {"own", "si", "staff"},
    "health": {"own", "health"},
    "case_manager": {"own", "caseload"},
    "manager": {"own", "site", "si", "health", "caseload"},
    "admin": set(),
}
RECORDS = {
    "own": OWN_RECORD,
    "site": SITE_RECORD,
    "si": SI_RECORD,
    "health": HEALTH_RECORD,
    "caseload": CASELOAD_RECORD,
    "foreign": FOREIGN_RECORD,
    "staff": STAFF_RECORD,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("record", RECORDS)
def test_viewing_a_record_follows_the_table(role: str, record: str) -> None:
    assert may_see(actor(role), "view_entry", RECORDS[record]) == (record in EXPECTED_VIEW[role])


@pytest.mark.parametrize("action", TABLE)
@pytest.mark.parametrize("role", ROLES)
def test_each_action_is_allowed_exactly_to_the_roles_in_its_row(action: str, role: str) -> None:
    assert allowed(actor(role), action) == (role in TABLE[action])


def test_only_admins_administer_and_admins_read_no_narratives() -> None:
    assert [role for role in ROLES if allowed(actor(role), "administer")] == ["admin"]
    assert not allowed(actor("admin"), "view_entry")
