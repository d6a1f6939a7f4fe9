"""Drafted 0875 reports and log book entries: what the officer reads in chat before signing off."""

from __future__ import annotations

import random
import re
import string
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.capture.drafting import (
    DraftFacts,
    Notification,
    OffenderFact,
    draft,
    draft_0875,
    draft_log_entry,
)
from bot.i18n import catalog, placeholders
from tests.facts import draft_facts

ZONES = ("America/Toronto", "America/Vancouver", "America/Halifax", "America/Regina")
FACTORS = (
    "communication_style",
    "learning_deficits",
    "mental_health",
    "gender_needs",
    "aboriginal_social_history",
)
ROUTES = ("supervisor", "security_intelligence", "health_services", "case_management")
ROLES = ("officer", "supervisor", "intelligence", "health", "case_manager", "manager", "admin")
URGENCIES = ("immediate", "priority", "routine")


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"\w+", text)}


def _catalog_words(lang: str) -> set[str]:
    words: set[str] = set()
    for key, template in catalog(lang).items():
        if key.startswith(("draft.", "role.")):
            words |= _words(re.sub(r"\{\w+\}", " ", template))
    return words


def _token(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_lowercase, k=9))


def _moment(rng: random.Random) -> datetime:
    return (
        datetime(2026, 1, 1, tzinfo=UTC)
        .replace(month=rng.randint(1, 12), day=rng.randint(1, 28), hour=rng.randint(0, 23))
        .replace(minute=rng.randint(0, 59))
    )


def _random_facts(rng: random.Random, lang: str, document: str) -> DraftFacts:
    """Facts with a unique token in every text field and random gaps, to check provenance."""

    def maybe(value: object) -> object:
        return None if rng.random() < 0.3 else value

    def words(count: int) -> str:
        return " ".join(_token(rng) for _ in range(count))

    version = rng.randint(1, 4)
    urgency = rng.choice(URGENCIES)
    # The capture flow passes triage's suggestion only when the officer changed the urgency.
    suggested = rng.choice((None, *(u for u in URGENCIES if u != urgency)))
    return DraftFacts(
        reference=f"R-2026-{rng.randint(1, 999999):06d}",
        version=version,
        lang=lang,
        document=document,
        kind=rng.choice(("interaction", "observation", "community_contact")),
        urgency=urgency,
        routes=tuple(rng.sample(ROUTES, rng.randint(0, 4))),
        site_name=words(2),
        site_tz=rng.choice(ZONES),
        place=maybe(words(2)),
        occurred_at=maybe(_moment(rng)),
        written_at=_moment(rng),
        offenders=tuple(
            OffenderFact(
                fps=maybe(f"{rng.randint(100000, 999999)}{rng.choice(string.ascii_uppercase)}"),
                name=maybe(f"{_token(rng).upper()}, {_token(rng).capitalize()}"),
            )
            for _ in range(rng.randint(0, 3))
        ),
        narrative=f"{words(6)}, <{_token(rng)}> *{_token(rng)}* {words(3)}!",
        quotes=tuple(words(4) for _ in range(rng.randint(0, 2))),
        action_taken=maybe(words(3)),
        context_factors=tuple(rng.sample(FACTORS, rng.randint(0, 3))),
        officer_name=f"{_token(rng).capitalize()} {_token(rng).capitalize()}",
        officer_role=rng.choice(ROLES),
        notified=tuple(
            Notification(recipient=words(3), at=maybe(_moment(rng)))
            for _ in range(rng.randint(0, 2))
        ),
        urgency_suggested=suggested,
        urgency_reason=maybe(words(3)) if suggested else None,
        amendment_reason=maybe(words(4)) if version > 1 else None,
        previous_reference_version=maybe(version - 1) if version > 1 else None,
    )


def _input_words(facts: DraftFacts) -> set[str]:
    """Every word the officer supplied, with times formatted as the site shows them."""
    zone = ZoneInfo(facts.site_tz)
    moments = [facts.occurred_at, facts.written_at, *(n.at for n in facts.notified)]
    texts = [
        facts.reference,
        str(facts.version),
        str(facts.previous_reference_version),
        facts.site_name,
        facts.site_tz,
        facts.place or "",
        facts.narrative,
        *facts.quotes,
        facts.action_taken or "",
        facts.officer_name,
        *(n.recipient for n in facts.notified),
        facts.urgency_reason or "",
        facts.amendment_reason or "",
        *(f"{o.fps} {o.name}" for o in facts.offenders),
        *(m.astimezone(zone).strftime("%Y-%m-%d %H:%M") for m in moments if m is not None),
    ]
    return _words(" ".join(texts))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("document", ["0875", "log"])
def test_every_word_of_a_draft_comes_from_the_catalog_or_the_officer(
    lang: str, document: str
) -> None:
    rng = random.Random(f"{lang}-{document}")
    allowed_catalog = _catalog_words(lang)
    for _ in range(60):
        facts = _random_facts(rng, lang, document)
        result = draft(facts)
        invented = _words(f"{result.title}\n{result.text}") - allowed_catalog - _input_words(facts)
        assert not invented, (invented, result.text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_0875_drops_nothing_the_officer_supplied(lang: str) -> None:
    rng = random.Random(f"complete-{lang}")
    for _ in range(40):
        facts = _random_facts(rng, lang, "0875")
        assert _input_words(facts) - {"none"} <= _words(draft_0875(facts).text)


def test_a_complete_report_reads_like_the_paper_form() -> None:
    text = draft_0875(draft_facts()).text

    assert text.splitlines()[0] == "PROTECTED B"
    for line in (
        "Statement/Observation Report (CSC/SCC 0875)",
        "Reference: R-2026-000123, version 1",
        "Site: Pine Ridge Institution",
        "Unit/place: Unit 2 east range",
        "Date and time of event: 2026-11-23 14:30",
        "Time written: 2026-11-23 14:52",
        "- OKAFOR, Daniel (FPS 604417C)",
        "Observation:",
        "Watched him pass a folded paper to the cleaner twice during count.",
        "- “It's just a letter for my cousin”",
        "Action taken: Informed the CM and noted the cleaner's cell.",
        "Context factors: Communication style",
        "- CM on duty: L. Bergeron, 2026-11-23 15:01",
        "Distribution: Security Intelligence",
        "Reporting officer: P. Gagnon, Correctional Officer",
        "Urgency: Priority",
        "Supervisor review",
        "Reviewed by: ____________________",
        "Comments: ____________________",
    ):
        assert line in text.splitlines(), line
    assert "[not recorded]" not in text


def test_a_report_in_french_uses_french_labels_and_the_same_facts() -> None:
    result = draft_0875(draft_facts(lang="fr", routes=("health_services", "case_management")))

    assert result.title == "Rapport d'observation ou déclaration R-2026-000123 (version 1)"
    assert "Unité/lieu\u00a0: Unit 2 east range" in result.text
    assert "- OKAFOR, Daniel (SED 604417C)" in result.text
    assert "- «\u00a0It's just a letter for my cousin\u00a0»" in result.text
    assert "Urgence\u00a0: Prioritaire" in result.text
    assert "Examen par la supervision" in result.text
    assert (
        "Diffusion\u00a0: Services de santé\u202f; Gestion de cas "
        "(agent de libération conditionnelle / intervenant de première ligne)"
    ) in result.text


@pytest.mark.parametrize(("lang", "mark"), [("en", "[not recorded]"), ("fr", "[non consigné]")])
def test_missing_facts_are_marked_not_recorded_never_guessed(lang: str, mark: str) -> None:
    facts = draft_facts(
        lang=lang,
        place=None,
        occurred_at=None,
        offenders=(),
        quotes=(),
        action_taken=None,
        context_factors=(),
        notified=(),
    )

    result = draft_0875(facts)

    assert result.missing == (
        "place",
        "occurred_at",
        "offenders",
        "quotes",
        "action_taken",
        "context_factors",
        "notified",
    )
    assert result.text.count(mark) == 7


def test_an_offender_known_only_by_fps_has_the_name_marked() -> None:
    result = draft_0875(draft_facts(offenders=(OffenderFact(fps="604417C", name=None),)))

    assert "- [not recorded] (FPS 604417C)" in result.text
    assert result.missing == ("offender_name",)


@pytest.mark.parametrize("document", ["0875", "log"])
def test_the_narrative_is_kept_verbatim_with_markup_and_emoji(document: str) -> None:
    narrative = "He said <b>bold</b> & [link](x) _under_ `code` 😠🔥 then left\n  second line *ok*"

    result = draft(draft_facts(document=document, narrative=narrative))

    assert narrative in result.text


def test_a_ten_thousand_character_narrative_is_kept_whole() -> None:
    narrative = ("Checked on him at the door; calm, talked about his sister's visit. " * 150)[
        :10_000
    ]

    result = draft_0875(draft_facts(narrative=narrative))

    assert narrative in result.text


def test_an_interaction_is_written_up_as_a_statement() -> None:
    assert "Statement:" in draft_0875(draft_facts(kind="interaction")).text.splitlines()
    assert "Observation:" in draft_0875(draft_facts(kind="observation")).text.splitlines()
    assert (
        "Déclaration\u00a0:"
        in draft_0875(draft_facts(kind="interaction", lang="fr")).text.splitlines()
    )


def test_times_are_shown_in_the_site_zone_on_a_24_hour_clock() -> None:
    late = datetime(2026, 11, 24, 4, 15, tzinfo=UTC)

    text = draft_0875(draft_facts(site_tz="America/Vancouver", occurred_at=late)).text

    assert "Date and time of event: 2026-11-23 20:15" in text
    assert "Time zone: America/Vancouver" in text
    assert "PM" not in text


def test_notifications_show_when_they_were_sent_or_that_they_are_pending() -> None:
    notified = (
        Notification("CM on duty: L. Bergeron", datetime(2026, 11, 23, 20, 1, tzinfo=UTC)),
        Notification("Security Intelligence", None),
    )

    en = draft_0875(draft_facts(notified=notified)).text
    fr = draft_0875(draft_facts(notified=notified, lang="fr")).text

    assert "- CM on duty: L. Bergeron, 2026-11-23 15:01" in en
    assert "- Security Intelligence, pending" in en
    assert "- Security Intelligence, en attente" in fr


def test_a_lowered_urgency_keeps_the_triage_suggestion_and_the_reason() -> None:
    facts = draft_facts(
        urgency="priority",
        urgency_suggested="immediate",
        urgency_reason="The object was a comb, checked on the spot.",
    )

    text = draft_0875(facts).text

    assert "Urgency: Priority" in text
    assert "Urgency suggested by triage: Immediate" in text
    assert "Reason for the change: The object was a comb, checked on the spot." in text


def test_a_lowered_urgency_without_a_reason_is_marked() -> None:
    result = draft_0875(draft_facts(urgency="routine", urgency_suggested="immediate"))

    assert "Reason for the change: [not recorded]" in result.text
    assert result.missing == ("urgency_reason",)


def test_an_unchanged_urgency_shows_no_suggestion() -> None:
    text = draft_0875(draft_facts(urgency_suggested="priority")).text

    assert "suggested" not in text


def test_an_amendment_shows_its_version_and_reason() -> None:
    facts = draft_facts(
        version=2, previous_reference_version=1, amendment_reason="Wrong range noted."
    )

    result = draft_0875(facts)

    assert result.title == "Statement/Observation Report R-2026-000123 (version 2)"
    assert "Reference: R-2026-000123, version 2" in result.text
    assert "Amends version: 1" in result.text
    assert "Reason for amendment: Wrong range noted." in result.text


def test_an_amendment_without_a_reason_is_marked() -> None:
    result = draft_0875(draft_facts(version=3, previous_reference_version=2))

    assert "Reason for amendment: [not recorded]" in result.text
    assert result.missing == ("amendment_reason",)


def test_a_log_entry_is_one_short_record_of_the_event() -> None:
    result = draft(draft_facts(document="log", quotes=(), action_taken=None))

    assert result.title == "Log book entry R-2026-000123 (version 1)"
    assert result.text.splitlines() == [
        "14:30 | Unit 2 east range | OKAFOR, Daniel (FPS 604417C)",
        "Watched him pass a folded paper to the cleaner twice during count.",
        "Officer: P. Gagnon | R-2026-000123, version 1",
    ]
    assert result.missing == ()


def test_a_log_entry_lowered_by_the_officer_carries_the_suggestion_and_the_reason() -> None:
    facts = draft_facts(
        document="log",
        urgency="routine",
        urgency_suggested="priority",
        urgency_reason="His canteen list, I read it.",
    )

    lines = draft(facts).text.splitlines()

    assert "Urgency suggested by triage: Priority" in lines
    assert "Reason for the change: His canteen list, I read it." in lines


def test_a_log_entry_for_an_earlier_day_carries_the_date() -> None:
    yesterday = datetime(2026, 11, 22, 23, 5, tzinfo=UTC)

    text = draft_log_entry(draft_facts(document="log", occurred_at=yesterday)).text

    assert text.startswith("2026-11-22 18:05 | ")


def test_a_log_entry_uses_the_site_day_not_the_utc_day() -> None:
    evening = datetime(2026, 11, 24, 3, 40, tzinfo=UTC)
    written = datetime(2026, 11, 24, 4, 10, tzinfo=UTC)

    text = draft_log_entry(
        draft_facts(document="log", occurred_at=evening, written_at=written)
    ).text

    assert text.startswith("22:40 | ")


def test_a_log_entry_in_french_marks_what_is_missing() -> None:
    facts = draft_facts(document="log", lang="fr", place=None, occurred_at=None, offenders=())

    result = draft(facts)

    assert result.title == "Entrée au registre R-2026-000123 (version 1)"
    assert result.text.splitlines()[0] == "[non consigné] | [non consigné] | [non consigné]"
    assert result.missing == ("place", "occurred_at", "offenders")


def test_a_log_entry_keeps_quotes_and_action_when_given() -> None:
    text = draft_log_entry(draft_facts(document="log")).text

    assert "What was said: “It's just a letter for my cousin”" in text
    assert "Action taken: Informed the CM and noted the cleaner's cell." in text


def test_a_stored_utc_time_without_zone_is_read_as_utc() -> None:
    naive = datetime(2026, 11, 23, 19, 30)

    text = draft_0875(draft_facts(occurred_at=naive)).text

    assert "Date and time of event: 2026-11-23 14:30" in text


def test_unknown_keys_are_shown_as_given_rather_than_dropped() -> None:
    text = draft_0875(draft_facts(officer_role="chaplain", context_factors=("faith",))).text

    assert "Reporting officer: P. Gagnon, chaplain" in text
    assert "Context factors: faith" in text


def test_both_languages_have_the_same_draft_strings_and_placeholders() -> None:
    en = {k: v for k, v in catalog("en").items() if k.startswith("draft.")}
    fr = {k: v for k, v in catalog("fr").items() if k.startswith("draft.")}

    assert en.keys() == fr.keys()
    for key, template in en.items():
        assert placeholders(template) == placeholders(fr[key]), key
