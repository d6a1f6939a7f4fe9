"""The summary chart: entries per day stacked by urgency, and how fast alerts were acknowledged.

Drawn with matplotlib's Agg canvas on a ``Figure`` of its own (no pyplot, no global state, safe
in a worker thread), tall and with large type so it reads on a phone held upright.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from io import BytesIO

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.i18n import t
from bot.triage import Urgency
from storage.summary_queries import ACK_BANDS, DayCount

URGENCY_COLOURS = {
    Urgency.IMMEDIATE: "#c62828",
    Urgency.PRIORITY: "#ef8f00",
    Urgency.ROUTINE: "#78909c",
}
WITHIN, LATE, OPEN = "#2e7d32", "#ef8f00", "#c62828"
DAILY_UP_TO = 62  # longer periods are drawn per week, so bars stay wide enough to see
WEEKDAYS_UP_TO = 14  # bars labelled by weekday; beyond, a label every few bars by date
SIZE_IN, DPI = (6.4, 8.0), 150  # 960 x 1200 pixels
FONT = 13


def buckets(days: Sequence[DayCount], first: date, last: date) -> tuple[list[date], bool]:
    """The bars' dates: every day of the period, or every week's Monday when it is long."""
    weekly = (last - first).days + 1 > DAILY_UP_TO
    start = first - timedelta(days=first.weekday()) if weekly else first
    step = timedelta(days=7 if weekly else 1)
    bars = []
    while start <= last:
        bars.append(start)
        start += step
    return bars, weekly


def tick_labels(bars: Sequence[date], weekly: bool, lang: str) -> list[str]:
    """A bar's label: weekday over day of month when a period is short enough to read them
    ("Mon" / "9"), else the month and day of the bar (a week's Monday when weekly)."""
    if weekly or len(bars) > WEEKDAYS_UP_TO:
        return [d.strftime("%m-%d") for d in bars]
    names = t(lang, "summary.chart.weekdays").split()
    return [f"{names[d.weekday()]}\n{d.day}" for d in bars]


def stacked(days: Sequence[DayCount], bars: Sequence[date], weekly: bool) -> dict[str, list[int]]:
    """Entries per bar and urgency (the daily counts folded into weeks when weekly)."""
    index = {day: i for i, day in enumerate(bars)}
    series: dict[str, list[int]] = {urgency: [0] * len(bars) for urgency in URGENCY_COLOURS}
    for row in days:
        key = row.day - timedelta(days=row.day.weekday()) if weekly else row.day
        if key in index and row.urgency in series:
            series[row.urgency][index[key]] += row.count
    return series


def _band_colour(bound: int | None, timeout_s: int) -> str:
    """Green for bands within the site's acknowledgement timeout, orange beyond it."""
    return WITHIN if bound is not None and bound <= timeout_s else LATE


def summary_chart(
    *,
    days: Sequence[DayCount],
    first: date,
    last: date,
    bands: Sequence[tuple[str, int]],
    open_alerts: int,
    median_label: str,
    timeout_s: int,
    target_label: str,
    lang: str,
) -> bytes:
    """The PNG: urgency bars over the period on top, acknowledgement times below (green within
    the site's acknowledgement timeout, ``target_label``, orange beyond, red still open)."""
    bars, weekly = buckets(days, first, last)
    series = stacked(days, bars, weekly)
    figure = Figure(figsize=SIZE_IN, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    top, bottom = figure.subplots(2, 1, height_ratios=(3, 2))

    positions = list(range(len(bars)))
    base = [0] * len(bars)
    for urgency, colour in URGENCY_COLOURS.items():
        top.bar(
            positions,
            series[urgency],
            bottom=base,
            color=colour,
            width=0.85,
            label=t(lang, f"draft.urgency.{urgency}"),
        )
        base = [b + v for b, v in zip(base, series[urgency], strict=True)]
    step = max(1, len(bars) // 8)
    top.set_xticks(positions[::step], tick_labels(bars, weekly, lang)[::step])
    title = "summary.chart.per_week" if weekly else "summary.chart.per_day"
    # The legend is a row between the title and the bars, never over a bar.
    top.set_title(t(lang, title), fontsize=FONT + 2, loc="left", pad=FONT * 2.6)
    top.legend(
        fontsize=FONT - 2, frameon=False, ncols=3, loc="lower left", bbox_to_anchor=(0, 1.0)
    )
    counts = dict(bands)
    names = [t(lang, "summary.chart.band", band=label) for _, label in ACK_BANDS]
    values = [counts.get(label, 0) for _, label in ACK_BANDS]
    colours = [_band_colour(bound, timeout_s) for bound, _ in ACK_BANDS]
    bottom.bar(
        [*names, t(lang, "summary.chart.open")], [*values, open_alerts], color=[*colours, OPEN]
    )
    bottom.set_title(
        t(lang, "summary.chart.ack", median=median_label, target=target_label),
        fontsize=FONT + 2,
        loc="left",
    )
    for axis, drawn, empty in (
        (top, sum(base), "summary.chart.no_entries"),
        (bottom, sum(values) + open_alerts, "summary.chart.no_alerts"),
    ):
        axis.tick_params(labelsize=FONT - 2)
        axis.spines[["top", "right"]].set_visible(False)
        axis.yaxis.get_major_locator().set_params(integer=True)
        if not drawn:  # words, not an axis of zeros scaled to ±0.04
            axis.set_ylim(0, 1)
            axis.set_yticks([])
            axis.text(0.5, 0.5, t(lang, empty), transform=axis.transAxes, ha="center",
                      va="center", fontsize=FONT, color="#555555")  # fmt: skip

    out = BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
