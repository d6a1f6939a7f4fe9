"""Report periods: the words a manager types, read against a fixed "now" in the site's zone."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.reports.periods import Period, PeriodError, parse_period, period_between, split_unit

TZ = "America/Toronto"
ZONE = ZoneInfo(TZ)
# Thursday 19 November 2026, 10:30 in Toronto: the moment the manager asks.
NOW = datetime(2026, 11, 19, 10, 30, tzinfo=ZONE)


def local(day: int, hour: int = 0, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE)


def span(text: str, now: datetime = NOW) -> tuple[datetime, datetime]:
    period = parse_period(text, now=now, tz=TZ)
    return period.start.astimezone(ZONE), period.end.astimezone(ZONE)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("", local(19), NOW),
        ("today", local(19), NOW),
        ("aujourd'hui", local(19), NOW),
        ("Yesterday", local(18), local(19)),
        ("hier", local(18), local(19)),
        ("this shift", local(19, 7), NOW),
        ("ce quart", local(19, 7), NOW),
        ("this week", local(16), NOW),
        ("cette semaine", local(16), NOW),
        ("last week", local(9), local(16)),
        ("la semaine dernière", local(9), local(16)),
        ("la semaine derniere", local(9), local(16)),
        ("since monday", local(16), NOW),
        ("depuis lundi", local(16), NOW),
        ("since Thursday", local(19), NOW),
        ("since fri", local(13), NOW),
        ("last 30 days", local(21, month=10), NOW),
        ("les 30 derniers jours", local(21, month=10), NOW),
        ("last 7 days", local(13), NOW),
        ("last month", local(1, month=10), local(1)),
        ("le mois dernier", local(1, month=10), local(1)),
        ("this month", local(1), NOW),
        ("from nov 1 to nov 15", local(1), local(16)),
        ("from November 1 to 15", local(1), local(16)),
        ("du 1 au 15 novembre", local(1), local(16)),
        ("du 1er au 15 novembre", local(1), local(16)),
        ("entre le 3 et le 5 novembre", local(3), local(6)),
        ("2026-11-02 to 2026-11-04", local(2), local(5)),
        ("since nov 10", local(10), NOW),
        ("depuis le 10 novembre", local(10), NOW),
        ("nov 4", local(4), local(5)),
        ("le 4 novembre", local(4), local(5)),
        ("last 24 hours", local(18, 10, 30), NOW),
    ],
)
def test_managers_words_name_the_expected_window(
    text: str, start: datetime, end: datetime
) -> None:
    assert span(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end", "unit"),
    [
        ("october", local(1, month=10), local(1), None),
        ("for October", local(1, month=10), local(1), None),
        ("d'octobre", local(1, month=10), local(1), None),
        ("du mois d'octobre", local(1, month=10), local(1), None),
        ("for the month of march", local(1, month=3), local(1, month=4), None),
        ("november", local(1), NOW, None),
        ("december", local(1, month=12, year=2025), local(1, month=1), None),
        ("octobre 2025", local(1, month=10, year=2025), local(1, month=11, year=2025), None),
        ("for last week", local(9), local(16), None),
        ("pour la semaine dernière", local(9), local(16), None),
        ("4B", local(19), NOW, "4B"),
        ("2A last week", local(9), local(16), "2A"),
        ("unit 4B this month", local(1), NOW, "4B"),
        ("unité 4B", local(19), NOW, "4B"),
        ("octobre unité 4B", local(1, month=10), local(1), "4B"),
        ("last 24h", local(18, 10, 30), NOW, None),
    ],
)
def test_a_month_alone_the_words_around_it_and_a_lone_unit_are_read(
    text: str, start: datetime, end: datetime, unit: str | None
) -> None:
    period = parse_period(text, now=NOW, tz=TZ)
    assert (period.start.astimezone(ZONE), period.end.astimezone(ZONE), period.unit) == (
        start,
        end,
        unit,
    )


def test_a_range_reaching_past_now_stops_at_now() -> None:
    assert span("from nov 10 to nov 30") == (local(10), NOW)


def test_a_date_later_this_year_means_last_year() -> None:
    assert span("from dec 1 to dec 5") == (
        local(1, month=12, year=2025),
        local(6, month=12, year=2025),
    )


def test_a_range_across_new_year_starts_the_year_before() -> None:
    january = datetime(2027, 1, 10, 9, 0, tzinfo=ZONE)
    assert span("from dec 20 to jan 5", january) == (
        local(20, month=12),
        local(6, month=1, year=2027),
    )


def test_the_night_shift_started_yesterday_evening() -> None:
    three_am = local(19, 3)
    assert span("this shift", three_am) == (local(18, 19), three_am)


def test_the_evening_shift_starts_at_seven() -> None:
    evening = local(19, 21, 15)
    assert span("this shift", evening) == (local(19, 19), evening)


def test_last_week_crosses_the_autumn_clock_change_on_local_midnights() -> None:
    # Clocks went back on Sunday 1 November 2026: the week is 169 hours long, not 168.
    start, end = span("last week", local(4, 12))
    assert (start, end) == (local(26, month=10), local(2))
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 169 * 3600


def test_the_period_is_stored_in_utc() -> None:
    period = parse_period("yesterday", now=NOW, tz=TZ)
    assert period.start == datetime(2026, 11, 18, 5, 0, tzinfo=UTC)
    assert period.first_day == date(2026, 11, 18)
    assert period.last_day == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "rest", "unit"),
    [
        ("last week unit 4", "last week", "4"),
        ("unit 4b yesterday", "yesterday", "4B"),
        ("hier unité 2A", "hier", "2A"),
        ("la semaine dernière unite 3", "la semaine dernière", "3"),
        ("since monday", "since monday", None),
    ],
)
def test_a_unit_filter_is_taken_out_of_the_words(text: str, rest: str, unit: str | None) -> None:
    assert split_unit(text) == (rest, unit)


def test_the_unit_travels_with_the_period() -> None:
    period = parse_period("last week unit 4", now=NOW, tz=TZ)
    assert period.unit == "4"
    assert period.start.astimezone(ZONE) == local(9)


@pytest.mark.parametrize(
    "text",
    ["next week", "the blue moon", "from nov 40 to nov 45", "last 0 days", "tomorrow", "since"],
)
def test_words_that_name_no_period_are_refused(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text, now=NOW, tz=TZ)


def test_the_cli_dates_cover_whole_local_days() -> None:
    period = period_between(date(2026, 11, 1), date(2026, 11, 15), now=NOW.astimezone(UTC), tz=TZ)
    assert period == Period(
        start=local(1).astimezone(UTC), end=local(16).astimezone(UTC), tz=TZ, unit=None
    )
