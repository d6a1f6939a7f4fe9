"""The commands a user may use, as data (command -> action it needs): ``/help`` lists them and
the menu of the Telegram app shows them, so both agree with the authorisation table."""

from __future__ import annotations

from bot.i18n import t
from bot.people.authz import Actor, allowed

# command -> the action of the authorisation table it needs (None: anyone enrolled).
COMMANDS: tuple[tuple[str, str | None], ...] = (
    ("observe", "capture"),
    ("mine", "capture"),
    ("drafts", "capture"),
    ("show", "view_entry"),
    ("amend", "amend"),
    ("onduty", "duty"),
    ("offduty", "duty"),
    ("summary", "summary"),
    ("briefing", "briefing"),
    ("offender", "offender_history"),
    ("export", "export"),
    ("invite", "invite"),
    ("register", "administer"),
    ("members", "administer"),
    ("lang", None),
    ("privacy", None),
    ("cancel", None),
    ("help", None),
)
# What someone not enrolled may send, in a private chat: redeem an invitation, and read what the
# bot would keep about them before giving anything (the gate lets these through).
STRANGER_COMMANDS = ("start", "privacy")


def commands_for(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The commands ``roles`` allow, in the order they are listed."""
    probe = Actor(0, 0, "", roles, 0, "en", "UTC")
    return tuple(c for c, action in COMMANDS if action is None or allowed(probe, action))


def menu(lang: str, commands: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``commands`` with their one-line descriptions in ``lang``, for the app's menu."""
    return tuple((command, t(lang, f"commands.{command}")) for command in commands)


def help_text(lang: str, roles: tuple[str, ...]) -> str:
    """The help message listing what ``roles`` may use, in ``lang``."""
    commands = commands_for(roles)
    lines = [t(lang, "help.title")]
    lines += [f"/{command} — {meaning}" for command, meaning in menu(lang, commands)]
    if "observe" in commands:
        lines.append("")
        lines.append(t(lang, "help.quick_capture"))
    return "\n".join(lines)
