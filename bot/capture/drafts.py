"""Entries set aside: ``/drafts`` lists the officer's unfinished and cancelled entries, and a tap
takes one up again where it was left (its question asked again, or its card shown).

Nothing an officer typed is thrown away: a cancelled entry is kept, never submitted, and this is
how it is found again. Only new entries are listed; an amendment is started again with /amend.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.card import data, local_time
from bot.capture.flow import next_step
from bot.i18n import t
from bot.people.authz import Actor
from bot.refusal import Refusal
from bot.reply import Button, Reply, esc
from bot.telegram_limits import cut_text
from storage import directory, entries
from storage.vocabulary import EntryStatus

LISTED = 8
_SNIPPET = 60  # UTF-16 units of the narrative in the list
_LABEL = 30  # ... and on a button


async def list_drafts(*, session: AsyncSession, actor: Actor) -> Reply:
    """The officer's entries set aside, newest first, each with a button to take it up."""
    lang = actor.lang
    found = await entries.set_aside(session=session, officer_id=actor.staff_id, limit=LISTED)
    if not found:
        return Reply(text=t(lang, "drafts.none"))
    lines, buttons = [f"<b>{t(lang, 'drafts.title')}</b>"], []
    for number, entry in enumerate(found, start=1):
        text = " ".join(entry.text.split())
        state = t(lang, f"drafts.status.{entry.status}")
        when = local_time(entry.updated_at, actor.zone, lang)
        lines.append(f"{number}. {when} · {state} · {esc(cut_text(text, _SNIPPET))}")
        label = f"↩️ {number}. {cut_text(text, _LABEL)}"
        buttons.append((Button(label, data(entry.id, "resume")),))
    return Reply(text="\n".join(lines), buttons=tuple(buttons))


async def resume(*, session: AsyncSession, actor: Actor, entry_id: int, now: datetime) -> Reply:
    """Take an unfinished or cancelled entry up again: it becomes the one being captured."""
    entry = await entries.get(session=session, entry_id=entry_id)
    if entry is None or entry.officer_id != actor.staff_id:
        raise Refusal("capture.not_yours")
    if entry.status not in (EntryStatus.DRAFT, EntryStatus.CANCELLED) or entry.reference:
        raise Refusal("capture.already_done")
    site = await directory.get_site(session=session, site_id=entry.site_id)
    assert site is not None
    entry.status, entry.awaiting, entry.updated_at = EntryStatus.DRAFT, None, now
    return await next_step(
        session=session, entry=entry, site=site, notice=t(entry.lang, "drafts.resumed")
    )
