"""What a notice says: its text and buttons in the recipient's language, in a form Telegram takes.

Pure: the planner has decided who hears what; this only words it, from the facts it was given.
"""

from __future__ import annotations

from bot.callback_data import AlertAction, AlertTap, RouteAction, RouteTap
from bot.capture.card import local_time
from bot.i18n import labelled, t
from bot.notify.facts import EntryFacts, Facts
from bot.notify.plan import Notice
from bot.reply import StoredButtons, esc
from bot.telegram_limits import TEXT_LIMIT, cut_html, units
from bot.triage.labels import reason_in_language

# An alert or route item leaves room in its message for the line an acknowledgement adds to it
# ("Acknowledged by <a name of up to 200 characters> at 12:34"), so the edit still fits.
_ITEM_LIMIT = TEXT_LIMIT - 320


def item_text(entry: EntryFacts, *, tz: str, lang: str, heading: str, minimal: bool) -> str:
    """An entry as a recipient reads it, in one message Telegram accepts: only reference,
    urgency and place when ``minimal``; else the details and as much of the narrative as fits,
    with a note that the full text is in the record."""
    place = esc(entry.place or t(lang, "capture.not_recorded"))
    lines = [
        f"<b>{heading}</b>",
        labelled(lang, "capture.urgency", t(lang, f"urgency.{entry.urgency}")),
        labelled(lang, "capture.where", place),
    ]
    if minimal:
        lines.append(t(lang, "alerts.details_on_request"))
        return "\n".join(lines)
    names = ", ".join(esc(n) for n in entry.offenders) or t(lang, "capture.no_offender")
    lines += [
        labelled(lang, "capture.who", names),
        labelled(lang, "capture.when", local_time(entry.occurred_at, tz, lang)),
        labelled(lang, "alerts.reported_by", esc(entry.officer_name)),
        labelled(
            lang,
            "capture.reasons",
            esc("; ".join(reason_in_language(r, lang) for r in entry.reasons) or "-"),
        ),
    ]
    head = "\n".join(lines)
    # On a line of its own: after right-to-left text, it still reads left to right.
    marker = f"\n{t(lang, 'alerts.full_text_in_record', reference=entry.reference)}"
    narrative = cut_html(esc(entry.text), _ITEM_LIMIT - units(head) - 2, marker)
    # Cut as a whole too, should the details alone not fit (dozens of long offender names).
    return cut_html(f"{head}\n\n{narrative}", _ITEM_LIMIT)


def alert_buttons(alert_id: int, lang: str, *, minimal: bool) -> StoredButtons:
    """Acknowledge / Take over / 0875 PDF (and Details in minimal-disclosure mode)."""
    rows = [
        [
            {
                "label": t(lang, "alerts.acknowledge"),
                "data": AlertTap(alert_id, AlertAction.ACK).pack(),
            },
            {
                "label": t(lang, "alerts.take_over"),
                "data": AlertTap(alert_id, AlertAction.TAKE).pack(),
            },
        ],
        [{"label": t(lang, "alerts.pdf"), "data": AlertTap(alert_id, AlertAction.PDF).pack()}],
    ]
    if minimal:
        details = AlertTap(alert_id, AlertAction.DETAILS).pack()
        rows[1].append({"label": t(lang, "alerts.details"), "data": details})
    return rows


def route_buttons(lang: str, *, minimal: bool) -> StoredButtons:
    """Seen (and Details in minimal-disclosure mode, shown in the tapper's private chat)."""
    row = [{"label": t(lang, "alerts.seen"), "data": RouteTap(RouteAction.SEEN).pack()}]
    if minimal:
        row.append(
            {"label": t(lang, "alerts.details"), "data": RouteTap(RouteAction.DETAILS).pack()}
        )
    return [row]


def message(lang: str, key: str, values: tuple[tuple[str, object], ...]) -> str:
    """A short catalog message; a tuple value is a list of names ("nobody" when empty). Cut to
    one message: a notice naming every recipient of an escalation could outgrow it."""
    filled = {
        name: (", ".join(value) or t(lang, "alerts.nobody")) if isinstance(value, tuple) else value
        for name, value in values
    }
    return cut_html(t(lang, key, **filled), TEXT_LIMIT)


def text_of(facts: Facts, notice: Notice) -> str:
    """A notice's text, as its recipient reads it."""
    lang = notice.recipient.lang
    if notice.as_written:
        assert facts.undelivered is not None
        return facts.undelivered.text
    if notice.heading is None:
        assert notice.key is not None
        return message(lang, notice.key, notice.values)
    assert facts.entry is not None
    route = {"route": t(lang, f"route.{notice.route}")} if notice.route else {}
    heading = t(lang, notice.heading, reference=facts.entry.reference, **route)
    return item_text(
        facts.entry, tz=facts.site.tz, lang=lang, heading=heading, minimal=notice.minimal
    )


def buttons_of(facts: Facts, notice: Notice, alert_id: int | None) -> StoredButtons:
    """A notice's buttons: an alert's, a route item's Seen, or those it was first sent with."""
    lang = notice.recipient.lang
    if notice.as_written:
        assert facts.undelivered is not None
        return [list(row) for row in facts.undelivered.buttons]
    if notice.ask_ack:
        assert alert_id is not None
        return alert_buttons(alert_id, lang, minimal=notice.minimal)
    if notice.heading is not None:
        return route_buttons(lang, minimal=notice.minimal)
    return []
