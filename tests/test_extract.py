"""Extraction: the offenders, place and time a card shows back to the officer."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.people.roster import Roster, RosterRow
from bot.triage.extract import Extraction, OffenderMention, extract, warm_up

TZ = "America/Toronto"
NOW = datetime(2026, 3, 12, 10, 30, tzinfo=ZoneInfo(TZ))


def person(fps: str, surname: str) -> RosterRow:
    return RosterRow(fps, surname, "Test", None, None, None, None)


ROSTER = Roster(
    [
        person("482913K", "Tremblay"),
        person("512348C", "Gagnon"),
        person("600001A", "Gagnon"),
        person("700001B", "Côté"),
        person("700002D", "Brown"),
        person("700003E", "Da Silva"),
    ]
)


def read(text: str, roster: Roster | None = None) -> Extraction:
    return extract(text, now=NOW, tz=TZ, roster=roster)


def numbers(text: str, roster: Roster | None = None) -> list[str | None]:
    return [mention.fps for mention in read(text, roster).offenders]


def test_a_quick_capture_gives_offender_place_and_time() -> None:
    result = read("512348C 3A range 15 min ago passing something through the bars", ROSTER)
    assert result.offenders == (OffenderMention("512348C", "Gagnon", (), True),)
    assert result.location == "3A range"
    assert result.occurred_at == datetime(2026, 3, 12, 10, 15, tzinfo=ZoneInfo(TZ))


@pytest.mark.parametrize(
    "text",
    [
        "482913K refused count",
        "482913k refused count",
        "FPS 482913 K refused count",
        "fps: 482913K refused count",
        "#482913K refused count",
        "inm 482913 k refused count",
        "détenu 482913K refuse le dénombrement",
        "refused count (482913K)",
    ],
)
def test_fps_numbers_are_read_in_every_written_form(text: str) -> None:
    assert numbers(text) == ["482913K"]


def test_seven_digit_fps_numbers_and_several_offenders_in_text_order() -> None:
    assert numbers("1234567A and 482913K argued over the phone") == ["1234567A", "482913K"]


def test_the_same_offender_twice_is_one_mention() -> None:
    assert numbers("482913K yelling, 482913 K still yelling") == ["482913K"]


@pytest.mark.parametrize(
    "text",
    [
        "at 1430 he was fine",
        "14:30 in the yard",
        "search of cell 2-14 negative",
        "he owes $482913 apparently",
        "call back at 613-555-0199",
        "date 2026-03-12 noted",
        "he walked 123456 a day in his dreams",
        "cellule 118, rien",
    ],
)
def test_times_cells_money_and_phones_are_not_fps_numbers(text: str) -> None:
    assert numbers(text) == []


def test_an_fps_number_not_on_the_roster_is_flagged() -> None:
    result = read("999999Z was on 2 range", ROSTER)
    assert result.offenders == (OffenderMention("999999Z", None, (), False),)


def test_without_a_roster_an_fps_number_is_not_claimed_to_be_on_it() -> None:
    assert read("482913K was calm").offenders == (OffenderMention("482913K", None, (), False),)


@pytest.mark.parametrize(
    "text",
    [
        "inm Tremblay was banging his door",
        "Tremblay was banging his door",
        "TREMBLAY banging his door",
        "tremblay banging his door",
        "le détenu Tremblay frappait sa porte",
    ],
)
def test_a_unique_roster_surname_gives_the_fps_number(text: str) -> None:
    assert read(text, ROSTER).offenders == (OffenderMention("482913K", "Tremblay", (), True),)


def test_an_ambiguous_surname_lists_the_candidates() -> None:
    result = read("Mr. Gagnon asked about his transfer", ROSTER)
    assert result.offenders == (OffenderMention(None, "Gagnon", ("512348C", "600001A"), True),)


def test_an_fps_number_settles_an_ambiguous_surname() -> None:
    assert numbers("Gagnon (600001A) asked about his transfer", ROSTER) == ["600001A"]


def test_surnames_match_without_accents_and_across_spaces() -> None:
    assert numbers("Cote refused his tray", ROSTER) == ["700001B"]
    assert numbers("DA SILVA asked for the library", ROSTER) == ["700003E"]


def test_a_surname_that_is_an_everyday_word_needs_a_capital_or_a_title() -> None:
    assert numbers("found a brown bag in the yard", ROSTER) == []
    assert numbers("à côté de la porte", ROSTER) == []
    assert numbers("Brown found a bag in the yard", ROSTER) == ["700002D"]
    assert numbers("inm brown found a bag", ROSTER) == ["700002D"]


def test_surnames_match_only_whole_words() -> None:
    assert read("the Gagnonville bus was late", ROSTER).offenders == ()


def test_a_titled_name_off_the_roster_is_kept_as_a_surname() -> None:
    assert read("inm Okonkwo asked for a call", ROSTER).offenders == (
        OffenderMention(None, "Okonkwo", (), False),
    )
    assert read("Mr. Lindqvist refused", None).offenders == (
        OffenderMention(None, "Lindqvist", (), False),
    )
    assert read("the inm refused to move").offenders == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("4B range loud after supper", "4B range"),
        ("noise on D range again", "D range"),
        ("range 2 count delayed", "range 2"),
        ("unit 5 lockdown", "unit 5"),
        ("water coming out of cell 3-11", "cell 3-11"),
        ("on 2A, cell 2-07 smoke", "2A, cell 2-07"),
        ("fight broke out in the yard", "yard"),
        ("he was lifting in the gym", "gym"),
        ("he cut his hand in the kitchen", "kitchen"),
        ("escorted to health care", "health care"),
        ("argument in the visiting room", "visiting room"),
        ("delay at the sally port", "sally port"),
        ("placed in admin seg", "admin seg"),
        ("quiet in SIU tonight", "SIU"),
        ("helped set up the chapel", "chapel"),
        ("working in the laundry", "laundry"),
        ("late return to the CCC", "CCC"),
        ("reported at the parole office", "parole office"),
        ("visit at his residence on 42 Elm Street, all fine", "his residence on 42 Elm Street"),
        ("bruit dans la rangée D", "rangée D"),
        ("calme à l'unité 4", "unité 4"),
        ("odeur dans la cellule 12", "cellule 12"),
        ("bagarre dans la cour", "cour"),
        ("ballon au gymnase", "gymnase"),
        ("couteau trouvé à la cuisine", "cuisine"),
        ("amené aux soins de santé", "soins de santé"),
        ("colis au parloir", "parloir"),
        ("tension dans la salle des visites", "salle des visites"),
        ("visite au domicile, rien à signaler", "au domicile"),
    ],
)
def test_the_place_is_given_as_the_officer_wrote_it(text: str, place: str) -> None:
    assert read(text).location == place


@pytest.mark.parametrize(
    "text", ["he has a range of moods", "asked for a pen", "482913K", "at 1430 he was fine"]
)
def test_no_place_is_invented(text: str) -> None:
    assert read(text).location is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "🙂🔪🚨",
        "\u200b\u200c\u200d\ufeff",
        "\x00\x01\x02 482913K",
        "482913",
        "7",
        "x" * 10_000,
        "inm " * 2_500,
        "482913K " * 1_200,
        "Gagnon " * 1_500,
        "inm Tremblay 4B range hier soir vers 21 h, then at 2:15 he said 'I'm done' 🙏",
    ],
)
def test_bad_input_gives_a_valid_result(text: str) -> None:
    result = read(text, ROSTER)
    assert isinstance(result, Extraction)
    assert result.occurred_at is None or result.occurred_at <= NOW


def test_zero_width_characters_inside_an_fps_number_do_not_hide_it() -> None:
    assert numbers("48\u200b2913K in the yard") == ["482913K"]


def test_warm_up_runs_without_a_roster_or_network() -> None:
    warm_up()


def test_titled_names_in_capitals_count_but_abbreviations_do_not() -> None:
    assert read("inm LAFLEUR refused his tray").offenders == (
        OffenderMention(None, "LAFLEUR", (), False),
    )
    assert read("inm OD'd on his range, inm SIU bound").offenders == ()


def test_a_quantity_is_not_a_living_unit() -> None:
    assert read("search of 3-09 found 2L of brew").location == "3-09"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ESCORTED TO HEALTH CARE AFTER THE FALL", "HEALTH CARE"),
        ("Bagarre Dans La Cour Ce Matin", "Cour"),
        ("İbrahim said the fight was in the Yard", "Yard"),  # "İ" is longer in lower case
    ],
)
def test_a_place_in_capitals_is_found_and_shown_as_written(text: str, place: str) -> None:
    assert read(text).location == place


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("i/m Okonkwo refused his meds", "Okonkwo"),
        ("M. Bergeron a refusé son plateau", "Bergeron"),
    ],
)
def test_a_title_written_with_a_slash_or_a_dot_introduces_a_name(text: str, surname: str) -> None:
    assert read(text).offenders == (OffenderMention(None, surname, (), False),)


@pytest.mark.parametrize(
    "text",
    [
        "officer Tremblay found a note in the library",
        "Officer TREMBLAY took the phone call",
        "l'agent Tremblay a fermé la porte",
        "l'agente Côté a fait la ronde",
        "agente Côté était au poste",
        "CO Brown escorted him back",
        "CX Tremblay a fouillé la cellule",
        "cx Tremblay a fouillé la cellule",
        "PO Gagnon called about curfew",
        "AC Côté et AC Gagnon sont intervenus",
        "officers Brown and Tremblay held the door",
        "COs Brown and Tremblay held the door",
        "les agents Côté, Gagnon et Brown sont arrivés",
        "Dr. Brown saw him at health care",
        "nurse Côté checked his vitals",
        "officer Marie Tremblay wrote it up",
        "officer Tremblay spoke to him, then Tremblay left the range",
    ],
)
def test_staff_named_by_title_are_never_offenders(text: str) -> None:
    assert read(text, ROSTER).offenders == ()


def test_staff_beside_an_offender_leave_only_the_offender() -> None:
    result = read("CO Brown saw inm Tremblay hand something to Gagnon (600001A)", ROSTER)
    assert [mention.fps for mention in result.offenders] == ["482913K", "600001A"]


def test_a_title_word_on_the_roster_written_as_a_word_is_staff() -> None:
    roster = Roster([person("800001A", "Nurse"), person("800002B", "Agent")])
    assert read("the nurse said he was fine", roster).offenders == ()
    assert read("un agent l'a vu", roster).offenders == ()
    assert numbers("inm Nurse refused his tray", roster) == ["800001A"]


def test_a_written_fps_number_beats_a_surname_guess() -> None:
    assert read("Gagnon 999999Z refused his tray", ROSTER).offenders == (
        OffenderMention("999999Z", "Gagnon", (), False),
    )
    assert read("Côté (482913K) refused his tray", ROSTER).offenders == (
        OffenderMention("482913K", "Tremblay", (), True),
    )
    assert read("inm Okafor 999999Z refused", ROSTER).offenders == (
        OffenderMention("999999Z", "Okafor", (), False),
    )


def test_a_name_away_from_the_number_is_another_offender() -> None:
    assert numbers("999999Z argued with Côté over the phone", ROSTER) == ["999999Z", "700001B"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("scuffle in yard 2 by the weights", "yard 2"),
        ("scuffle in yard #3 by the weights", "yard #3"),
        ("ballon perdu dans la cour 2", "cour 2"),
        ("he was lifting in gym 1", "gym 1"),
        ("noise on range 4B", "range 4B"),
        ("smoke from cell 214", "cell 214"),
        ("cris dans la rangée 3", "rangée 3"),
        ("tout est calme à l'unité 4", "unité 4"),
        ("he was in the yard 15 min ago", "yard"),
        ("dans la cour 3 gars se sont battus", "cour"),
        ("le détenu de la 31 a crié", "la 31"),
        ("fumée dans la 8 vers midi", "la 8"),
        ("il est monté à la 2e rangée", "2e rangée"),
    ],
)
def test_places_keep_their_numbers_but_not_a_count_or_a_time(text: str, place: str) -> None:
    assert read(text).location == place


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('he said "you will regret this" at the door', ("you will regret this",)),
        ("il a crié « je vais te trouver dehors » deux fois", ("je vais te trouver dehors",)),
        ("he told me “I can’t do this anymore”", ("I can’t do this anymore",)),
        ("he said 'I'm not going back' and sat down", ("I'm not going back",)),
        ('first "back off", then "I mean it"', ("back off", "I mean it")),
        ("the guys' radios and l'agent's keys", ()),
        ("nothing was said", ()),
    ],
)
def test_quoted_words_are_what_was_said_verbatim(text: str, quotes: tuple[str, ...]) -> None:
    assert read(text).quotes == quotes


def test_a_title_after_an_article_names_no_one() -> None:
    assert numbers("I told the officer Tremblay was hiding it", ROSTER) == ["482913K"]
    assert numbers("the nurse said Brown was dizzy", ROSTER) == ["700002D"]


@pytest.mark.parametrize(
    "text",
    [
        "Mme Tremblay, l'infirmière, a vu le détenu",
        "Mme Lefebvre, l'infirmière, a vu le détenu",
        "Brown, our PO, called the office",
    ],
)
def test_a_name_set_beside_a_staff_title_is_staff(text: str) -> None:
    assert read(text, ROSTER).offenders == ()


def test_a_name_before_a_speaking_staff_member_is_still_an_offender() -> None:
    assert numbers("Brown, the nurse said, was dizzy", ROSTER) == ["700002D"]
