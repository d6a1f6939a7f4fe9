"""Queries on the directory: sites, staff, invites and the offender roster. Never commits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.lookup import by_id
from storage.models import Invite, Offender, Site, Staff
from storage.vocabulary import Role


async def get_site(*, session: AsyncSession, site_id: int) -> Site | None:
    """The site with this id."""
    return await by_id(session, Site, site_id)


async def get_site_by_code(*, session: AsyncSession, code: str) -> Site | None:
    """The site with this code (case-insensitive)."""
    return await session.scalar(select(Site).where(func.lower(Site.code) == code.lower()))


async def list_sites(*, session: AsyncSession) -> Sequence[Site]:
    """Every site, by code."""
    return (await session.scalars(select(Site).order_by(Site.code))).all()


async def add_site(*, session: AsyncSession, site: Site) -> Site:
    """Add a site and give it its id."""
    session.add(site)
    await session.flush()
    return site


async def get_staff_by_telegram_id(
    *, session: AsyncSession, telegram_user_id: int
) -> Staff | None:
    """The staff member behind a Telegram user id, active or not."""
    return await session.scalar(select(Staff).where(Staff.telegram_user_id == telegram_user_id))


# Built once: every update asks it first, and building a statement costs about as much as
# running it.
_STAFF_AND_SITE = (
    select(Staff, Site)
    .join(Site, Site.id == Staff.site_id)
    .where(Staff.telegram_user_id == bindparam("telegram_user_id"))
)


async def staff_and_site(
    *, session: AsyncSession, telegram_user_id: int
) -> tuple[Staff, Site] | None:
    """The staff member behind a Telegram user id with their site, in one statement (every
    update asks it first)."""
    row = (await session.execute(_STAFF_AND_SITE, {"telegram_user_id": telegram_user_id})).first()
    return (row[0], row[1]) if row else None


async def get_staff(*, session: AsyncSession, staff_id: int) -> Staff | None:
    """The staff member with this id."""
    return await by_id(session, Staff, staff_id)


async def list_staff(
    *, session: AsyncSession, site_id: int, role: str | None = None, on_duty: bool | None = None
) -> list[Staff]:
    """Active staff of a site, optionally with a role and on-duty state, oldest first."""
    query = select(Staff).where(Staff.site_id == site_id, Staff.active.is_(True))
    if on_duty is not None:
        query = query.where(Staff.on_duty.is_(on_duty))
    rows = (await session.scalars(query.order_by(Staff.id))).all()
    return [row for row in rows if role is None or role in row.roles]


async def all_staff(*, session: AsyncSession, site_id: int) -> Sequence[Staff]:
    """Every staff member of a site, active or not, by name (for administrators)."""
    query = select(Staff).where(Staff.site_id == site_id).order_by(func.lower(Staff.name))
    return (await session.scalars(query)).all()


async def find_staff(
    *,
    session: AsyncSession,
    site_id: int,
    telegram_user_id: int | None = None,
    name: str | None = None,
) -> Sequence[Staff]:
    """Staff of a site, active or not, by Telegram user id or by name (case-insensitive)."""
    query = select(Staff).where(Staff.site_id == site_id)
    if telegram_user_id is not None:
        query = query.where(Staff.telegram_user_id == telegram_user_id)
    if name is not None:
        query = query.where(func.lower(Staff.name) == name.strip().lower())
    return (await session.scalars(query.order_by(Staff.id))).all()


async def staff_matching(*, session: AsyncSession, words: str) -> Sequence[Staff]:
    """Staff of any site whose id, Telegram user id or name (case-insensitive) is ``words``."""
    words = words.strip()
    if words.isdigit():
        number = int(words)
        query = select(Staff).where((Staff.id == number) | (Staff.telegram_user_id == number))
    else:
        query = select(Staff).where(func.lower(Staff.name) == words.lower())
    return (await session.scalars(query.order_by(Staff.id))).all()


async def active_telegram_ids(
    *, session: AsyncSession, site_id: int, telegram_user_ids: Iterable[int]
) -> set[int]:
    """Which of these Telegram users are active staff of the site."""
    wanted = list(telegram_user_ids)
    if not wanted:
        return set()
    query = select(Staff.telegram_user_id).where(
        Staff.site_id == site_id, Staff.active.is_(True), Staff.telegram_user_id.in_(wanted)
    )
    return set((await session.scalars(query)).all())


async def add_staff(*, session: AsyncSession, staff: Staff) -> Staff:
    """Add a staff member and give them their id."""
    session.add(staff)
    await session.flush()
    return staff


async def add_invite(*, session: AsyncSession, invite: Invite) -> Invite:
    """Store a new invite (its code hashed by the caller)."""
    session.add(invite)
    await session.flush()
    return invite


async def get_invite_by_hash(*, session: AsyncSession, code_hash: str) -> Invite | None:
    """The invite whose code hashes to ``code_hash``."""
    return await session.scalar(select(Invite).where(Invite.code_hash == code_hash))


async def upsert_roster(
    *, session: AsyncSession, site_id: int, offenders: Iterable[Offender]
) -> tuple[int, int]:
    """Add new offenders and update known ones by FPS number; returns (added, updated).

    Rows are never deleted: entries keep pointing at the people they name.
    """
    incoming = {offender.fps: offender for offender in offenders}
    query = select(Offender).where(Offender.site_id == site_id, Offender.fps.in_(incoming))
    existing = {row.fps: row for row in (await session.scalars(query)).all()}
    for fps, offender in incoming.items():
        row = existing.get(fps)
        if row is None:
            session.add(offender)
            continue
        for field in ("surname", "given_names", "unit", "cell", "parole_officer", "release_date"):
            setattr(row, field, getattr(offender, field))
    await session.execute(
        update(Site).where(Site.id == site_id).values(roster_version=Site.roster_version + 1)
    )
    await session.flush()
    return len(incoming) - len(existing), len(existing)


async def list_offenders(*, session: AsyncSession, site_id: int) -> Sequence[Offender]:
    """A site's roster, by surname."""
    query = select(Offender).where(Offender.site_id == site_id).order_by(Offender.surname)
    return (await session.scalars(query)).all()


async def count_offenders(*, session: AsyncSession, site_id: int) -> int:
    """How many offenders a site's roster holds."""
    query = select(func.count()).select_from(Offender).where(Offender.site_id == site_id)
    return int(await session.scalar(query) or 0)


async def set_on_duty(
    *, session: AsyncSession, staff: Staff, on_duty: bool, now: datetime
) -> None:
    """Mark a staff member on or off duty."""
    staff.on_duty = on_duty
    staff.on_duty_since = now if on_duty else None


async def case_managers_of(
    *, session: AsyncSession, site_id: int, fps_numbers: Sequence[str]
) -> list[int]:
    """Staff ids of the enrolled parole officers of these offenders (roster name = staff name)."""
    if not fps_numbers:
        return []
    query = select(Offender.parole_officer).where(
        Offender.site_id == site_id,
        Offender.fps.in_(list(fps_numbers)),
        Offender.parole_officer.is_not(None),
    )
    names = {name.casefold().strip() for name in (await session.scalars(query)).all() if name}
    if not names:
        return []
    managers = await list_staff(session=session, site_id=site_id, role=Role.CASE_MANAGER)
    return [staff.id for staff in managers if staff.name.casefold().strip() in names]
