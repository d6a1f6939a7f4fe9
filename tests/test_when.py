"""Time phrases: what an officer writes, resolved against when the message arrived."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.triage.when import parse_when

TZ = "America/Toronto"
ZONE = ZoneInfo(TZ)
# A Thursday morning, the message's arrival time.
NOW = datetime(2026, 3, 12, 10, 30, tzinfo=ZONE)


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE)


def when(text: str, now: datetime = NOW) -> datetime | None:
    return parse_when(text, now=now, tz=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0815 hrs: inm asleep through breakfast call", at(12, 8, 15)),
        ("0815 inm asleep", at(12, 8, 15)),
        ("around 09:40 he asked for the nurse", at(12, 9, 40)),
        ("at 0650 he was already dressed and waiting", at(12, 6, 50)),
        ("ce matin à 6 h 45, il refusait de sortir", at(12, 6, 45)),
        ("à 9 h 50 il a demandé à voir le psychologue", at(12, 9, 50)),
        ("this morning he skipped the med line", at(12, 8)),
        ("did rounds 0700-0900, nothing to report", at(12, 7)),
    ],
)
def test_times_earlier_today_are_read_as_today(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1645 hrs inm refused to return to his cell", at(11, 16, 45)),
        ("at 15:20 he was seen passing a note", at(11, 15, 20)),
        ("à 18 h 10, bruit dans la rangée", at(11, 18, 10)),
        ("at 2300 he was still awake", at(11, 23)),
    ],
)
def test_a_time_later_than_now_means_yesterday(text: str, expected: datetime) -> None:
    assert when(text) == expected


def test_an_ambiguous_clock_is_the_most_recent_past_moment() -> None:
    assert when("at 3:10 he was banging on the door") == at(12, 3, 10)
    assert when("at 11:05 he was banging on the door") == at(11, 23, 5)


@pytest.mark.parametrize(
    ("text", "minutes_back"),
    [
        ("35 min ago he threw his tray", 35),
        ("about half an hour ago he came back from visits", 30),
        ("an hour ago he was crying in his cell", 60),
        ("2 hrs ago the range went quiet", 120),
        ("an hour and a half ago he phoned his lawyer", 90),
        ("il y a 45 minutes, il criait", 45),
        ("il y a environ une heure, odeur de brosse", 60),
        ("il y a une demi-heure il a frappé la porte", 30),
        ("il y a 1 h 30 il pleurait", 90),
        ("just now he punched the wall", 0),
        ("he just threatened the kitchen instructor", 0),
        ("drone au-dessus de la cour en ce moment", 0),
    ],
)
def test_relative_phrases_count_back_from_arrival(text: str, minutes_back: int) -> None:
    assert when(text) == NOW - timedelta(minutes=minutes_back)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last night around 10 he flooded his cell", at(11, 22)),
        ("last night around 1 he was up pacing", at(12, 1)),
        ("yesterday 7pm he got bad news on the phone", at(11, 19)),
        ("yesterday at 4:40 he lost it in the gym", at(11, 16, 40)),
        ("hier soir vers 22 h il pleurait", at(11, 22)),
        ("hier soir il est rentré à 2 h 10", at(12, 2, 10)),
        ("Sunday around 2000 his visitor left crying", at(8, 20)),
        ("samedi vers 14 h, bagarre évitée", at(7, 14)),
        ("Monday afternoon at 2 he refused work", at(9, 14)),
        ("on Feb 3 at 1615 he missed his appointment", at(3, 16, 15, month=2)),
        ("le 5 mars à 9 h 15, il a manqué son programme", at(5, 9, 15)),
        ("on Dec 24 at noon he got into a fight", at(24, 12, month=12, year=2025)),
        ("yesterday he refused his meds", at(11, 12)),
    ],
)
def test_days_parts_of_day_and_clocks_combine(text: str, expected: datetime) -> None:
    assert when(text) == expected


def test_tonight_is_read_once_the_evening_has_started() -> None:
    evening = datetime(2026, 3, 12, 22, 15, tzinfo=ZONE)
    assert when("tonight around 9 he was pacing", evening) == at(12, 21)
    assert when("ce soir vers 20 h il était agité", evening) == at(12, 20)
    assert when("à soir vers 8 h il était agité", evening) == at(12, 20)


@pytest.mark.parametrize(
    "text",
    [
        "he is polite and helpful, works hard in the kitchen",
        "bonne semaine au travail, rien à signaler",
        "tomorrow at 9 he sees the board",
        "il a rendez-vous demain à 10 h",
        "says he will do something tonight",
        "next Friday he goes to court",
        "inm 482913K asked for a blanket",
        "search of 2-14 found nothing",
        "he owes 150 $ on canteen",
        "he asked 3 times for the phone",
        "worked 40 hrs at the warehouse",
        "paid $1430 in fines",
        "call his sister at 613-555-0199",
        "in 2019 he was at another site",
        "about 3 guys were at the back table",
    ],
)
def test_no_time_is_invented(text: str) -> None:
    assert when(text) is None


@pytest.mark.parametrize(
    "text",
    ["at 11:55", "2355 hrs", "at 11", "this evening", "Thursday at 1600", "on March 12 at 1800"],
)
def test_never_a_moment_after_arrival(text: str) -> None:
    result = when(text)
    assert result is None or result <= NOW


def test_the_answer_is_in_the_site_zone_even_when_now_is_given_in_utc() -> None:
    now_utc = datetime(2026, 3, 12, 17, 30, tzinfo=ZoneInfo("UTC"))  # 10:30 in Vancouver
    result = parse_when("at 0900 he refused breakfast", now=now_utc, tz="America/Vancouver")
    assert result == datetime(2026, 3, 12, 9, 0, tzinfo=ZoneInfo("America/Vancouver"))
    assert result.tzinfo == ZoneInfo("America/Vancouver")


def test_a_naive_now_is_taken_as_site_time() -> None:
    assert parse_when("at 0900", now=datetime(2026, 3, 12, 10, 30), tz=TZ) == at(12, 9)


def test_minutes_ago_across_spring_forward_counts_real_minutes() -> None:
    # Clocks went from 02:00 EST to 03:00 EDT on 2026-03-08.
    now = datetime(2026, 3, 8, 3, 20, tzinfo=ZONE)
    result = when("40 min ago he set off the alarm", now)
    assert result is not None
    assert now.timestamp() - result.timestamp() == 40 * 60
    assert (result.hour, result.minute, result.utcoffset()) == (1, 40, timedelta(hours=-5))


def test_a_clock_in_the_repeated_autumn_hour_is_the_most_recent_one() -> None:
    # 01:00-02:00 happens twice on 2026-11-01; now is the second 01:30 (EST).
    now = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ZONE)
    result = when("at 0115 he asked for a nurse", now)
    assert result is not None
    assert result.utcoffset() == timedelta(hours=-5)
    assert now.timestamp() - result.timestamp() == 15 * 60


def test_yesterday_evening_across_spring_forward_keeps_the_wall_clock() -> None:
    now = datetime(2026, 3, 8, 9, 0, tzinfo=ZONE)
    assert when("yesterday 9pm he was yelling", now) == datetime(2026, 3, 7, 21, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "🚨🚨🚨",
        "\u200b\u200d\ufeff",
        "\x00\x07\x1b[31m",
        "12345",
        "9" * 10_000,
        "at " * 3_000,
        "il y a " * 1_500,
        "ago " * 2_500,
        "x" * 10_000,
    ],
)
def test_bad_input_gives_an_answer_never_an_error(text: str) -> None:
    result = when(text)
    assert result is None or result <= NOW


def test_zero_width_characters_do_not_hide_a_time() -> None:
    assert when("at 09\u200b:10 he left the yard") == at(12, 9, 10)


def test_the_day_named_first_is_the_day_of_the_observation() -> None:
    text = "found a package by the fence this morning, likely dropped last night"
    assert when(text) == at(12, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said he was moved to this unit last week", at(5, 10, 30)),
        ("il a changé de rangée la semaine dernière", at(5, 10, 30)),
        ("his mother visited last month", at(12, 10, 30, month=2)),
        ("sa mère est venue le mois dernier", at(12, 10, 30, month=2)),
    ],
)
def test_last_week_and_last_month_count_back_from_arrival(text: str, expected: datetime) -> None:
    assert when(text) == expected


def test_last_month_from_the_end_of_a_long_month_is_the_end_of_the_short_one() -> None:
    now = datetime(2026, 3, 31, 22, 0, tzinfo=ZONE)
    assert when("his cellie left last month", now) == datetime(2026, 2, 28, 22, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at quarter past seven he asked for a razor", at(12, 7, 15)),
        ("around half past six the count was short one", at(12, 6, 30)),
        ("he came back at a quarter to ten", at(12, 9, 45)),
        ("at twenty to eight he was still in bed", at(12, 7, 40)),
        ("he rang the bell at ten past five", at(12, 5, 10)),
        ("at five to nine the nurse came", at(12, 8, 55)),
        ("we opened the door at twenty-five past eight", at(12, 8, 25)),
        ("at seven thirty he skipped the line", at(12, 7, 30)),
        ("about nine forty-five the yard emptied", at(12, 9, 45)),
        ("at eight oh five he left for work", at(12, 8, 5)),
        ("at nine o'clock he was at the door", at(12, 9)),
        ("at half eight he asked for his lawyer", at(12, 8, 30)),
        ("il est sorti à sept heures et quart", at(12, 7, 15)),
        ("vers huit heures et demie il a refusé", at(12, 8, 30)),
        ("à dix heures moins le quart il criait", at(12, 9, 45)),
        ("à 9 h moins 10 il était au parloir", at(12, 8, 50)),
        ("à neuf heures moins vingt il dormait", at(12, 8, 40)),
        ("à sept heures trois quarts il a mangé", at(12, 7, 45)),
        ("le compte de 8h et demie était bon", at(12, 8, 30)),
        ("à dix-sept heures vingt il a téléphoné", at(11, 17, 20)),
        ("à quatorze heures cinq la visite a fini", at(11, 14, 5)),
    ],
)
def test_clock_times_said_in_words(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at twenty past midnight he was still up", at(12, 0, 20)),
        ("he buzzed at ten to midnight", at(11, 23, 50)),
        ("at quarter past noon he missed lunch", at(11, 12, 15)),
        ("à minuit et quart il frappait", at(12, 0, 15)),
        ("à minuit moins cinq il criait encore", at(11, 23, 55)),
        ("à minuit dix, la lumière était allumée", at(12, 0, 10)),
        ("à midi moins le quart il est arrivé", at(11, 11, 45)),
        ("à midi vingt, il a refusé son plateau", at(11, 12, 20)),
    ],
)
def test_noon_and_midnight_with_minutes(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 4 in the morning he was pacing", at(12, 4)),
        ("woke at four in the morning, crying", at(12, 4)),
        ("at quarter to three in the morning he rang", at(12, 2, 45)),
        ("at 2 this morning the alarm went", at(12, 2)),
        ("this morning at 2 the alarm went", at(12, 2)),
        ("he called his mother at 9 in the evening", at(11, 21)),
        ("at seven in the evening he was fine", at(11, 19)),
        ("at ten at night the light was still on", at(11, 22)),
        ("at 1 at night he was banging", at(12, 1)),
        ("à 4 h du matin il était debout", at(12, 4)),
        ("à trois heures du matin il a sonné", at(12, 3)),
        ("à 9 h du soir il a refusé", at(11, 21)),
        ("à huit heures et quart du soir il pleurait", at(11, 20, 15)),
        ("à deux heures de l'après-midi il était calme", at(11, 14)),
        ("à deux heures de la nuit il criait", at(12, 2)),
        ("à 3 h pile du mat il dormait", at(12, 3)),
    ],
)
def test_words_after_a_clock_choose_its_half_of_the_day(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize("hour", range(1, 12))
def test_the_morning_is_never_read_as_the_afternoon(hour: int) -> None:
    late = datetime(2026, 3, 12, 23, 45, tzinfo=ZONE)
    result = when(f"at {hour} in the morning he was awake", late)
    assert result is not None and result.hour == hour
    result = when(f"vers {hour} h du matin il était réveillé", late)
    assert result is not None and result.hour == hour


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow at nine he sees the board",
        "tomorrow at quarter past two he has a hearing",
        "demain à dix heures et demie il voit le psy",
        "he was up all night, no times",
        "il a crié toute la nuit",
        "at one point he said he wanted out",
        "the group went from ten to four members",
        "we waited about 5 to 10 minutes at the gate",
        "après deux heures d'attente il est parti",
        "he has one of the trays",
    ],
)
def test_spoken_numbers_that_are_not_a_past_time(text: str) -> None:
    assert when(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 1 and 2 am he was pacing", at(12, 1)),
        ("between 11 and 1 am the light stayed on", at(11, 23)),
        ("from 4 to 5 pm he was in the yard", at(11, 16)),
        ("de 9 h à 10 h du soir il criait", at(11, 21)),
        ("à sept et quart il est sorti", at(12, 7, 15)),
        ("vers 5 et demie il dormait encore", at(12, 5, 30)),
        ("it was two in the afternoon when he fell", at(11, 14)),
        ("il était trois heures du matin quand il a sonné", at(12, 3)),
    ],
)
def test_ranges_and_bare_fractions_take_their_start(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    "text", ["between 2 and 3 guys got in", "il était 2 gars", "it's 5 of them again"]
)
def test_counts_near_clock_words_are_not_times(text: str) -> None:
    assert when(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à quatre heures Bouchard a refusé de sortir", at(12, 4)),
        ("vers neuf heures y a frappé dans la vitre", at(12, 9)),
        ("à huit heures vingt Pelletier est revenu", at(12, 8, 20)),
        ("à dix-huit heures trente en sortant du gym il a crié", at(11, 18, 30)),
        ("à minuit cinq l'agent a entendu un bruit", at(12, 0, 5)),
        ("à deux heures et cinq de la nuit il a sonné", at(12, 2, 5)),
        ("à 7 h et 20 il était debout", at(12, 7, 20)),
        ("at seven forty Lavoie came back from work", at(12, 7, 40)),
    ],
)
def test_minutes_said_after_a_clock_word_whatever_follows(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "après trois heures Morin est reparti",
        "après deux heures de route il est arrivé",
        "à midi deux gars se battaient",
    ],
)
def test_a_length_or_a_count_after_a_clock_word_is_not_its_minutes(text: str) -> None:
    result = when(text)
    assert result is None or result.minute == 0


@pytest.mark.parametrize(
    ("text", "minutes_back"),
    [
        ("il y a huit minutes il a lancé son plateau", 8),
        ("il y a vingt-deux minutes, odeur de fumée", 22),
        ("thirty-five minutes ago he left the servery", 35),
        ("eleven minutes ago the door alarm went", 11),
        ("an hour or so ago he asked for a lawyer", 60),
        ("three quarters of an hour ago he came in", 45),
        ("il y a trois quarts d'heure il est revenu", 45),
        ("il y a une couple de minutes il criait", 2),
    ],
)
def test_durations_counted_in_any_number_word(text: str, minutes_back: int) -> None:
    assert when(text) == NOW - timedelta(minutes=minutes_back)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday at midnight he pressed the call button", at(12, 0)),
        ("hier à minuit et dix il a sonné", at(12, 0, 10)),
        ("Tuesday at midnight the count was off", at(11, 0)),
        ("at suppertime he would not come out", at(11, 17)),
        ("à l'heure du souper il était absent", at(11, 17)),
        ("at 9.40 he was seen at the fence", at(12, 9, 40)),
        ("at quarter past eight Fournier left", at(12, 8, 15)),
    ],
)
def test_midnight_meals_and_dotted_clocks(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    "text", ["he lent a quarter to one inmate for the phone", "he owes 14.50 at canteen"]
)
def test_coins_and_prices_are_not_clocks(text: str) -> None:
    assert when(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "he has turned down his morning meds every day",
        "il refuse ses médicaments du soir depuis des jours",
        "she skipped evening programs all week",
        "il manque le souper tous les soirs",
        "nightly he asks for extra blankets",
    ],
)
def test_a_habit_or_a_span_is_not_a_moment(text: str) -> None:
    assert when(text) is None


def test_a_moment_named_beside_a_habit_is_still_read() -> None:
    assert when("every night he yells, last night at 2 he kicked the door") == at(12, 2)


def test_a_clock_that_contradicts_its_part_of_the_day_is_not_moved_to_the_other_half() -> None:
    evening = datetime(2026, 3, 12, 20, 0, tzinfo=ZONE)
    assert when("tonight at 9 he was yelling", evening) is None
    early = datetime(2026, 3, 12, 9, 0, tzinfo=ZONE)
    assert when("this morning at 10 he fell", early) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("late last night he was banging on the bars", at(11, 23)),
        ("tard hier soir il frappait sur les barreaux", at(11, 23)),
        ("early this morning he was found on the floor", at(12, 6)),
        ("tôt ce matin il était couché par terre", at(12, 6)),
        ("au petit matin il était couché par terre", at(12, 6)),
        ("late yesterday afternoon he came back from work", at(11, 16)),
        ("en fin d'après-midi hier il est revenu", at(11, 16)),
        ("en début de soirée hier il a appelé", at(11, 18)),
        ("in the wee hours he pressed the button", at(12, 3)),
        ("fifteen minutes before midnight the alarm went", at(11, 23, 45)),
    ],
)
def test_early_and_late_parts_of_the_day(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "minutes_back"),
    [
        ("2h15 ago he left the unit", 135),
        ("il y a 2h15 il est sorti", 135),
        ("y'a 25 min il a frappé le mur", 25),
        ("ya 5 minutes il criait", 5),
        ("sa fait 40 min qu'il crie", 40),
        ("half hour ago he came back", 30),
    ],
)
def test_durations_as_officers_type_them(text: str, minutes_back: int) -> None:
    assert when(text) == NOW - timedelta(minutes=minutes_back)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vers 4 hres il dormait", at(12, 4)),
        ("à 16 hres 10 il a appelé", at(11, 16, 10)),
        ("vers l'heure du souper il était absent", at(11, 17)),
    ],
)
def test_french_hour_abbreviations_and_mealtimes(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    "text", ["she worked 4 hrs in the kitchen", "il a 2 h de retard", "y a personne"]
)
def test_lengths_and_there_is_are_not_times(text: str) -> None:
    assert when(text) is None


_EN_HOURS = "one two three four five six seven eight nine ten eleven".split()
_FR_HOURS = "une deux trois quatre cinq six sept huit neuf dix onze".split()
# (phrase, hours it may be said with, whether the clock is after noon), {h}: digits, {w}: words.
_HALVES = [
    ("at {h} in the morning", range(1, 12), False),
    ("around {w} in the morning", range(1, 12), False),
    ("at quarter past {w} in the morning", range(1, 12), False),
    ("at {h} am", range(1, 12), False),
    ("vers {h} h du matin", range(1, 12), False),
    ("à {fw} heures et demie du matin", range(1, 12), False),
    ("at {h} in the afternoon", range(1, 6), True),
    ("at ten to {w} in the afternoon", range(2, 7), True),
    ("at {h} pm", range(1, 12), True),
    ("around {w} in the evening", range(6, 12), True),
    ("vers {h} h du soir", range(6, 12), True),
    ("à {fw} heures moins le quart du soir", range(7, 12), True),
    ("à {fw} heures de l'après-midi", range(1, 6), True),
]


@pytest.mark.parametrize(("phrase", "hours", "afternoon"), _HALVES)
@pytest.mark.parametrize(
    "day", [datetime(2026, 3, 8, tzinfo=ZONE), datetime(2026, 11, 1, tzinfo=ZONE)]
)
def test_words_for_the_half_of_the_day_hold_at_every_hour_of_arrival(
    phrase: str, hours: range, afternoon: bool, day: datetime
) -> None:
    # Both days change the clocks (spring forward, fall back); arrival every hour of the day.
    for hour in hours:
        text = phrase.format(h=hour, w=_EN_HOURS[hour - 1], fw=_FR_HOURS[hour - 1])
        for arrival in range(24):
            now = (day.astimezone(ZoneInfo("UTC")) + timedelta(hours=arrival)).astimezone(ZONE)
            result = when(text, now)
            # Instants, not wall clocks: in the repeated autumn hour 01:15 EDT is before 01:00 EST.
            assert result is not None and result.timestamp() <= now.timestamp(), (text, now)
            assert (result.hour >= 12) == afternoon, (text, now, result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around noon-ish he came back", at(12, 12)),
        ("at 9 oclock he was at the door", at(12, 9)),
        ("at 2 this aft he was at the door", at(12, 14)),
    ],
)
def test_shorthand_officers_type(text: str, expected: datetime) -> None:
    evening = datetime(2026, 3, 12, 18, 0, tzinfo=ZONE)
    assert when(text, evening) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 days ago at 4 pm he fell in the shower", at(10, 16)),
        ("il y a 3 jours vers 20 h il a crié", at(9, 20)),
        ("two nights ago he was banging the door", at(10, 23)),
        ("two nights ago around 2 he was banging the door", at(11, 2)),
        ("il y a deux nuits il criait", at(10, 23)),
    ],
)
def test_days_ago_with_a_clock_or_a_night(text: str, expected: datetime) -> None:
    assert when(text) == expected


def test_days_ago_without_a_clock_counts_back_from_arrival() -> None:
    assert when("3 days ago he refused his tray") == NOW - timedelta(days=3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last Thursday he skipped his program", at(5, 12)),
        ("jeudi dernier il a manqué son programme", at(5, 12)),
        ("jeudi passé vers 15 h il a manqué son programme", at(5, 15)),
        ("Wednesday last week around 3 pm he fell", at(4, 15)),
        ("mercredi de la semaine dernière vers 15 h il est tombé", at(4, 15)),
        ("Wednesday around 3 pm he fell", at(11, 15)),
    ],
)
def test_last_weekday_and_a_weekday_of_last_week(text: str, expected: datetime) -> None:
    # NOW is a Thursday.
    assert when(text) == expected


def test_a_short_weekday_without_on_or_last_is_a_word() -> None:
    assert when("he sat down and ate") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the middle of the night he pressed the call button", at(12, 2)),
        ("au milieu de la nuit il a appuyé sur le bouton", at(12, 2)),
        ("vers la fin de l'après-midi hier il est rentré", at(11, 16)),
        ("tantôt vers 8 h il pleurait", at(12, 8)),
    ],
)
def test_middle_of_the_night_end_of_the_afternoon_and_tantot(
    text: str, expected: datetime
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("517204C yard 0845 pushed another inmate", at(12, 8, 45)),
        ("range 2 0915 count cleared late", at(12, 9, 15)),
        ("gym 1005 weights session went fine", at(12, 10, 5)),
    ],
)
def test_four_digits_after_a_yard_or_range_are_the_clock(text: str, expected: datetime) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    "text", ["yard 2 was quiet all shift", "cell 1420 was searched", "range 4B lockup done"]
)
def test_a_place_number_is_not_a_time(text: str) -> None:
    assert when(text) is None


# time-4's misses as concepts, in phrases of our own (NOW is Thursday March 12, 10:30).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counted minutes before "past", or before noon or midnight, need no "at".
        ("Ten past midnight he was still banging on the door", at(12, 0, 10)),
        ("twenty-five to midnight the alarm went on 3", at(11, 23, 35)),
        ("Twenty-five past nine he came back from the yard", at(12, 9, 25)),
        # A meal with "before" or "after": about an hour off the meal itself.
        ("after supper yesterday he gave his radio away", at(11, 18)),
        ("hier après le souper il pleurait dans sa cellule", at(11, 18)),
        ("before breakfast he was found with a phone", at(12, 6, 30)),
        ("at supper count yesterday he would not stand up", at(11, 17)),
        # The day named first ("last Monday at 4:40 ... told me today").
        ("Last Monday at 4:40 pm he passed a note, the source told me today", at(9, 16, 40)),
        # "just said" is now only when no time is said.
        ("At lunch count yesterday he wouldn't answer, just said he's tired", at(11, 12)),
    ],
)
def test_time_4_concepts(text: str, expected: datetime) -> None:
    assert when(text) == expected


def test_he_just_told_me_is_now() -> None:
    assert when("he just told me he swallowed two batteries") == NOW


def test_just_now_is_now_whatever_clock_is_named() -> None:
    assert when("just now he collapsed at the 1030 count") == NOW
