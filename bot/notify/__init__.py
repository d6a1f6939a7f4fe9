"""Rapport: notify — who hears what, and getting it to them.

Every notification about an entry takes one path: ``facts`` reads what the decision needs,
``plan`` decides (pure: recipients, urgency, acknowledgement, deadlines, disclosure form),
``render`` words each notice, ``writer`` builds the outbox rows (the only place that does), and
``routing`` is the shell that runs those steps for each occasion (submit, escalation,
fall-through, re-send in minimal form, redirect, further statement). Around that path:
``alerting`` (acknowledge, take over, escalate when due), ``delivery`` (the worker that empties
the outbox within Telegram's limits), ``digest`` and ``bulletin`` (daily texts), ``duty`` (the
end-of-shift check), ``expiry`` (deleting chat copies), ``answers`` (replies as outbox rows) and
``channels`` (registering a group for a route).
"""
