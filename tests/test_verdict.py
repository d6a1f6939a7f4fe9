"""Verdicts and the ``rapport triage`` core: triage plus extraction, as JSON or a readable line."""

from __future__ import annotations

import io
import json
from datetime import datetime

from bot.people.roster import Roster, RosterRow
from bot.triage.verdict import run_triage_cli, verdict, verdict_json

NOW = datetime.fromisoformat("2026-03-12T10:30:00-04:00")
TZ = "America/Toronto"
KEYS = ["id", "lang", "urgency", "routes", "document", "reasons", "offenders", "location",
        "occurred_at", "unsure"]  # fmt: skip


def _roster() -> Roster:
    return Roster(
        [
            RosterRow("482913K", "Brisebois", "Marc", "4B", "4B-12", None, None),
            RosterRow("511207C", "Okonkwo", "Daniel", "2A", "2A-03", None, None),
        ]
    )


def _cli(lines: list[str], **flags: object) -> tuple[int, list[str]]:
    out = io.StringIO()
    options = {"jsonl": True, "now": NOW, "tz": TZ, "roster": None, **flags}
    status = run_triage_cli(lines, out, **options)  # type: ignore[arg-type]
    return status, out.getvalue().splitlines()


def test_verdict_json_has_exactly_the_cli_shape() -> None:
    found = verdict("FPS 482913K 20 min ago waving a shank on the range", now=NOW, tz=TZ)
    shown = verdict_json(found, id="a1")
    assert list(shown) == KEYS
    assert shown["id"] == "a1"
    assert shown["lang"] == "en"
    assert shown["urgency"] == "immediate"
    assert shown["routes"] == ["security_intelligence", "supervisor"]
    assert shown["document"] == "0875"
    assert "weapon: shank" in shown["reasons"]
    assert shown["offenders"] == ["482913K"]
    assert shown["occurred_at"] == "2026-03-12T10:10:00-04:00"


def test_a_surname_that_the_roster_resolves_counts_as_its_fps_number() -> None:
    found = verdict("Okonkwo helped the new guy settle in", now=NOW, tz=TZ, roster=_roster())
    assert verdict_json(found)["offenders"] == ["511207C"]


def test_a_french_observation_is_judged_and_explained_in_french() -> None:
    shown = verdict_json(verdict("le détenu a un couteau dans sa cellule", now=NOW, tz=TZ))
    assert shown["lang"] == "fr"
    assert "arme: couteau" in shown["reasons"]


def test_an_observation_without_a_time_has_null_time() -> None:
    shown = verdict_json(verdict("inm asked for a blanket", now=NOW, tz=TZ))
    assert shown["occurred_at"] is None
    assert shown["urgency"] == "routine" and shown["document"] == "log"


def test_the_cli_answers_each_jsonl_line_and_echoes_ids() -> None:
    status, out = _cli(
        [
            json.dumps({"id": 7, "text": "fight on 2A right now"}),
            json.dumps({"id": "x", "text": "le détenu a demandé une couverture", "lang": "fr"}),
        ]
    )
    first, second = (json.loads(line) for line in out)
    assert status == 0
    assert (first["id"], first["urgency"]) == (7, "immediate")
    assert (second["id"], second["lang"], second["urgency"]) == ("x", "fr", "routine")


def test_a_bad_line_gets_an_error_and_the_rest_still_run() -> None:
    status, out = _cli(
        [
            "this is not json",
            json.dumps({"id": 2}),
            json.dumps({"id": 3, "text": "ok", "tz": "Mars/Olympus"}),
            json.dumps({"id": 4, "text": "ok", "now": "yesterday-ish"}),
            json.dumps(["a", "list"]),
            json.dumps({"id": 6, "text": "ok", "tz": "America"}),
            json.dumps({"id": 7, "text": "quiet night on 1A"}),
        ]
    )
    rows = [json.loads(line) for line in out]
    assert status == 1
    assert [row.get("id") for row in rows] == [None, 2, 3, 4, None, 6, 7]
    assert all("error" in row for row in rows[:6])
    assert rows[6]["urgency"] == "routine"


def test_a_line_can_override_now_and_zone() -> None:
    line = {"text": "30 min ago he threw his tray", "now": "2026-01-05T08:00:00", "tz": "UTC"}
    _, out = _cli([json.dumps(line)])
    assert json.loads(out[0])["occurred_at"] == "2026-01-05T07:30:00+00:00"


def test_plain_text_gives_one_readable_line_per_observation() -> None:
    status, out = _cli(
        ["482913K 4B range hiding a shank", "", "inm asked for a blanket"], jsonl=False
    )
    assert status == 0
    assert len(out) == 2
    assert out[0].startswith("IMMEDIATE [security_intelligence, supervisor] 0875")
    assert "who: 482913K" in out[0] and "weapon: shank" in out[0]
    assert out[1].startswith("ROUTINE [-] log")


def test_without_now_the_cli_uses_the_current_time() -> None:
    _, out = _cli([json.dumps({"text": "10 min ago he refused lockup"})], now=None)
    moment = datetime.fromisoformat(json.loads(out[0])["occurred_at"])
    assert moment.utcoffset() is not None


def test_bad_text_still_gets_a_verdict_from_the_cli() -> None:
    lines = [json.dumps({"text": text}) for text in ["", "🔥🔥", "x" * 10_000, "12345"]]
    lines.append(json.dumps({"text": "\u200b\x00\x1b"}))
    status, out = _cli(lines)
    assert status == 0
    assert all(json.loads(line)["urgency"] in {"immediate", "priority", "routine"} for line in out)


def test_a_note_nothing_placed_is_marked_unsure_for_the_officer() -> None:
    found = verdict("heard banging and someone screaming near 4B, not sure what", now=NOW, tz=TZ)
    assert verdict_json(found)["unsure"] is True
    assert found.triage.unplaced


def test_a_recognised_routine_note_is_not_unsure() -> None:
    found = verdict("cell search of 4B-12, nothing found", now=NOW, tz=TZ)
    assert verdict_json(found)["unsure"] is False
