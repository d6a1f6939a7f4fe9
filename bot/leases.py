"""Leases: how a replica holds the work it took (an update being handled, a message being sent)
while it lives, and loses it soon after it dies.

A replica renews its leases every second; a lease runs out three seconds after its last renewal.
So a replica killed mid-send frees that chat for the others within about four seconds, and a
live replica's work is never taken over unless it stalls that long (then the other replica's
send is marked as a possible repeat, and the update's work commits once: see storage/inbound).
Leases are kept by the wall clock, not the site's clock tests move: they measure liveness.
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import timedelta

LEASE = timedelta(seconds=3)
RENEW_EVERY_S = 1.0


def replica_id() -> str:
    """This process's name in ``claimed_by``: host and pid (for the operator reading a row),
    plus a random part (pids repeat across restarts and containers)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"
