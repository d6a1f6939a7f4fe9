"""Capture conversations, driven through the sandbox as an officer would."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from pypdf import PdfReader

from bot.capture.continuation import LEFT_AFTER, SPLIT_GAP
from bot.people.directory import import_roster
from sandbox.client import SandboxClient, button_texts
from tests.world import ROSTER, World, text_update

SHANK = "482913K 4B range 20 min ago hiding something in his waistband, looked like a shank"
REFERENCE = re.compile(r"R-\d{4}-\d{6}")


async def test_a_complete_message_takes_one_message_and_one_tap(world: World) -> None:
    officer = await world.officer()
    await officer.send(SHANK)
    card = await officer.next_message()
    assert "Here is what I understood" in card["text"]
    assert "482913K" in card["text"] and "BOUCHARD" in card["text"]
    assert "4B range" in card["text"]
    assert "IMMEDIATE" in card["text"]
    assert "shank" in card["text"].lower()
    assert button_texts(card)[:4] == ["✅ Submit", "✏️ Edit", "⚠️ Change urgency", "✖️ Cancel"]

    await officer.tap("✅ Submit")
    record = await officer.next_message()
    assert "Submitted" in record["text"]
    assert REFERENCE.search(record["text"])
    assert "Statement/Observation Report" in record["text"]
    [entry] = await world.entries()
    assert entry.status == "submitted" and entry.urgency == "immediate"
    assert entry.reference == REFERENCE.search(record["text"]).group(0)
    assert entry.text == SHANK


async def test_missing_place_and_time_are_asked_one_at_a_time(world: World) -> None:
    officer = await world.officer()
    await officer.send("Bouchard was yelling at staff about his canteen order")
    where = await officer.next_message()
    assert "Where did it happen" in where["text"]
    await officer.send("kitchen servery")
    when = await officer.next_message()
    assert "When did it happen" in when["text"]
    assert "Just now" in button_texts(when)
    await officer.tap("Just now")
    card = await officer.next_message()
    assert "kitchen servery" in card["text"]
    assert "BOUCHARD, Marc (482913K)" in card["text"]
    [entry] = await world.entries()
    assert entry.place == "kitchen servery" and entry.occurred_at is not None


async def test_an_unreadable_time_is_asked_again_politely(world: World) -> None:
    officer = await world.officer()
    await officer.send("517204C in the gym lifting weights with the other guys, good mood")
    question = await officer.next_message()
    assert "When did it happen" in question["text"]
    await officer.send("banana")
    again = await officer.next_message()
    assert "could not read a time" in again["text"]
    await officer.send("at 9:15")
    card = await officer.next_message()
    assert ":15" in card["text"]


async def test_an_ambiguous_surname_offers_the_roster_candidates(world: World) -> None:
    officer = await world.officer()
    await officer.send("Tremblay in cell 2A-07 just now refused his meal tray, calm")
    which = await officer.next_message()
    assert "Which one" in which["text"]
    labels = button_texts(which)
    assert any("398221B" in label for label in labels)
    assert any("398222C" in label for label in labels)
    await officer.tap(next(label for label in labels if "398222C" in label))
    card = await officer.next_message()
    assert "TREMBLAY, Kevin (398222C)" in card["text"]


async def test_none_of_the_candidates_keeps_the_name_as_typed(world: World) -> None:
    officer = await world.officer()
    await officer.send("Tremblay in cell 2A-07 just now refused his meal tray, calm")
    which = await officer.next_message()
    assert button_texts(which)[-2:] == ["None of these (keep the name as typed)", "✖️ Cancel"]
    await officer.tap("None of these (keep the name as typed)")
    card = await officer.next_message()
    assert "Tremblay ⚠️ not on the roster" in card["text"]
    assert "398221B" not in card["text"] and "398222C" not in card["text"]


async def test_an_fps_number_typed_instead_of_a_tap_settles_the_name(world: World) -> None:
    officer = await world.officer()
    await officer.send("Tremblay and 517204C in the gym at 1400, pushing match, both calm now")
    which = await officer.next_message()
    assert "type their FPS number" in which["text"]
    await officer.send("the tall one")
    again = await officer.next_message()
    assert "found no FPS number" in again["text"]
    await officer.send("398222C")
    card = await officer.next_message()
    assert "TREMBLAY, Kevin (398222C)" in card["text"]
    assert "WHITEHORSE, Daniel (517204C)" in card["text"]


async def test_an_unknown_fps_number_is_kept_with_a_warning(world: World) -> None:
    officer = await world.officer()
    await officer.send("777777Z on the yard at 1430 arguing loudly with another inmate")
    card = await officer.next_message()
    assert "777777Z" in card["text"] and "not on the roster" in card["text"]


async def test_guided_capture_walks_every_question(world: World) -> None:
    officer = await world.officer()
    await officer.send("/observe")
    assert "What kind of entry" in (await officer.next_message())["text"]
    await officer.tap("Interaction (I spoke with them)")
    assert "Who was involved" in (await officer.next_message())["text"]
    await officer.send("482913K")
    assert "When did it happen" in (await officer.next_message())["text"]
    await officer.tap("Just now")
    assert "Where did it happen" in (await officer.next_message())["text"]
    await officer.send("visits area")
    assert "What happened" in (await officer.next_message())["text"]
    await officer.send("He asked me where I live and whether I have kids")
    assert "What was said" in (await officer.next_message())["text"]
    await officer.send("you must have a nice house, where is it")
    assert "What action" in (await officer.next_message())["text"]
    await officer.tap("Skip")
    factors = await officer.next_message()
    assert "context" in factors["text"]
    await officer.tap("Mental health")

    async def ticked() -> bool:
        current = await officer.message(factors["message_id"])
        return "✅ Mental health" in button_texts(current)

    assert await world.eventually(ticked)
    await officer.tap("Done")
    card = await officer.next_message()
    assert "Priority" in card["text"]
    assert "Security Intelligence" in card["text"]
    [entry] = await world.entries()
    assert entry.kind == "interaction"
    assert entry.quotes == ["you must have a nice house, where is it"]
    assert entry.context_factors == ["mental_health"]
    assert entry.action_taken is None


async def test_each_tapped_answer_stays_under_its_question(world: World) -> None:
    officer = await world.officer()
    await officer.send("/observe")
    kind = await officer.next_message()
    await officer.tap("Observation")
    await officer.next_message()
    await officer.send("482913K")
    when = await officer.next_message()
    await officer.tap("Just now")
    await officer.next_message()
    await officer.send("visits area")
    await officer.next_message()
    await officer.send("He paced by the window for an hour, calm when spoken to")
    quotes = await officer.next_message()
    await officer.tap("Skip")

    async def answered(question: dict[str, Any], chosen: str) -> bool:
        now = await officer.message(question["message_id"])
        return now["text"] == f"{question['text']}\n→ {chosen}" and not button_texts(now)

    assert await world.eventually(lambda: answered(kind, "Observation"))
    assert await world.eventually(lambda: answered(when, "Just now"))
    assert await world.eventually(lambda: answered(quotes, "Skipped"))


async def test_french_capture_speaks_french(world: World) -> None:
    officer = await world.officer("Chloé Lavoie", lang="fr")
    await officer.send("482913K rangée 4B il y a 10 minutes, il dit qu'il va se pendre ce soir")
    card = await officer.next_message()
    assert "Voici ce que j'ai compris" in card["text"]
    assert "IMMÉDIATE" in card["text"]
    await officer.tap("✅ Soumettre")
    record = await officer.next_message()
    assert "Soumis" in record["text"]
    assert "Rapport d'observation" in record["text"]


async def test_raising_urgency_needs_no_reason(world: World) -> None:
    officer = await world.officer()
    await officer.send("517204C on the range at 1400 playing cards with his cellie, laughing")
    card = await officer.next_message()
    assert "Routine" in card["text"]
    await officer.tap("⚠️ Change urgency")
    await officer.next_message()
    await officer.tap("Priority")
    raised = await officer.next_message()
    assert "Urgency: <b>Priority</b>" in raised["text"] or "Priority" in raised["text"]
    assert "Suggested by the assistant: Routine" in raised["text"]
    [entry] = await world.entries()
    assert entry.urgency == "priority" and entry.urgency_suggested == "routine"


async def test_lowering_an_immediate_entry_asks_why_and_keeps_the_reason(world: World) -> None:
    officer = await world.officer()
    await officer.send(SHANK)
    await officer.next_message()
    await officer.tap("⚠️ Change urgency")
    await officer.next_message()
    await officer.tap("Routine")
    why = await officer.next_message()
    assert "needs a reason" in why["text"]
    await officer.send("It was a comb, checked with a second officer")
    card = await officer.next_message()
    assert "Suggested by the assistant: IMMEDIATE" in card["text"]
    await officer.tap("✅ Submit")
    await officer.next_message()
    [entry] = await world.entries()
    assert entry.urgency == "routine" and entry.urgency_suggested == "immediate"
    assert entry.urgency_reason == "It was a comb, checked with a second officer"
    assert entry.document == "log"


async def test_every_lowering_asks_why_and_the_record_keeps_each_reason(world: World) -> None:
    officer = await world.officer()
    await officer.send(SHANK)
    await officer.next_message()
    await officer.tap("⚠️ Change urgency")
    await officer.next_message()
    await officer.tap("Priority")
    assert "needs a reason" in (await officer.next_message())["text"]
    await officer.send("He handed it over at once, it was a comb")
    card = await officer.next_message()
    assert "Urgency: Priority" in card["text"]
    await officer.tap("⚠️ Change urgency", message=card)
    await officer.next_message()
    await officer.tap("Routine")
    assert "needs a reason" in (await officer.next_message())["text"]
    await officer.send("Checked with a second officer, nothing to follow up")
    card = await officer.next_message()
    assert "Urgency: Routine" in card["text"]
    [entry] = await world.entries()
    assert entry.urgency == "routine"
    assert entry.urgency_reason == (
        "He handed it over at once, it was a comb\n"
        "Checked with a second officer, nothing to follow up"
    )


async def test_lowering_priority_to_routine_asks_why(world: World) -> None:
    officer = await world.officer()
    await officer.send("482913K 4B range at 1300 he asked me where I live and whether I have kids")
    card = await officer.next_message()
    assert "Urgency: Priority" in card["text"]
    await officer.tap("⚠️ Change urgency")
    await officer.next_message()
    await officer.tap("Routine")
    assert "needs a reason" in (await officer.next_message())["text"]
    await officer.send("He asks everyone that, it is small talk")
    await officer.next_message()
    await officer.tap("✅ Submit")
    record = await officer.next_message()
    assert "He asks everyone that, it is small talk" in record["text"]
    [entry] = await world.entries()
    assert (entry.urgency, entry.urgency_suggested) == ("routine", "priority")
    assert entry.urgency_reason == "He asks everyone that, it is small talk"


async def test_an_amendment_is_a_new_version_and_the_old_one_stays(world: World) -> None:
    officer = await world.officer()
    await officer.send("482913K at 1300 in the yard handed another inmate a folded note")
    await officer.next_message()
    await officer.tap("✅ Submit")
    reference = REFERENCE.search((await officer.next_message())["text"]).group(0)
    await officer.send(f"/amend {reference}")
    assert "Why are you amending" in (await officer.next_message())["text"]
    await officer.send("Wrong time: it was 1330")
    card = await officer.next_message()
    await officer.tap("✏️ Edit", message=card)
    await officer.next_message()
    await officer.tap("When")
    await officer.next_message()
    await officer.send("1330")
    await officer.next_message()
    await officer.tap("✅ Submit")
    amended = await officer.next_message()
    assert f"{reference} (version 2)" in amended["text"]
    await officer.send(f"/show {reference} v1")
    first = await officer.next_message()
    assert "version 1" in first["text"] and "13:00" in first["text"]
    versions = [e for e in await world.entries() if e.reference == reference]
    assert [(e.version, e.status) for e in versions] == [(1, "submitted"), (2, "submitted")]
    assert versions[1].previous_id == versions[0].id
    assert versions[1].amendment_reason == "Wrong time: it was 1330"


async def test_the_0875_pdf_opens_and_holds_the_reference(world: World, tmp_path) -> None:
    officer = await world.officer()
    await officer.send("482913K 4B range at 1415 said his cellie is taxing him for canteen")
    await officer.next_message()
    await officer.tap("✅ Submit")
    record = await officer.next_message()
    reference = REFERENCE.search(record["text"]).group(0)
    await officer.tap("📄 0875 as PDF")
    document = await officer.next_message()
    content = await officer.download(document)
    assert content.startswith(b"%PDF")
    path = tmp_path / "r.pdf"
    path.write_bytes(content)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert reference in text and "482913K" in text


async def test_a_repeated_update_changes_nothing(world: World) -> None:
    officer = await world.officer()
    payload = text_update(officer, 900_001, 900, "517204C at 1000 in the library reading quietly")
    await world.receive(payload)
    card = await officer.next_message()
    assert "library" in card["text"]
    await world.receive(payload)
    await world.settle(0.3)
    assert len(await world.entries()) == 1
    assert (await officer.messages())[-1]["message_id"] == card["message_id"]


async def test_a_reused_update_id_for_a_new_message_is_not_a_repeat(world: World) -> None:
    """Telegram picks a random next id after a quiet week, and a restarted Bot API server starts
    again from 1: an id seen before, carrying another message, is new work."""
    officer = await world.officer()

    def update(message_id: int, text: str) -> dict[str, Any]:
        return text_update(officer, 900_002, message_id, text)

    first = "517204C at 1000 in the library reading quietly"
    await world.receive(update(901, first))
    assert "library" in (await officer.next_message())["text"]
    await officer.send("/cancel")
    await officer.next_message()
    second = "398221B at 1100 in the chapel talking calmly with the chaplain"
    await world.receive(update(7, second))
    assert "chapel" in (await officer.next_message())["text"]
    assert [entry.text for entry in await world.entries()] == [first, second]


async def test_a_nul_character_is_stored_as_a_replacement_mark(world: World) -> None:
    """PostgreSQL refuses NUL in text: the message must still be stored and answered."""
    officer = await world.officer()
    await officer.send("517204C at 1000 in the library\x00 reading quietly")
    assert "library" in (await officer.next_message())["text"]
    [entry] = await world.entries()
    assert entry.text == "517204C at 1000 in the library\ufffd reading quietly"


async def test_an_edited_message_updates_the_entry_before_submit(world: World) -> None:
    officer = await world.officer()
    sent = await officer.send("517204C at 1000 in the gym, lifting with friends")
    await officer.next_message()
    await officer.edit(sent, "517204C at 1000 in the chapel, talking with the chaplain")
    updated = await officer.next_message()
    assert "Updated from your edited message" in updated["text"]
    [entry] = await world.entries()
    assert "chaplain" in entry.text


async def test_a_cancelled_entry_is_found_again_with_drafts_and_taken_up(world: World) -> None:
    officer = await world.officer()
    await officer.send("Bouchard looked upset")
    await officer.next_message()
    await officer.send("/cancel")
    cancelled = await officer.next_message()
    assert "Cancelled" in cancelled["text"] and "/drafts" in cancelled["text"]
    await officer.send("517204C at 1000 in the library reading quietly")
    await officer.next_message()  # its card, left unfinished

    await officer.send("/drafts")
    listing = await officer.next_message()
    assert "1. " in listing["text"] and "unfinished" in listing["text"]
    assert "2. " in listing["text"] and "cancelled · Bouchard looked upset" in listing["text"]
    await officer.tap("↩️ 2. Bouchard looked upset")
    where = await officer.next_message()
    assert "Taken up again" in where["text"] and "Where did it happen" in where["text"]
    await officer.send("kitchen servery")
    await officer.next_message()
    await officer.tap("Just now")
    card = await officer.next_message()
    assert "kitchen servery" in card["text"]
    await officer.tap("✅ Submit", message=card)
    assert "Submitted" in (await officer.next_message())["text"]
    first, second = await world.entries()
    assert (first.status, first.text) == ("submitted", "Bouchard looked upset")
    assert second.status == "draft"


async def test_drafts_with_nothing_set_aside_says_so(world: World) -> None:
    officer = await world.officer()
    await officer.send("/drafts")
    assert "no unfinished or cancelled entries" in (await officer.next_message())["text"]


LONG_DAY = (
    "517204C at 1400, calm all afternoon. "
    + (
        "He talked at length about his appeal, his lawyer and the letters he has been writing. "
        * 42
    )[:3_600]
)


async def test_the_rest_of_a_message_telegram_cut_in_two_joins_the_narrative(
    world: World,
) -> None:
    officer = await world.officer()
    rest = "then read quietly in the library"  # reads like a place, yet it is the rest
    await officer.send(LONG_DAY)
    await officer.send(rest)  # Telegram sends the rest a moment later
    where = await officer.next_message()
    assert "Where did it happen" in where["text"]
    joined = await officer.next_message()
    assert "Added to what happened" in joined["text"]
    [entry] = await world.entries()
    assert entry.text == f"{LONG_DAY}\n{rest}" and entry.place == "library"


async def test_an_answer_after_a_long_message_is_still_an_answer(
    world: World, client: SandboxClient
) -> None:
    officer = await world.officer()
    await officer.send(LONG_DAY)
    assert "Where did it happen" in (await officer.next_message())["text"]
    await client.advance_clock(SPLIT_GAP.total_seconds() + 1)  # the officer reads, then types
    await officer.send("4B range")
    await officer.next_message()
    [entry] = await world.entries()
    assert entry.place == "4B range" and entry.text == LONG_DAY


async def test_a_note_sent_while_a_short_question_waits_is_not_taken_as_the_answer(
    world: World,
) -> None:
    officer = await world.officer()
    await officer.send("Bouchard was yelling at staff about his canteen order")
    where = await officer.next_message()
    assert "Where did it happen" in where["text"]
    await officer.send("he now says he has a shank in his cell")
    again = await officer.next_message()
    assert "Added to what happened" in again["text"]
    [entry] = await world.entries()
    assert entry.place != "he now says he has a shank in his cell"
    assert entry.text.endswith("\nhe now says he has a shank in his cell")
    assert entry.urgency == "immediate"


async def test_a_note_sent_long_after_a_question_was_left_is_an_entry_of_its_own(
    world: World, client: SandboxClient
) -> None:
    officer = await world.officer()
    await officer.send("Bouchard was yelling at staff about his canteen order")
    assert "Where did it happen" in (await officer.next_message())["text"]
    await client.advance_clock((LEFT_AFTER + timedelta(minutes=1)).total_seconds())
    await officer.send("517204C has a shank in his cell 4B-03 right now")
    card = await officer.next_message()
    assert "IMMEDIATE" in card["text"] and "Added to what happened" not in card["text"]
    left, urgent = await world.entries()
    assert (left.status, left.awaiting, left.text) == (
        "draft",
        "where",
        "Bouchard was yelling at staff about his canteen order",
    )
    assert urgent.text == "517204C has a shank in his cell 4B-03 right now"


async def test_photos_and_stickers_get_a_polite_answer(world: World) -> None:
    officer = await world.officer()
    await officer.send_photo()
    assert "only take text" in (await officer.next_message())["text"]
    await officer.send_sticker()
    assert "only take text" in (await officer.next_message())["text"]


async def test_markup_characters_are_shown_exactly_as_typed(world: World) -> None:
    officer = await world.officer()
    typed = "482913K at 1200 in cell 4B-12 wrote <b>kill</b> & *stars* _x_ on the wall"
    await officer.send(typed)
    card = await officer.next_message()
    assert "<b>kill</b> & *stars* _x_" in card["text"]


async def test_a_very_long_entry_is_split_into_messages_telegram_accepts(world: World) -> None:
    officer = await world.officer()
    narrative = "482913K at 1100 on 4B range. " + "He kept talking about his appeal. " * 120
    await officer.send(narrative[:4000])
    await officer.next_message()
    await officer.tap("✅ Submit")
    chunks = [await officer.next_message()]
    while not button_texts(chunks[-1]):
        chunks.append(await officer.next_message())
    assert "Submitted" in chunks[0]["text"]
    assert len(chunks) > 1 and all(len(chunk["text"]) <= 4096 for chunk in chunks)
    assert "✍️ Sign off" in button_texts(chunks[-1])


async def test_a_roster_reimport_that_only_updates_names_is_seen_at_once(world: World) -> None:
    """A corrected surname keeps the roster's size: the card must still show the new one."""
    officer = await world.officer()
    await officer.send("517204C at 1000 in the library reading quietly")
    assert "WHITEHORSE" in (await officer.next_message())["text"]
    await officer.send("/cancel")
    await officer.next_message()
    async with world.sessions.begin() as session:
        corrected = ROSTER.replace("Whitehorse,Daniel", "White-Horse,Daniel")
        await import_roster(session=session, site_code=world.site_code, text=corrected)
    await officer.send("517204C at 1100 in the chapel talking calmly with the chaplain")
    assert "WHITE-HORSE" in (await officer.next_message())["text"]


async def test_words_quoted_in_the_message_go_to_what_was_said_in_the_0875(world: World) -> None:
    officer = await world.officer()
    await officer.send(
        '517204C 4B range at 1300 he told me "you know where I can find your car" and smiled'
    )
    card = await officer.next_message()
    await officer.tap("✅ Submit", message=card)
    record = await officer.next_message()
    while "Submitted" not in record["text"]:
        record = await officer.next_message()
    said = record["text"].split("What was said", 1)[1]
    assert "you know where I can find your car" in said.split("\n\n")[0]
    [entry] = await world.entries()
    assert entry.quotes == ["you know where I can find your car"]


async def test_a_note_triage_cannot_place_asks_the_officer_and_one_tap_raises_it(
    world: World,
) -> None:
    officer = await world.officer()
    supervisor = await world.supervisor()
    # Under the second opinion's fifteen words: the rules alone read it, and place nothing.
    await officer.send("517204C 4B range at 1300 he was acting strange near the sally port")
    card = await officer.next_message()
    assert "routine" in card["text"].lower() and "Is anyone at risk right now?" in card["text"]
    assert button_texts(card)[0] == "🚨 Someone is at risk now"
    await officer.tap("🚨 Someone is at risk now", message=card)
    raised = await officer.next_message()
    while "IMMEDIATE" not in raised["text"]:
        raised = await officer.next_message()
    await officer.tap("✅ Submit", message=raised)
    alert = await world.messages_with(supervisor, "IMMEDIATE", "sally port")
    assert alert


async def test_a_routine_card_always_offers_the_one_tap_raise(world: World) -> None:
    officer = await world.officer()
    await officer.send("517204C at 1400 in the school he did well in his literacy class")
    card = await officer.next_message()
    assert "routine" in card["text"].lower() and "Is anyone at risk right now?" not in card["text"]
    assert "🚨 Someone is at risk now" in button_texts(card)
