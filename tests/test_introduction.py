"""A bot that introduces itself: menus by role and language, descriptions, invitations by link
and QR code, the privacy notice, the language picker."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.people.enrolment import new_code
from bot.people.invitation import START_PARAMETER, deep_link, qr_png
from sandbox.client import Persona
from sandbox.server import Sandbox
from storage import directory
from tests.conftest import TEST_TOKEN
from tests.shell import Operator
from tests.world import World

ADMIN_ONLY = {"invite", "register", "members"}


async def _menu_when_set(world: World, persona: Persona, holding: str) -> list[str]:
    """The persona's menu once it holds ``holding`` (menus are set right after the reply)."""

    async def menu() -> list[str]:
        commands = await persona.menu()
        return commands if holding in commands else []

    return await world.eventually(menu)


async def _profile(persona: Persona) -> dict:
    return await persona.bot_profile()


async def test_a_stranger_sees_how_to_enrol_and_the_bot_described_in_their_language(
    world: World,
) -> None:
    english = await world.client.user("Sam", language_code="en")
    french = await world.client.user("Marie", language_code="fr-CA")

    assert await _menu_when_set(world, english, "privacy") == ["start", "privacy"]
    assert await _menu_when_set(world, french, "privacy") == ["start", "privacy"]

    async def described() -> bool:
        # The French text itself: the English default, set first, is what a French user sees
        # until the French one is set.
        profile = await _profile(french)
        return bool(profile["short_description"] == t("fr", "about.short_description"))

    assert await world.eventually(described)  # set in the background at start-up
    english_bot, french_bot = await _profile(english), await _profile(french)
    assert "correctional staff" in english_bot["description"]
    assert "personnel correctionnel" in french_bot["description"]
    assert french_bot["short_description"] == t("fr", "about.short_description")
    assert french_bot["commands"][1]["description"] == t("fr", "commands.privacy")


async def test_an_officer_sees_the_officers_menu_and_an_admin_the_admins(world: World) -> None:
    officer = await world.officer()
    admin = await world.enrol("Pat Admin", "admin")

    officers = await _menu_when_set(world, officer, "observe")
    admins = await _menu_when_set(world, admin, "invite")
    assert {"observe", "mine", "summary", "privacy", "lang", "help"} <= set(officers)
    assert not ADMIN_ONLY & set(officers) and "export" not in officers
    assert ADMIN_ONLY <= set(admins) and "observe" not in admins


async def test_a_french_officer_reads_the_menu_in_french_and_lang_changes_it(
    world: World,
) -> None:
    chloe = await world.officer("Chloé Lavoie", lang="fr")
    await _menu_when_set(world, chloe, "observe")
    described = {c["command"]: c["description"] for c in (await _profile(chloe))["commands"]}
    assert described["observe"] == t("fr", "commands.observe")

    await chloe.send("/lang en")
    assert (await chloe.next_message())["text"] == t("en", "lang.changed")

    async def in_english() -> bool:
        commands = (await _profile(chloe))["commands"]
        return any(c["description"] == t("en", "commands.observe") for c in commands)

    assert await world.eventually(in_english)


async def test_lang_offers_buttons_and_the_choice_replaces_the_question(world: World) -> None:
    officer = await world.officer()
    await officer.send("/lang")
    picker = await officer.next_message()
    assert picker["text"] == t("en", "lang.choose")
    await officer.tap("Français", message=picker)

    async def confirmed() -> dict | None:
        now = await officer.message(picker["message_id"])
        return now if now["text"] == t("fr", "lang.changed") else None

    answered = await world.eventually(confirmed)
    assert answered is not None and "reply_markup" not in answered
    assert (await world.staff(officer)).lang == "fr"
    await officer.send("/help")
    assert (await officer.next_message())["text"].startswith(
        "Ce que je peux faire pour vous\u00a0:"
    )


async def test_a_language_the_bot_does_not_speak_is_named_in_the_refusal(world: World) -> None:
    officer = await world.officer()
    await officer.send("/lang de")
    refusal = await officer.next_message()
    assert refusal["text"] == t("en", "lang.unknown", lang="de")
    assert (await world.staff(officer)).lang == "en"


async def test_an_admin_invites_with_a_qr_code_and_the_link_enrols(world: World) -> None:
    admin = await world.enrol("Pat Admin", "admin")
    await admin.send("/invite officer 8h Alex Martin")
    invitation = await admin.next_message()
    caption = invitation["caption"]
    assert caption.startswith("Invitation for a Correctional Officer at TST, valid 8 hours")
    assert "Name on the records: Alex Martin." in caption
    [link] = [word for word in caption.split() if word.startswith("https://t.me/")]
    assert link.startswith("https://t.me/rapport_test_bot?start=")
    assert await admin.download(invitation) == qr_png(link)  # the picture is this very link

    newcomer = await world.client.user("Alex", language_code="en")
    await newcomer.open_link(link)
    welcome = await newcomer.next_message()
    assert welcome["text"].startswith("Welcome Alex Martin. You are enrolled. Your role: ")
    assert "Correctional Officer" in welcome["text"]
    assert (await world.staff(newcomer)).roles == ["officer"]

    latecomer = await world.client.user("Eve")
    await latecomer.open_link(link)
    assert "already been used" in (await latecomer.next_message())["text"]


async def test_only_an_admin_may_invite_and_a_bad_role_gets_the_usage(world: World) -> None:
    officer = await world.officer()
    await officer.send("/invite officer")
    assert (await officer.next_message())["text"] == t("en", "core.not_allowed")

    admin = await world.enrol("Pat Admin", "admin", lang="fr")
    await admin.send("/invite warden")
    usage = await admin.next_message()
    assert usage["text"].startswith("Utilisez /invite suivi d'un rôle")
    assert "officer, supervisor" in usage["text"]


async def test_a_stranger_reads_the_privacy_notice_before_enrolling(world: World) -> None:
    stranger = await world.client.user("Marie", language_code="fr")
    await stranger.send("/privacy")
    notice = (await stranger.next_message())["text"]
    for part in ("collected", "why", "who", "kept", "ask"):
        assert t("fr", f"privacy.{part}_title") in notice
    assert t("fr", "privacy.copies_by_site") in notice
    assert await world.entries() == []


async def test_the_privacy_notice_gives_the_sites_chat_copy_expiry(world: World) -> None:
    await world.update_site(chat_copy_ttl_s=24 * 3600)
    officer = await world.officer()
    await officer.send("/privacy")
    notice = (await officer.next_message())["text"]
    assert notice.startswith("Privacy notice (Privacy Act)")
    assert "deleted from the chats 1 day after they are sent" in notice
    assert "Access to Information and Privacy (ATIP) coordinator" in notice


async def test_someone_deactivated_gets_a_strangers_menu_back(world: World) -> None:
    officer = await world.officer()
    await _menu_when_set(world, officer, "observe")

    async def deactivate(session: AsyncSession) -> None:
        staff = await directory.get_staff_by_telegram_id(
            session=session, telegram_user_id=officer.id
        )
        assert staff is not None
        staff.active = False

    await world.query(deactivate)
    await officer.send("anything")
    await officer.next_message()
    assert await _menu_when_set(world, officer, "start") == ["start", "privacy"]


def test_every_enrolment_code_fits_a_deep_link() -> None:
    for code in (new_code() for _ in range(1000)):
        assert START_PARAMETER.fullmatch(code)
        assert deep_link("rapport_test_bot", code).endswith(f"?start={code}")


def test_a_start_parameter_telegram_would_refuse_is_not_made_into_a_link() -> None:
    with pytest.raises(ValueError, match="start parameter"):
        deep_link("rapport_test_bot", "ABC DEF")


async def test_rapport_invite_prints_the_link_saves_its_qr_code_and_ends_with_the_code(
    world: World,
    operator: Operator,
    sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("RAPPORT_TELEGRAM_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("RAPPORT_TELEGRAM_API_URL", sandbox.api_url)
    picture = tmp_path / "invitation.png"
    shell = await operator.rapport(
        "invite", "--role", "admin", "--site", "tst", "--name", "Pat Admin", "--qr", str(picture)
    )

    assert shell.code == 0, shell.err
    lines = shell.out.splitlines()
    assert lines[0] == "Invitation for an Administrator at TST, valid 1 day, single use."
    [link] = [word for word in shell.out.split() if word.startswith("https://t.me/")]
    assert picture.read_bytes() == qr_png(link)
    assert link.endswith(f"?start={lines[-1]}")
    admin = await world.client.user("Pat")
    await admin.open_link(link)
    assert "Your role: Administrator" in (await admin.next_message())["text"]


async def test_rapport_invite_without_a_token_still_gives_the_code(
    world: World, operator: Operator
) -> None:
    shell = await operator.rapport("invite", "--role", "officer", "--site", "TST")

    assert shell.code == 0, shell.err
    assert "https://" not in shell.out and "No link" in shell.out
    officer = await world.client.user("Alex")
    await officer.send(f"/start {shell.out.splitlines()[-1]}")
    assert "Your role: Correctional Officer" in (await officer.next_message())["text"]
