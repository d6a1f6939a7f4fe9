"""Triage and extraction quality on a labelled corpus, and throughput.

Usage:
    .venv/bin/python benchmarks/triage_quality.py /work/shared/corpus/observations-dev.jsonl
    .venv/bin/python benchmarks/triage_quality.py /work/shared/corpus/time-phrases-dev.jsonl

An observation corpus (``urgency`` and ``routes`` labels, ../shared/triage-policy.md) gives
immediate recall and precision, urgency accuracy overall and per language, per-route recall and
precision, under-triaged items, a confusion matrix and the misses. A time corpus (``occurred_at``
and ``tolerance_min``) gives the share within tolerance. Both end with throughput on one core,
the 99th-percentile time of one observation of about 1,000 characters, start-up time and the
growth of resident memory (issue targets: 300 obs/s, p99 20 ms, 3 s, 150 MB).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.triage import ROUTES, URGENCY_RANK, Urgency, triage  # noqa: E402
from bot.triage import warm_up as warm_up_triage  # noqa: E402
from bot.triage.extract import warm_up  # noqa: E402
from bot.triage.language import detect_language  # noqa: E402
from bot.triage.verdict import verdict  # noqa: E402
from bot.triage.when import parse_when  # noqa: E402

LEVELS = [u.value for u in sorted(Urgency, key=URGENCY_RANK.__getitem__, reverse=True)]
BENCH_NOW = datetime.fromisoformat("2026-03-12T10:30:00-04:00")
BENCH_TZ = "America/Toronto"
MIN_SECONDS = 2.0  # each round runs the corpus over and over for at least this long
LONG_CHARS = 1000  # the size of a long observation for the p99 figure
LONG_RUNS = 2000
# Start-up and memory are measured in a fresh interpreter: this one has already loaded everything.
_STARTUP = """
import resource, time, sys
from pathlib import Path
sys.path.insert(0, {root!r})
def rss():
    return int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()
before, t = rss(), time.perf_counter()
from datetime import datetime
from bot.triage.extract import warm_up
from bot.triage import warm_up as warm_triage
from bot.triage.verdict import verdict
warm_up(); warm_triage(kept_in=Path({kept!r}))
ready = time.perf_counter() - t
now = datetime.fromisoformat('2026-03-12T10:30:00-04:00')
for text in {texts!r} * 20:
    verdict(text, now=now, tz='America/Toronto')
print(ready, (rss() - before) / 2**20)
"""


def ratio(hit: int, total: int) -> str:
    """A share as "0.953 (41/43)", or "n/a" when there is nothing to count."""
    return f"{hit / total:.3f} ({hit}/{total})" if total else "n/a"


def observations(items: list[dict[str, Any]]) -> None:
    """Print the urgency and route figures, the confusion matrix and the misses."""
    got = [triage(item["text"]) for item in items]
    confusion: Counter[tuple[str, str]] = Counter()
    for item, result in zip(items, got, strict=True):
        confusion[(item["urgency"], result.urgency.value)] += 1
    labelled_imm = sum(1 for i in items if i["urgency"] == "immediate")
    predicted_imm = sum(1 for g in got if g.urgency is Urgency.IMMEDIATE)
    print(f"observations: {len(items)}")
    print(f"immediate recall:    {ratio(confusion[('immediate', 'immediate')], labelled_imm)}")
    print(f"immediate precision: {ratio(confusion[('immediate', 'immediate')], predicted_imm)}")
    correct = sum(confusion[(level, level)] for level in LEVELS)
    print(f"urgency accuracy:    {ratio(correct, len(items))}")
    for lang in sorted({item["lang"] for item in items}):
        pairs = [(i, g) for i, g in zip(items, got, strict=True) if i["lang"] == lang]
        right = sum(1 for i, g in pairs if i["urgency"] == g.urgency.value)
        print(f"  {lang}: {ratio(right, len(pairs))}")
    detected = sum(1 for i in items if detect_language(i["text"]) == i["lang"])
    print(f"language detected:   {ratio(detected, len(items))}")
    exact = sum(1 for i, g in zip(items, got, strict=True) if list(g.routes) == i["routes"])
    print(f"routes exactly right: {ratio(exact, len(items))}")
    print("route                    recall              precision")
    for route in ROUTES:
        labelled = [route in i["routes"] for i in items]
        predicted = [route in g.routes for g in got]
        both = sum(1 for a, b in zip(labelled, predicted, strict=True) if a and b)
        print(f"  {route:<23}{ratio(both, sum(labelled)):<20}{ratio(both, sum(predicted))}")
    under = [
        (i, g)
        for i, g in zip(items, got, strict=True)
        if i["urgency"] != "routine" and g.urgency is Urgency.ROUTINE
    ]
    under_imm = sum(1 for i, _ in under if i["urgency"] == "immediate")
    print(f"under-triaged (labelled immediate/priority, got routine): {len(under)}")
    print(f"under-triaged immediate: {under_imm}")
    print("confusion (rows: labelled, columns: predicted)")
    print(" " * 12 + "".join(f"{level:>11}" for level in LEVELS))
    for level in LEVELS:
        print(f"{level:<12}" + "".join(f"{confusion[(level, p)]:>11}" for p in LEVELS))
    print("misses (id, expected, got, reasons)")
    for item, result in zip(items, got, strict=True):
        expected = (item["urgency"], item["routes"])
        if expected != (result.urgency.value, list(result.routes)):
            print(
                f"  {item['id']} expected {item['urgency']} {item['routes']} "
                f"got {result.urgency.value} {list(result.routes)} {list(result.reasons)}"
            )
    throughput([(item["text"], BENCH_NOW, BENCH_TZ) for item in items], "triage+extraction")


def wrong_half(got: datetime, expected: datetime, tolerance_min: float) -> bool:
    """Whether an answer is twelve hours off, give or take days: the right clock on the wrong
    half of the day ("at 3 in the morning" read as 15:00), the worst misreading on a record."""
    hours = (got - expected).total_seconds() / 3600 % 24
    return abs(hours - 12) <= tolerance_min / 60


def times(items: list[dict[str, Any]]) -> None:
    """Print the share of time phrases resolved within tolerance, the answers on the wrong half
    of the day, and the misses."""
    within = halves = 0
    cases = []
    for item in items:
        now = datetime.fromisoformat(item["now"])
        got = parse_when(item["text"], now=now, tz=item["tz"])
        expected = item["occurred_at"] and datetime.fromisoformat(item["occurred_at"])
        if expected is None or got is None:
            ok = expected is None and got is None
        else:
            ok = abs((got - expected).total_seconds()) <= item["tolerance_min"] * 60
            halves += not ok and wrong_half(got, expected, item["tolerance_min"])
        within += ok
        if not ok:
            print(
                f"  miss {item['id']}: expected {item['occurred_at']} got {got} ({item['text']})"
            )
        cases.append((item["text"], now, item["tz"]))
    print(f"time phrases: {len(items)}")
    print(f"within tolerance: {ratio(within, len(items))}")
    print(f"wrong half of the day: {halves}")
    throughput(cases, "triage+extraction")


def throughput(cases: list[tuple[str, datetime, str]], what: str) -> None:
    """Observations per second for triage plus extraction on one core, after warm-up.

    Wall-clock time counts whatever else the machine runs; the process's CPU time is what one
    core spends on this work alone, so both are printed (the best of three rounds).
    """
    warm_up()
    warm_up_triage()
    for text, now, tz in cases:
        verdict(text, now=now, tz=tz)
    best_wall = best_cpu = 0.0
    for _ in range(3):
        done = 0
        wall, cpu = time.perf_counter(), time.process_time()
        while time.perf_counter() - wall < MIN_SECONDS:
            for text, now, tz in cases:
                verdict(text, now=now, tz=tz)
            done += len(cases)
        best_wall = max(best_wall, done / (time.perf_counter() - wall))
        best_cpu = max(best_cpu, done / (time.process_time() - cpu))
    print(
        f"throughput ({what}): {best_wall:,.0f} observations/s wall-clock, "
        f"{best_cpu:,.0f} observations/s of CPU time on one core"
    )
    long_texts = _long_texts([text for text, _, _ in cases])
    now, tz = cases[0][1], cases[0][2]
    spent = []
    for i in range(LONG_RUNS):
        text = long_texts[i % len(long_texts)]
        start = time.perf_counter()
        verdict(text, now=now, tz=tz)
        spent.append(time.perf_counter() - start)
    spent.sort()
    p99 = spent[int(len(spent) * 0.99)] * 1000
    print(f"p99 for an observation of ~{LONG_CHARS} characters: {p99:.1f} ms")
    # As the bot starts: the first start trains the second opinion and keeps it, a restart loads
    # it (bot.triage.learned.stored).
    with tempfile.TemporaryDirectory() as kept:
        texts = [text for text, _, _ in cases][:200]
        script = _STARTUP.format(root=str(ROOT), texts=texts, kept=kept)
        for start in ("first start (trains the model, keeps it)", "restart (loads the model)"):
            ready, growth = subprocess.run(
                [sys.executable, "-c", script], capture_output=True, text=True, check=True
            ).stdout.split()
            print(
                f"{start}: start-up {float(ready):.2f} s, resident memory growth (start-up and"
                f" 20 passes) {float(growth):.0f} MB"
            )


def _long_texts(texts: list[str]) -> list[str]:
    """Observations of about LONG_CHARS characters, each sentences of the corpus run together."""
    longs, current = [], ""
    for text in texts * (1 + LONG_CHARS * 20 // max(1, sum(map(len, texts)))):
        current = f"{current} {text}".strip()
        if len(current) >= LONG_CHARS:
            longs.append(current[:LONG_CHARS])
            current = ""
    return longs or [current]


def main(argv: list[str]) -> int:
    """Read a corpus and print its figures."""
    if len(argv) != 2:
        print(__doc__)
        return 2
    lines = Path(argv[1]).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    if items and "urgency" in items[0]:
        observations(items)
    else:
        times(items)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
