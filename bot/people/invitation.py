"""An invitation as a person receives it: a deep link that opens the bot with the enrolment code
(``https://t.me/<bot>?start=<code>``: the app shows Start, and tapping it sends ``/start <code>``,
which enrols), a QR code of that link to show on a screen, and the words that go with them.

Administrators make one in a private chat with ``/invite ROLE [DURATION] [NAME…]``, or at the
shell with ``rapport invite``; both say the same thing.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import segno
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import duration, t
from bot.people.authz import ROLES, Actor, allowed
from bot.people.enrolment import DURATION, create_invite, parse_duration
from bot.refusal import Refusal
from bot.reply import Reply, esc
from storage import directory

# Telegram's rule for a deep link's start parameter (Bot API, "Deep linking").
START_PARAMETER = re.compile(r"[A-Za-z0-9_-]{1,64}")
DEFAULT_VALIDITY = "24h"
# Pixels per QR module: a 33-module code with its quiet zone is about 330 pixels, which a phone
# reads from across a desk and Telegram shows without scaling it up.
QR_SCALE = 8


def deep_link(bot_username: str, code: str) -> str:
    """The link that opens a chat with the bot and offers to send ``/start <code>``."""
    if not START_PARAMETER.fullmatch(code):
        raise ValueError("a start parameter is 1-64 characters of A-Z, a-z, 0-9, _ and -")
    return f"https://t.me/{bot_username}?start={code}"


def qr_png(link: str) -> bytes:
    """The link as a QR code, a PNG image (medium error correction: survives a glare)."""
    image = io.BytesIO()
    segno.make(link, error="m").save(image, kind="png", scale=QR_SCALE, border=4)
    return image.getvalue()


def invitation_text(
    lang: str,
    *,
    code: str,
    role: str,
    site: str,
    valid: timedelta,
    name: str | None,
    link: str | None,
) -> str:
    """What the invited person (or the administrator handing the invitation over) reads; plain
    text. Without ``link`` (the bot's name unknown), the code alone."""
    lines = [
        t(
            lang,
            "invite.heading",
            who=t(lang, f"role.invited.{role}"),
            site=site,
            valid=duration(lang, int(valid.total_seconds())),
        )
    ]
    if name:
        lines.append(t(lang, "invite.named", name=name))
    if link:
        lines.append(t(lang, "invite.scan", link=link))
    lines.append(t(lang, "invite.typed", code=code))
    return "\n".join(lines)


def _read_request(words: list[str]) -> tuple[str, timedelta, str | None]:
    """``ROLE [DURATION] [NAME…]`` as typed after ``/invite``."""
    if not words or words[0].lower() not in ROLES:
        raise Refusal("invite.usage", roles=", ".join(ROLES))
    role, rest = words[0].lower(), words[1:]
    validity = DEFAULT_VALIDITY
    if rest and DURATION.match(rest[0]):
        validity, rest = rest[0], rest[1:]
    return role, parse_duration(validity), " ".join(rest) or None


async def invite_in_chat(
    *, session: AsyncSession, actor: Actor, words: list[str], bot_username: str, now: datetime
) -> Reply:
    """``/invite`` from an administrator: a one-time code for their site, as a QR code photo
    with the link and the code in its caption."""
    if not allowed(actor, "invite"):
        raise Refusal("core.not_allowed")
    role, valid, name = _read_request(words)
    site = await directory.get_site(session=session, site_id=actor.site_id)
    if site is None:
        raise Refusal("core.not_allowed")
    code = await create_invite(
        session=session,
        site_code=site.code,
        role=role,
        expires_in=valid,
        now=now,
        name=name,
        created_by=actor.staff_id,
    )
    link = deep_link(bot_username, code)
    text = invitation_text(
        actor.lang, code=code, role=role, site=site.code, valid=valid, name=name, link=link
    )
    return Reply(text=esc(text), photo=qr_png(link), filename="invitation.png")
