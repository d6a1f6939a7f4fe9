"""``/privacy``: the Privacy Act notice (what is collected, why, who sees it, how long it is kept,
whom to ask), in the reader's language, with the figures of the reader's site where the site
sets them (chat-copy expiry); a stranger, whose site is not known yet, reads what sites decide.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import duration, t
from bot.people.authz import Actor
from bot.reply import esc
from storage import directory

# (title, text) keys of the notice's parts, in the order the Act's notice gives them.
PARTS = ("collected", "why", "who", "kept", "ask")


def notice(lang: str, *, known_site: bool, chat_copy_ttl_s: int | None) -> str:
    """The notice as HTML: one paragraph per part, its title in bold."""
    if not known_site:
        copies = t(lang, "privacy.copies_by_site")
    elif chat_copy_ttl_s:
        copies = t(lang, "privacy.copies_deleted", ttl=duration(lang, chat_copy_ttl_s))
    else:
        copies = t(lang, "privacy.copies_kept")
    paragraphs = [f"<b>{esc(t(lang, 'privacy.title'))}</b>"]
    for part in PARTS:
        text = t(lang, f"privacy.{part}") + (f" {copies}" if part == "kept" else "")
        paragraphs.append(f"<b>{esc(t(lang, f'privacy.{part}_title'))}</b> {esc(text)}")
    return "\n\n".join(paragraphs)


async def privacy_notice(*, session: AsyncSession, actor: Actor | None, lang: str) -> str:
    """The notice for ``actor`` (their site's settings), or for a stranger (``actor`` None)."""
    site = await directory.get_site(session=session, site_id=actor.site_id) if actor else None
    return notice(
        lang,
        known_site=site is not None,
        chat_copy_ttl_s=site.chat_copy_ttl_s if site is not None else None,
    )
