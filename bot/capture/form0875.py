"""The Statement/Observation Report (CSC/SCC 0875) as a PDF laid out like the paper form.

The fields come from ``bot.capture.drafting.report_0875``, so the PDF says what the chat draft
says.
fpdf2's core fonts are latin-1 only; officers type French, quotes and emoji, so the form uses the
DejaVu Sans TTF shipped with the project (``bot/fonts``, loaded by path: the same on any machine),
and anything that font cannot draw (emoji) is shown as one replacement mark rather than crashing
or vanishing silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.util import Padding

from bot.capture.drafting import DraftFacts, Report0875, report_0875
from bot.i18n import LANGUAGES, t

FONT = "DejaVu"
_FONT_DIR = Path(__file__).parents[1] / "fonts"
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
REPLACEMENT = "\ufffd"

MARGIN = 14.0
BOTTOM = 18.0
LABEL_SIZE = 6.5
VALUE_SIZE = 9.5
LINE_H = 4.6
LABEL_H = 4.0
PAD = 1.5
NARRATIVE_MIN_H = 50.0
SIGN_H = 14.0
COMMENTS_H = 24.0
GREY = (225, 225, 225)


def render_0875_pdf(facts: DraftFacts) -> bytes:
    """The 0875 of an entry as PDF bytes, ready to send as a Telegram document."""
    report = report_0875(facts)
    pdf = _Form(report)
    pdf.set_title(report.title)
    pdf.set_lang("fr-CA" if report.lang == "fr" else "en-CA")
    created = facts.written_at if facts.written_at.tzinfo else facts.written_at.replace(tzinfo=UTC)
    pdf.set_creation_date(created)  # the same facts always give the same bytes
    pdf.add_page()
    _identity(pdf, report)
    _offenders(pdf, report)
    _narrative(pdf, report)
    _account(pdf, report)
    _signature(pdf, report)
    _review(pdf, report)
    return bytes(pdf.output())


class _Form(FPDF):
    """A Letter page with the form's header and footer: title, Protected B marks, page numbers."""

    def __init__(self, report: Report0875) -> None:
        super().__init__(orientation="P", unit="mm", format="letter")
        self.report = report
        for style, name in _FONT_FILES.items():
            self.add_font(FONT, style, _FONT_DIR / name)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, BOTTOM)

    def header(self) -> None:
        """Protected B at the top of every page; the full bilingual title band on page 1."""
        lang = self.report.lang
        self.set_font(FONT, "", 7)
        self.set_xy(MARGIN, 7)
        self.cell(0, 4, _bilingual("draft.agency"))
        self.set_font(FONT, "B", 9)
        self.set_xy(MARGIN, 7)
        self.cell(0, 4, _bilingual("draft.protected"), align="R")
        self.set_xy(MARGIN, 12)
        if self.page_no() == 1:
            self.set_fill_color(*GREY)
            self.set_font(FONT, "B", 12)
            self.cell(0, 8, _bilingual("draft.form_title"), border=1, fill=True, align="C")
            self.set_xy(MARGIN, 20)
            self.set_font(FONT, "", 7.5)
            self.cell(0, 4, t(lang, "draft.form_number"))
            self.set_xy(MARGIN, 25)
        else:
            self.set_font(FONT, "B", 8.5)
            title = f"{t(lang, 'draft.form_number')}  {self.report.title}"
            self.cell(0, 5, _drawable(title), border="B")
            self.set_xy(MARGIN, 20)

    def footer(self) -> None:
        """Form number, page x of y and Protected B at the bottom of every page."""
        lang = self.report.lang
        self.set_y(-BOTTOM + 5)
        self.set_draw_color(0)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.set_font(FONT, "", 7)
        self.cell(0, 5, t(lang, "draft.form_number"))
        self.set_x(MARGIN)
        self.cell(0, 5, t(lang, "draft.page", page=self.page_no(), pages="{nb}"), align="C")
        self.set_x(MARGIN)
        self.set_font(FONT, "B", 9)
        self.cell(0, 5, _bilingual("draft.protected"), align="R")


def _identity(pdf: _Form, report: Report0875) -> None:
    """The boxed grid: reference, report type, urgency, amendment, site, place, times, kind."""
    lang = report.lang
    ticks = []
    for key in ("statement", "observation"):
        name = t(lang, f"draft.report_type.{key}")
        box = "draft.checked" if name == report.report_type else "draft.unchecked"
        ticks.append(t(lang, box, label=name))
    _row(
        pdf,
        [
            (_label(lang, "reference"), report.reference, 0.27),
            (_label(lang, "version"), report.version, 0.1),
            (_label(lang, "report_type"), "   ".join(ticks), 0.38),
            (_label(lang, "urgency"), report.urgency, 0.25),
        ],
    )
    if report.previous_version is not None:
        _row(
            pdf,
            [
                (_label(lang, "previous_version"), report.previous_version, 0.25),
                (_label(lang, "amendment_reason"), report.amendment_reason or "", 0.75),
            ],
        )
    if report.urgency_suggested is not None:
        _row(
            pdf,
            [
                (_label(lang, "urgency_suggested"), report.urgency_suggested, 0.25),
                (_label(lang, "urgency_reason"), report.urgency_reason or "", 0.75),
            ],
        )
    _row(
        pdf, [(_label(lang, "site"), report.site, 0.5), (_label(lang, "place"), report.place, 0.5)]
    )
    _row(
        pdf,
        [
            (_label(lang, "occurred_at"), report.occurred_at, 0.27),
            (_label(lang, "written_at"), report.written_at, 0.23),
            (_label(lang, "time_zone"), report.time_zone, 0.22),
            (_label(lang, "kind"), report.kind, 0.28),
        ],
    )


def _offenders(pdf: _Form, report: Report0875) -> None:
    """The offenders table: one row per offender, name and FPS number."""
    lang = report.lang
    _band(pdf, t(lang, "draft.label.offenders", count=len(report.offenders)))
    rows = report.offenders or ((t(lang, "draft.not_recorded"), ""),)
    for name, fps in rows:
        _row(
            pdf,
            [
                (_label(lang, "offender_name"), name, 0.65),
                (_label(lang, "offender_fps"), fps, 0.35),
            ],
        )


def _narrative(pdf: _Form, report: Report0875) -> None:
    """The large box: the officer's statement or observation, verbatim, across pages if long."""
    _band(pdf, report.report_type)
    _flow_box(pdf, report.narrative, NARRATIVE_MIN_H)
    _band(pdf, _label(report.lang, "quotes"))
    _flow_box(pdf, "\n".join(report.quotes), 0)


def _account(pdf: _Form, report: Report0875) -> None:
    """Action taken, context factors, who was notified and when, and the distribution."""
    lang = report.lang
    joiner = t(lang, "draft.joiner")
    _row(
        pdf,
        [
            (_label(lang, "action_taken"), report.action_taken, 0.6),
            (_label(lang, "context_factors"), joiner.join(report.context_factors), 0.4),
        ],
    )
    _band(pdf, _label(lang, "notified"))
    rows = report.notified or ((t(lang, "draft.not_recorded"), ""),)
    for recipient, when in rows:
        _row(
            pdf,
            [
                (_label(lang, "recipient"), recipient, 0.65),
                (_label(lang, "notified_at"), when, 0.35),
            ],
        )
    _row(pdf, [(_label(lang, "distribution"), joiner.join(report.distribution), 1.0)])


def _signature(pdf: _Form, report: Report0875) -> None:
    """The reporting officer: name and role, with blank boxes to sign and date."""
    lang = report.lang
    _row(
        pdf,
        [
            (_label(lang, "officer"), report.officer_name, 0.3),
            (_label(lang, "role"), report.officer_role, 0.25),
            (_label(lang, "signature"), "", 0.3),
            (_label(lang, "date"), "", 0.15),
        ],
        min_h=SIGN_H,
    )


def _review(pdf: _Form, report: Report0875) -> None:
    """The supervisor review block, left blank for the Correctional Manager to fill in."""
    lang = report.lang
    if pdf.will_page_break(LABEL_H + 1 + SIGN_H + COMMENTS_H):
        pdf.add_page()
    _band(pdf, _label(lang, "review"))
    _row(
        pdf,
        [
            (_label(lang, "reviewed_by"), "", 0.55),
            (_label(lang, "signature"), "", 0.3),
            (_label(lang, "date"), "", 0.15),
        ],
        min_h=SIGN_H,
    )
    _row(pdf, [(_label(lang, "comments"), "", 1.0)], min_h=COMMENTS_H)


def _row(pdf: _Form, fields: Sequence[tuple[str, str, float]], min_h: float = 0) -> None:
    """A row of boxed fields side by side: small label on top, value below, equal heights."""
    width = pdf.epw
    heights = [_value_height(pdf, value, share * width) for _, value, share in fields]
    height = max([min_h, *heights])
    if height > pdf.h - BOTTOM - 30:
        # A value too long for one page (a pasted essay as the place) flows instead of overflowing.
        for label, value, _ in fields:
            _band(pdf, label)
            _flow_box(pdf, value, 0)
        return
    if pdf.will_page_break(height):
        pdf.add_page()
    x, y = MARGIN, pdf.get_y()
    for label, value, share in fields:
        w = share * width
        pdf.rect(x, y, w, height)
        pdf.set_xy(x + PAD, y + 0.6)
        pdf.set_font(FONT, "", LABEL_SIZE)
        pdf.cell(w - 2 * PAD, LABEL_H - 1, _drawable(label))
        pdf.set_xy(x + PAD, y + LABEL_H)
        pdf.set_font(FONT, "", VALUE_SIZE)
        pdf.multi_cell(w - 2 * PAD, LINE_H, _drawable(value), align="L")
        x += w
    pdf.set_xy(MARGIN, y + height)


def _band(pdf: _Form, label: str) -> None:
    """A grey section heading spanning the page, kept with at least a few lines of what follows."""
    if pdf.will_page_break(LABEL_H + 2 + 3 * LINE_H):
        pdf.add_page()
    pdf.set_fill_color(*GREY)
    pdf.set_font(FONT, "B", 8)
    pdf.cell(
        0, LABEL_H + 1, _drawable(label), border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )


def _flow_box(pdf: _Form, text: str, min_h: float) -> None:
    """A full-width box whose text may run over several pages; at least ``min_h`` tall."""
    pdf.set_font(FONT, "", VALUE_SIZE)
    body = _drawable(text)
    needed = _value_height(pdf, body, pdf.epw) - LABEL_H
    if needed < min_h and not pdf.will_page_break(min_h):
        y = pdf.get_y()
        pdf.rect(MARGIN, y, pdf.epw, min_h)
        pdf.multi_cell(0, LINE_H, body, align="L", padding=Padding.new(PAD), new_x=XPos.LMARGIN)
        pdf.set_xy(MARGIN, y + min_h)
        return
    pdf.multi_cell(
        0, LINE_H, body, border=1, align="L", padding=Padding.new(PAD), new_x=XPos.LMARGIN
    )


def _value_height(pdf: _Form, value: str, width: float) -> float:
    """The height a boxed field needs for its label and its wrapped value."""
    pdf.set_font(FONT, "", VALUE_SIZE)
    lines = pdf.multi_cell(
        width - 2 * PAD, LINE_H, _drawable(value), dry_run=True, output="LINES", align="L"
    )
    assert isinstance(lines, list)  # what output="LINES" gives
    return LABEL_H + max(1, len(lines)) * LINE_H + PAD


def _label(lang: str, key: str) -> str:
    """A field label in the officer's language."""
    return t(lang, f"draft.label.{key}")


def _bilingual(key: str) -> str:
    """English and French of one catalog string, as federal forms print them: "EN / FR"."""
    return " / ".join(t(lang, key) for lang in LANGUAGES)


@cache
def _glyphs() -> frozenset[int]:
    """The code points the DejaVu font can draw, plus the line break multi_cell honours."""
    return frozenset(TTFont(_FONT_DIR / _FONT_FILES[""]).getBestCmap()) | {ord("\n")}


def _drawable(text: str) -> str:
    """The text with tabs as spaces and each run of glyphs the font lacks (emoji) as one mark."""
    plain = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    glyphs = _glyphs()
    marked = "".join(char if ord(char) in glyphs else REPLACEMENT for char in plain)
    return re.sub(f"{REPLACEMENT}+", REPLACEMENT, marked)
