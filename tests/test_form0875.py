"""The 0875 as a PDF document: it opens, it reads like the form, and nothing typed breaks it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from bot.capture.form0875 import render_0875_pdf
from tests.facts import draft_facts


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _body(pdf: bytes) -> str:
    """The text of all pages without the header and footer lines that repeat on every page."""
    return "\n".join(
        line
        for page in _pages(pdf)
        for line in page.splitlines()
        if "PROTECTED B" not in line and not line.startswith("CSC/SCC 0875")
    )


def _squashed(text: str) -> str:
    """Text without whitespace: the PDF wraps lines where the chat does not."""
    return "".join(text.split())


def test_the_pdf_opens_and_holds_the_reference_offender_and_narrative() -> None:
    facts = draft_facts()

    pdf = render_0875_pdf(facts)

    assert pdf.startswith(b"%PDF")
    text = "\n".join(_pages(pdf))
    assert "R-2026-000123" in text
    assert "604417C" in text
    assert "OKAFOR, Daniel" in text
    assert _squashed(facts.narrative) in _squashed(text)
    assert "Statement/Observation Report / Rapport d'observation ou déclaration" in text
    assert "2026-11-23 14:30" in text  # 19:30 UTC in the site's zone, Toronto


def test_the_form_ticks_statement_for_an_interaction() -> None:
    text = _pages(render_0875_pdf(draft_facts(kind="interaction")))[0]

    assert "☒ Statement" in text
    assert "☐ Observation" in text


def test_every_page_is_marked_protected_b_and_numbered() -> None:
    long = ("Spoke with him at the servery about the new kitchen job; he was keen. " * 140)[
        :10_000
    ]

    pages = _pages(render_0875_pdf(draft_facts(narrative=long)))

    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.count("PROTECTED B / PROTÉGÉ B") == 2
        assert f"Page {number} of {len(pages)}" in text


def test_a_ten_thousand_character_narrative_runs_over_pages_without_loss() -> None:
    long = ("Spoke with him at the servery about the new kitchen job; he was keen. " * 140)[
        :10_000
    ]

    body = _body(render_0875_pdf(draft_facts(narrative=long)))

    assert _squashed(long) in _squashed(body)


def test_markup_and_emoji_neither_crash_nor_hide_the_rest_of_the_text() -> None:
    narrative = "He wrote <script>x</script> & **loud** _words_ [here](y) 🔥👍🏽 on the card"

    text = "\n".join(_pages(render_0875_pdf(draft_facts(narrative=narrative))))

    assert "<script>x</script> & **loud** _words_ [here](y) \ufffd on the card" in text


def test_the_french_form_uses_french_labels() -> None:
    text = "\n".join(_pages(render_0875_pdf(draft_facts(lang="fr", kind="observation"))))

    assert "Unité/lieu" in text
    assert "Numéro SED" in text
    assert "☒ Observation" in text
    assert "Examen par la supervision" in text
    assert "Page 1 de 1" in text


@pytest.mark.parametrize(("lang", "mark"), [("en", "[not recorded]"), ("fr", "[non consigné]")])
def test_missing_facts_are_marked_on_the_form(lang: str, mark: str) -> None:
    facts = draft_facts(lang=lang, place=None, occurred_at=None, offenders=(), notified=())

    text = "\n".join(_pages(render_0875_pdf(facts)))

    assert text.count(mark) >= 4


def test_an_amended_form_shows_the_version_and_reason() -> None:
    facts = draft_facts(
        version=2, previous_reference_version=1, amendment_reason="Wrong FPS typed."
    )

    text = "\n".join(_pages(render_0875_pdf(facts)))

    assert "Amends version" in text
    assert "Wrong FPS typed." in text


def test_the_same_record_always_gives_the_same_file() -> None:
    assert render_0875_pdf(draft_facts()) == render_0875_pdf(draft_facts())


def test_a_very_long_place_does_not_break_the_grid() -> None:
    place = "Range " + "B" * 4_000

    body = _body(render_0875_pdf(draft_facts(place=place)))

    assert _squashed(place) in _squashed(body)


def test_the_form_embeds_the_projects_own_font_and_draws_french_in_it() -> None:
    """The font ships with the project (bot/fonts, with its licence), so accents and French
    spacing draw the same on a machine without matplotlib's data or system fonts."""
    pdf = render_0875_pdf(
        draft_facts(lang="fr", narrative="Élève très agité à l'école; « ça suffit »")
    )

    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in name for name in fonts)
    text = "\n".join(_pages(pdf))
    assert "Élève très agité" in text and "\ufffd" not in text
    shipped = Path(__file__).parents[1] / "bot" / "fonts"
    assert {p.name for p in shipped.iterdir()} >= {
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "LICENSE",
    }
