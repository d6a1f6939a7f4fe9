"""The directory as the domain sees it: who an update comes from, sites, languages, duty."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfoNotFoundError

from babel import Locale
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callback_data import LanguageChoice
from bot.i18n import LANGUAGES, t
from bot.people.authz import Actor
from bot.people.roster import Roster, RosterError, RosterRow, parse_roster_csv
from bot.refusal import Refusal
from bot.reply import Button, Reply, esc
from storage import audit, directory, entries
from storage.models import Offender, Site, Staff
from storage.zones import zone_of

ROSTER_FIELDS = tuple(field.name for field in fields(RosterRow))

# Each database's sites' rosters, with the roster version each was built from. Keyed by the
# engine first: a site's id and version say nothing about another database's (a database
# emptied and filled again, as the tests do, numbers its sites and versions from the start, and
# a stale roster would name another site's offenders).
_ROSTERS: WeakKeyDictionary[Engine, dict[int, tuple[int, Roster]]] = WeakKeyDictionary()


def actor_of(staff: Staff, site: Site) -> Actor:
    """The domain's view of an enrolled staff member."""
    return Actor(
        staff_id=staff.id,
        telegram_user_id=staff.telegram_user_id,
        name=staff.name,
        roles=tuple(staff.roles),
        site_id=staff.site_id,
        lang=staff.lang,
        tz=site.tz,
    )


async def identify(*, session: AsyncSession, telegram_user_id: int) -> Actor | None:
    """The active staff member behind a Telegram user, or None (unknown or deactivated)."""
    found = await directory.staff_and_site(session=session, telegram_user_id=telegram_user_id)
    if found is None or not found[0].active:
        return None
    return actor_of(*found)


def is_zone(tz: str) -> bool:
    """Whether ``tz`` names an IANA time zone ("America" is a folder, not a zone)."""
    try:
        zone_of(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


async def add_site(
    *, session: AsyncSession, code: str, name: str, tz: str, lang: str, community: bool = False
) -> Site:
    """Create a site; its zone must be a real IANA zone and its code unused."""
    if not is_zone(tz):
        raise Refusal("admin.bad_tz", tz=tz)
    if lang not in LANGUAGES:
        raise Refusal("admin.bad_lang", lang=lang)
    if await directory.get_site_by_code(session=session, code=code):
        raise Refusal("admin.site_exists", site=code)
    site = Site(code=code, name=name, tz=tz, lang=lang, community=community)
    return await directory.add_site(session=session, site=site)


async def set_language(*, session: AsyncSession, actor: Actor, lang: str) -> None:
    """Change a staff member's language (``/lang``)."""
    if lang not in LANGUAGES:
        raise Refusal("lang.unknown", lang=lang)
    staff = await directory.get_staff(session=session, staff_id=actor.staff_id)
    if staff is not None:
        staff.lang = lang


def language_name(lang: str) -> str:
    """A language's name in itself ("English", "Français"), as a picker shows it (CLDR's)."""
    name = str(Locale.parse(lang).get_display_name(lang))
    return name[:1].upper() + name[1:]


def language_picker(lang: str) -> Reply:
    """``/lang`` with nothing after it: the question, with one button per language."""
    buttons = tuple(Button(language_name(code), LanguageChoice(code).pack()) for code in LANGUAGES)
    return Reply(text=esc(t(lang, "lang.choose")), buttons=(buttons,))


async def import_roster(*, session: AsyncSession, site_code: str, text: str) -> tuple[int, int]:
    """Import a roster CSV: every row valid or nothing imported. Returns (added, updated)."""
    site = await directory.get_site_by_code(session=session, code=site_code)
    if site is None:
        raise Refusal("admin.unknown_site", site=site_code)
    rows, errors = parse_roster_csv(text)
    if errors:
        raise RosterRejected(errors)
    offenders = [Offender(site_id=site.id, **asdict(row)) for row in rows]
    added, updated = await directory.upsert_roster(
        session=session, site_id=site.id, offenders=offenders
    )
    await audit.record(
        session=session,
        action="roster.imported",
        detail={"site": site.code, "added": added, "updated": updated},
    )
    return added, updated


class RosterRejected(Refusal):
    """A roster file with bad rows: nothing was imported."""

    def __init__(self, errors: list[RosterError]) -> None:
        super().__init__("roster.rejected", count=len(errors))
        self.errors = errors


async def set_duty(*, session: AsyncSession, actor: Actor, on_duty: bool, now: datetime) -> None:
    """Put a supervisor or manager on or off duty."""
    staff = await directory.get_staff(session=session, staff_id=actor.staff_id)
    if staff is not None:
        await directory.set_on_duty(session=session, staff=staff, on_duty=on_duty, now=now)
        await audit.record(
            session=session, action="duty.on" if on_duty else "duty.off", staff_id=staff.id
        )


async def roster_for(*, session: AsyncSession, site_id: int) -> Roster:
    """A site's roster for extraction, rebuilt only when the stored roster changed.

    Each lookup costs one small query (the site's roster version) instead of loading every row.
    """
    stamp = await entries.roster_stamp(session=session, site_id=site_id)
    bind = session.get_bind()
    rosters = _ROSTERS.setdefault(bind if isinstance(bind, Engine) else bind.engine, {})
    cached = rosters.get(site_id)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    rows = await entries.roster_rows(session=session, site_id=site_id)
    # A roster row's fields are the offender table's columns of the same names.
    roster = Roster(
        RosterRow(**{name: getattr(row, name) for name in ROSTER_FIELDS}) for row in rows
    )
    rosters[site_id] = (stamp, roster)
    return roster
