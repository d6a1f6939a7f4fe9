"""``/help``: the commands a user's roles allow, as data (command -> action it needs)."""

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
    ("register", "administer"),
    ("members", "administer"),
    ("lang", None),
    ("cancel", None),
    ("help", None),
)


def help_text(lang: str, roles: tuple[str, ...]) -> str:
    """The help message listing what ``roles`` may use, in ``lang``."""
    probe = Actor(0, 0, "", roles, 0, lang, "UTC")
    lines = [t(lang, "help.title")]
    for command, action in COMMANDS:
        if action is None or allowed(probe, action):
            lines.append(f"/{command} — {t(lang, f'commands.{command}')}")
    if allowed(probe, "capture"):
        lines.append("")
        lines.append(t(lang, "help.quick_capture"))
    return "\n".join(lines)
