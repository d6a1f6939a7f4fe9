"""How a draft entry looks in chat: the card, the questions, their buttons. Pure rendering.

Buttons carry a ``CaptureTap`` (``bot.callback_data``); the flow looks the entry up and checks it
belongs to the person tapping, so a forged button acts on nothing it should not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.callback_data import CaptureTap
from bot.capture.questions import QUESTIONS
from bot.i18n import labelled, t
from bot.reply import Button, Reply, esc
from bot.telegram_limits import cut_text
from bot.triage import Urgency
from storage.models import Entry, EntryOffender
from storage.zones import zone_of

_CARD_NARRATIVE = 600  # UTF-16 units of the narrative echoed on the card; the record keeps all


def data(entry_id: int, action: str, argument: str = "") -> str:
    """Callback data for a capture button."""
    return CaptureTap(entry_id, action, argument).pack()


def local_time(moment: datetime | None, zone: ZoneInfo | str, lang: str) -> str:
    """A moment as the site reads it (24-hour), or the catalog's "not recorded" mark. (The
    notices of ``bot.notify`` still give the zone by its name.)"""
    if moment is None:
        return t(lang, "capture.not_recorded")
    zone = zone_of(zone) if isinstance(zone, str) else zone
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def offender_line(offender: EntryOffender, lang: str) -> str:
    """One offender as the card shows them, with a warning when not on the roster."""
    label = offender.fps or offender.surname or "?"
    if offender.name:
        label = f"{offender.name} ({offender.fps})" if offender.fps else offender.name
    if not offender.on_roster:
        return f"{esc(label)} ⚠️ {t(lang, 'capture.not_on_roster')}"
    return esc(label)


def render_card(entry: Entry, zone: ZoneInfo, notice: str | None = None) -> Reply:
    """The card: what was understood, the suggested urgency and why, and the four buttons."""
    lang = entry.lang
    named = ", ".join(offender_line(o, lang) for o in entry.offenders)
    who = named or t(lang, "capture.no_offender")
    narrative = cut_text(entry.text, _CARD_NARRATIVE)
    reasons = "; ".join(esc(reason) for reason in entry.reasons) or t(lang, "capture.no_reasons")
    routes = ", ".join(t(lang, f"route.{route}") for route in entry.routes) or t(
        lang, "route.none"
    )
    lines = [notice] if notice else []
    lines += [
        f"<b>{t(lang, 'capture.card_title')}</b>",
        labelled(lang, "capture.who", who),
        labelled(lang, "capture.where", esc(entry.place or t(lang, "capture.not_recorded"))),
        labelled(lang, "capture.when", local_time(entry.occurred_at, zone, lang)),
        labelled(lang, "capture.what", esc(narrative)),
        labelled(lang, "capture.urgency", f"<b>{t(lang, f'urgency.{entry.urgency}')}</b>"),
        labelled(lang, "capture.reasons", reasons),
        labelled(lang, "capture.routes", routes),
        labelled(lang, "capture.document", t(lang, f"document.{entry.document}")),
    ]
    if entry.urgency != entry.urgency_suggested:
        lines.append(
            t(lang, "capture.suggested_was", urgency=t(lang, f"urgency.{entry.urgency_suggested}"))
        )
    buttons: tuple[tuple[Button, ...], ...] = (
        (Button(t(lang, "capture.submit"), data(entry.id, "submit")),),
        (
            Button(t(lang, "capture.edit"), data(entry.id, "edit")),
            Button(t(lang, "capture.change_urgency"), data(entry.id, "urgency")),
            Button(t(lang, "capture.cancel"), data(entry.id, "cancel")),
        ),
    )
    if entry.urgency == Urgency.ROUTINE:
        # The officer is the safety net: a routine card always offers a one-tap raise, and asks
        # outright when triage placed nothing (or not every word of harm or fear) in the note.
        if entry.pending.get("unsure"):
            lines.append(f"\n<b>{t(lang, 'capture.anyone_at_risk')}</b>")
        raise_now = data(entry.id, "set_urgency", Urgency.IMMEDIATE.value)
        buttons = ((Button(t(lang, "capture.at_risk_now"), raise_now),), *buttons)
    return Reply(text="\n".join(lines), buttons=buttons)


def render_question(
    entry: Entry,
    key: str,
    *,
    choices: Sequence[tuple[str, str]] = (),
    notice: str | None = None,
    replace: bool = False,
) -> Reply:
    """One short question, with one-tap answers: ``choices`` are (label, choice) pairs, shown
    before the question's own options (the roster's candidates, then "none of these")."""
    lang = entry.lang
    question = QUESTIONS[key.removeprefix("edit_")]
    rows = [(Button(label, data(entry.id, "answer", choice)),) for label, choice in choices]
    for option in question.options:
        if option == "guided" and (entry.mode != "quick" or key.startswith("edit_")):
            continue
        label = t(lang, f"capture.option.{option}")
        if question.multi and option in entry.context_factors:
            label = f"✅ {label}"
        rows.append((Button(label, data(entry.id, "answer", option)),))
    if question.multi:
        rows.append((Button(t(lang, "capture.done"), data(entry.id, "skip")),))
    elif question.skippable:
        rows.append((Button(t(lang, "capture.skip"), data(entry.id, "skip")),))
    rows.append((Button(t(lang, "capture.cancel"), data(entry.id, "cancel")),))
    text = t(lang, f"capture.ask.{key}")
    return Reply(
        text=f"{notice}\n{text}" if notice else text, buttons=tuple(rows), replace=replace
    )


def render_answered(entry: Entry, key: str, answer: str) -> Reply:
    """A question as it reads once answered by a tap: the question, then the answer chosen."""
    question = t(entry.lang, f"capture.ask.{key}")
    return Reply(text=f"{question}\n→ <b>{esc(answer)}</b>", replace=True)


def render_edit_menu(entry: Entry) -> Reply:
    """Which part to change."""
    lang = entry.lang
    fields = ("who", "where", "when", "what", "quotes", "action")
    rows = [
        tuple(Button(t(lang, f"capture.field.{f}"), data(entry.id, "field", f)) for f in pair)
        for pair in (fields[0:2], fields[2:4], fields[4:6])
    ]
    rows.append((Button(t(lang, "capture.back"), data(entry.id, "card")),))
    return Reply(text=t(lang, "capture.edit_which"), buttons=tuple(rows))


def render_urgency_menu(entry: Entry) -> Reply:
    """The three urgencies, the current one ticked."""
    lang = entry.lang
    row = tuple(
        Button(
            ("✅ " if level == entry.urgency else "") + t(lang, f"urgency.{level}"),
            data(entry.id, "set_urgency", level),
        )
        for level in Urgency
    )
    back = (Button(t(lang, "capture.back"), data(entry.id, "card")),)
    return Reply(text=t(lang, "capture.urgency_which"), buttons=(row, back))
