"""``make demo``: the sandbox, a demo site with a roster and enrolled demo staff, and the bot.

Everything runs locally (no Telegram token, no network): the bot talks to the sandbox exactly as
it would to Telegram, and the sandbox's web chat page lets you be any demo persona.

The sandbox is a development tool kept in the source checkout beside ``bot/``, not part of the
installed product (a wheel does not carry it), so it is looked for there when the demo starts.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import SecretStr
from telegram import Bot

from bot.i18n import t
from bot.people.directory import add_site, import_roster
from bot.runtime.app import StartupError, serve
from bot.runtime.menus import publish_menu
from bot.runtime.settings import Settings
from storage import directory
from storage.db import create_engine, session_factory
from storage.migrate import upgrade_async
from storage.models import Staff
from storage.vocabulary import Role

if TYPE_CHECKING:  # the sandbox is looked for at run time (find_sandbox)
    from sandbox.server import Sandbox

# The checkout that holds this module: bot/runtime/demo.py -> the directory above bot/.
CHECKOUT = Path(__file__).resolve().parents[2]
DEMO_TOKEN = "700000001:DEMO-sandbox-token-not-a-real-one-xx"
DEMO_SITE = "DEMO"
DEMO_TZ = "America/Toronto"
DEMO_ROSTER = """fps,surname,given_names,unit,cell,parole_officer,release_date
482913K,Bouchard,Marc,4B,4B-12,Dana Whitfield,2027-03-01
517204C,Whitehorse,Daniel,4B,4B-03,Dana Whitfield,
398221B,Tremblay,Luc,2A,2A-07,,2026-12-15
398222C,Tremblay,Kevin,3C,3C-01,,
612045D,Okafor,Samuel,1A,1A-09,Dana Whitfield,
"""


class NoSandbox(RuntimeError):
    """Rapport was installed without its source checkout, where the sandbox lives."""

    def __init__(self) -> None:
        super().__init__(
            "needs the sandbox, which comes with a source checkout only: "
            "clone Rapport, then run make demo"
        )


def find_sandbox() -> None:
    """Make the checkout's ``sandbox`` package importable, or raise ``NoSandbox``.

    An editable install maps only the product's packages (``bot``, ``handlers``, ``storage``),
    so the checkout itself is put on the import path for the sandbox beside them.
    """
    if not (CHECKOUT / "sandbox" / "__init__.py").is_file():
        raise NoSandbox
    if str(CHECKOUT) not in sys.path:
        sys.path.insert(0, str(CHECKOUT))


@dataclass(frozen=True)
class DemoPerson:
    """A demo staff member, their sandbox persona, and what to try as them."""

    telegram_user_id: int
    name: str
    roles: tuple[str, ...]
    lang: str
    try_this: str
    on_duty: bool = False

    def note(self) -> str:
        """What the web chat shows beside the persona: role (and duty), then what to try."""
        role = " / ".join(t("en", f"role.title.{role}") for role in self.roles)
        duty = ", on duty" if self.on_duty else ""
        speaks = ", speaks French" if self.lang == "fr" else ""
        return f"{role}{duty}{speaks}. Try: {self.try_this}"


DEMO_STAFF = (
    DemoPerson(
        1001,
        "Alex Martin",
        (Role.OFFICER,),
        "en",
        "482913K 4B range 20 min ago hiding something in his waistband, looked like a shank "
        "(then tap Submit, and switch to Jordan Roy)",
    ),
    DemoPerson(
        1002,
        "Jordan Roy",
        (Role.SUPERVISOR,),
        "en",
        "acknowledge an officer's alert when it arrives; /briefing; /summary today",
        on_duty=True,
    ),
    DemoPerson(1003, "Sam Gagnon", (Role.MANAGER,), "en", "/summary this week; /export today"),
    DemoPerson(
        1004,
        "Chloé Lavoie",
        (Role.OFFICER,),
        "fr",
        "517204C rangée 4B il y a 10 min refuse de regagner sa cellule, ton menaçant",
    ),
    DemoPerson(
        1005,
        "Dana Whitfield",
        (Role.CASE_MANAGER,),
        "en",
        "/offender 482913K (on your caseload); /summary this month",
    ),
    DemoPerson(
        1006,
        "Riley Chen",
        (Role.INTELLIGENCE,),
        "en",
        "/summary this week; items routed to security intelligence arrive here",
    ),
    DemoPerson(
        1007,
        "Pat Morin",
        (Role.ADMIN,),
        "en",
        "/invite officer 8h Firstname Lastname (a QR code and a link to enrol someone)",
    ),
)


async def seed(database_url: str) -> None:
    """Create the demo site, roster and staff if they are not there yet (idempotent)."""
    await upgrade_async(database_url)
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    try:
        async with sessions.begin() as session:
            site = await directory.get_site_by_code(session=session, code=DEMO_SITE)
            if site is None:
                site = await add_site(
                    session=session,
                    code=DEMO_SITE,
                    name="Demo Institution",
                    tz=DEMO_TZ,
                    lang="en",
                )
                await import_roster(session=session, site_code=DEMO_SITE, text=DEMO_ROSTER)
            for person in DEMO_STAFF:
                known = await directory.get_staff_by_telegram_id(
                    session=session, telegram_user_id=person.telegram_user_id
                )
                if known is None:
                    await directory.add_staff(
                        session=session,
                        staff=Staff(
                            telegram_user_id=person.telegram_user_id,
                            name=person.name,
                            roles=list(person.roles),
                            site_id=site.id,
                            lang=person.lang,
                            on_duty=person.on_duty,
                        ),
                    )
    finally:
        await engine.dispose()


def _free_port_after(port: int) -> int:
    """The first port above ``port`` that nothing on this machine listens on."""
    for candidate in range(port + 1, min(port + 100, 65_536)):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return candidate
    return 0


async def _open_sandbox(port: int) -> Sandbox:
    """The sandbox listening on ``port``; a port in use is said in one line, with the way out."""
    from sandbox.server import Sandbox

    sandbox = Sandbox(port=port)
    try:
        await sandbox.start()
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise StartupError(f"cannot listen on 127.0.0.1:{port}: {error.strerror}") from error
        free = _free_port_after(port)
        raise StartupError(
            f"port {port} is in use (another demo?): run PORT={free} make demo "
            f"(or rapport demo --port {free})"
        ) from error
    return sandbox


async def run_demo(*, port: int, database_url: str) -> None:
    """Start the sandbox on ``port``, seed the demo, run the bot until interrupted."""
    find_sandbox()
    from sandbox.client import SandboxClient

    sandbox = await _open_sandbox(port)
    try:
        async with SandboxClient(sandbox.url) as client:
            await client.show_times_in(DEMO_TZ)
            for person in DEMO_STAFF:
                first, _, last = person.name.partition(" ")
                await client.user(
                    first,
                    last_name=last or None,
                    language_code=person.lang,
                    user_id=person.telegram_user_id,
                    note=person.note(),
                )
        await seed(database_url)
        # Seeded, not enrolled: each persona's menu is set as enrolment would set it.
        async with Bot(DEMO_TOKEN, base_url=sandbox.api_url) as bot:
            for person in DEMO_STAFF:
                chat_id, roles = person.telegram_user_id, person.roles
                await publish_menu(bot, chat_id=chat_id, roles=roles, lang=person.lang)
        settings = Settings(
            telegram_token=SecretStr(DEMO_TOKEN),
            telegram_api_url=sandbox.api_url,
            telegram_file_url=sandbox.file_url,
            database_url=database_url,
        )
        print(f"Rapport demo: open {sandbox.url}/ in your browser and pick a persona.", flush=True)
        print("Demo staff: " + ", ".join(f"{p.name} ({'/'.join(p.roles)})" for p in DEMO_STAFF))
        print("Press Ctrl+C to stop.", flush=True)
        await serve(settings)
    finally:
        await sandbox.stop()


def main(port: int, database_url: str) -> int:
    """Blocking entry point for ``rapport demo``: its exit code."""
    try:
        asyncio.run(run_demo(port=port, database_url=database_url))
    except StartupError as error:
        print(f"rapport: {error}", file=sys.stderr)
        return 1
    return 0
