"""The running bot's Prometheus metrics, on a registry of its own (docs/monitoring.md).

Each application owns one ``Metrics`` (made with it, reached through ``Services``), never
prometheus_client's process-wide default registry: the tests run many bots in one process, and
a metric registered twice there is an error, or worse, a sum of several bots. Counters move where
the thing happens (the inbox, the Bot API client, the workers, the alert taps); the figures read
from the database (the outbox's depth, the oldest alert waiting) are refreshed from the
readiness probe's last look at scrape time (``refresh``), so a scrape costs at most one bounded
query a second.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Enum, Gauge, Histogram, generate_latest

from bot.runtime.services import ReceiverState

# The outbox's priorities (bot/notify/plan.PRIORITY) by the name an operator reads.
URGENCY_OF_PRIORITY = {0: "alert", 1: "prompt", 2: "notice", 3: "digest"}
# How the Bot API refused a call, as the delivery worker tells them apart.
TELEGRAM_ERROR_KINDS = ("retry_after", "forbidden", "bad_request", "network", "other")
# How a stored update left the dispatcher: handled, to be tried again, or set aside for good.
HANDLING_OUTCOMES = ("handled", "retried", "set_aside")
ACKNOWLEDGEMENT_KINDS = ("acknowledged", "taken_over")


@dataclass(frozen=True)
class OutboxReading:
    """What the database said of the outbox at the probe's last look."""

    depth_by_priority: Mapping[int, int]
    oldest_alert_at: datetime | None  # the oldest immediate alert not yet delivered


class Metrics:
    """The instruments of one running bot, on its own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry
        self.updates_received = Counter(
            "rapport_updates_received", "Updates stored by the receiver.", registry=registry
        )
        self.updates_handled = Counter(
            "rapport_updates_handled",
            "Stored updates the dispatcher settled, by outcome.",
            ["outcome"],
            registry=registry,
        )
        self.handling_seconds = Histogram(
            "rapport_update_handling_seconds",
            "From the dispatcher taking a stored update to its being settled.",
            registry=registry,
        )
        self.acknowledgements = Counter(
            "rapport_acknowledgements",
            "Alerts acknowledged or taken over by a tap.",
            ["kind"],
            registry=registry,
        )
        self.escalations = Counter(
            "rapport_escalations",
            "Alerts repeated up the escalation chain, nobody having acknowledged them.",
            registry=registry,
        )
        self.telegram_errors = Counter(
            "rapport_telegram_errors",
            "Bot API calls that failed, by kind.",
            ["kind"],
            registry=registry,
        )
        self.outbox_depth = Gauge(
            "rapport_outbox_depth",
            "Outbox rows waiting to go or being sent, by urgency.",
            ["urgency"],
            registry=registry,
        )
        self.oldest_alert_age = Gauge(
            "rapport_oldest_immediate_alert_age_seconds",
            "Age of the oldest immediate alert not yet delivered (0: none waiting).",
            registry=registry,
        )
        self.ready = Gauge(
            "rapport_ready", "1 when /readyz answers 200, else 0.", registry=registry
        )
        self.receiver = Enum(
            "rapport_receiver",
            "How this process receives updates.",
            states=[state.value for state in ReceiverState],
            registry=registry,
        )
        # Every series exists from the start, at 0: a rate over a fresh process is not empty.
        for labelled, values in (
            (self.updates_handled, HANDLING_OUTCOMES),
            (self.telegram_errors, TELEGRAM_ERROR_KINDS),
            (self.acknowledgements, ACKNOWLEDGEMENT_KINDS),
            (self.outbox_depth, URGENCY_OF_PRIORITY.values()),
        ):
            for value in values:
                labelled.labels(value)
        self._oldest_alert_at: datetime | None = None

    def refresh(
        self, *, ready: bool, receiver: str, outbox: OutboxReading | None, now: datetime
    ) -> None:
        """Set the gauges read from the probe. Without a fresh reading (the database did not
        answer) the outbox's depth stays as last read and the oldest alert keeps ageing."""
        self.ready.set(1 if ready else 0)
        if receiver in ReceiverState.__members__.values():
            self.receiver.state(receiver)
        if outbox is not None:
            for priority, urgency in URGENCY_OF_PRIORITY.items():
                self.outbox_depth.labels(urgency).set(outbox.depth_by_priority.get(priority, 0))
            self._oldest_alert_at = outbox.oldest_alert_at
        oldest = self._oldest_alert_at
        self.oldest_alert_age.set(max((now - oldest).total_seconds(), 0.0) if oldest else 0.0)

    def exposition(self) -> bytes:
        """The registry in Prometheus's text format."""
        return generate_latest(self.registry)
