"""Enrolment: one-time codes by role and site, redeemed with ``/start CODE`` (typed, or sent by
the app when the invitation's link is opened)."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.authz import ROLES
from bot.refusal import Refusal
from storage import audit, directory
from storage.models import Invite, Staff

# No 0/O, 1/I/L: codes are read aloud and typed on phones. Letters and digits only, so a code is
# also a valid deep-link start parameter (bot.people.invitation.START_PARAMETER).
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 10
DURATION = re.compile(r"^\s*(\d+)\s*([mhd])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class Enrolled:
    """The outcome of a successful ``/start CODE``."""

    staff: Staff
    already: bool


def parse_duration(text: str) -> timedelta:
    """``"24h"``, ``"30m"``, ``"7d"`` as a duration."""
    match = DURATION.match(text)
    if not match or int(match.group(1)) == 0:
        raise Refusal("admin.bad_duration", value=text)
    return timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})


def new_code() -> str:
    """A fresh random enrolment code."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_LENGTH))


def hash_code(code: str) -> str:
    """The stored form of a code: codes are never kept in clear."""
    normalised = re.sub(r"[\s-]", "", code).upper()
    return hashlib.sha256(normalised.encode()).hexdigest()


async def create_invite(
    *,
    session: AsyncSession,
    site_code: str,
    role: str,
    expires_in: timedelta,
    now: datetime,
    name: str | None = None,
    created_by: int | None = None,
) -> str:
    """Create a one-time code for ``role`` at ``site_code`` and return it (shown once)."""
    if role not in ROLES:
        raise Refusal("admin.bad_role", role=role, roles=", ".join(ROLES))
    site = await directory.get_site_by_code(session=session, code=site_code)
    if site is None:
        raise Refusal("admin.unknown_site", site=site_code)
    code = new_code()
    await directory.add_invite(
        session=session,
        invite=Invite(
            code_hash=hash_code(code),
            role=role,
            site_id=site.id,
            name=name,
            expires_at=now + expires_in,
        ),
    )
    await audit.record(
        session=session,
        action="invite.created",
        staff_id=created_by,
        detail={"role": role, "site": site.code, "expires_at": (now + expires_in).isoformat()},
    )
    return code


async def enrol(
    *,
    session: AsyncSession,
    code: str,
    telegram_user_id: int,
    display_name: str,
    lang: str,
    now: datetime,
) -> Enrolled:
    """Redeem a code for a Telegram user: single use, before its expiry.

    A code given to someone already enrolled adds its role to theirs (same site only).
    """
    invite = await directory.get_invite_by_hash(session=session, code_hash=hash_code(code))
    failure = None
    if invite is None:
        failure = "enrol.invalid_code"
    elif invite.used_at is not None:
        failure = "enrol.used_code"
    elif invite.expires_at <= now:
        failure = "enrol.expired_code"
    if failure or invite is None:
        await audit.record(
            session=session,
            action="enrol.refused",
            telegram_user_id=telegram_user_id,
            detail={"why": failure},
        )
        raise Refusal(failure or "enrol.invalid_code")
    staff = await directory.get_staff_by_telegram_id(
        session=session, telegram_user_id=telegram_user_id
    )
    already = staff is not None
    if staff is not None and not staff.active:
        # Deactivated (rapport staff deactivate): a new code does not undo an administrator's
        # decision; `rapport staff reactivate` does.
        await audit.record(
            session=session,
            action="enrol.refused",
            staff_id=staff.id,
            telegram_user_id=telegram_user_id,
            detail={"why": "enrol.withdrawn"},
        )
        raise Refusal("enrol.withdrawn")
    if staff is None:
        staff = await directory.add_staff(
            session=session,
            staff=Staff(
                telegram_user_id=telegram_user_id,
                name=invite.name or display_name,
                roles=[invite.role],
                site_id=invite.site_id,
                lang=lang,
            ),
        )
    elif staff.site_id != invite.site_id:
        raise Refusal("enrol.other_site")
    elif invite.role not in staff.roles:
        staff.roles = [*staff.roles, invite.role]
    invite.used_at = now
    invite.used_by_id = staff.id
    await audit.record(
        session=session,
        action="enrol.enrolled",
        staff_id=staff.id,
        telegram_user_id=telegram_user_id,
        detail={"role": invite.role, "already": already},
    )
    return Enrolled(staff=staff, already=already)
