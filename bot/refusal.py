"""The polite "no": one exception type for every request the domain refuses.

A flow raises ``Refusal(key, **values)`` where ``key`` names a catalog message; the handlers
render it in one place (``handlers.respond.refusals``), in the user's language, and the unit of
work it interrupted rolls back. A refusal is not a fault: nothing is logged.
"""

from __future__ import annotations

from typing import Any


class Refusal(Exception):
    """A request refused or impossible; ``key`` names the catalog message, ``values`` fill it.

    The same key answers "unknown" and "not yours" where telling them apart would let someone
    probe what exists.
    """

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values: dict[str, Any] = values  # placeholders of the message, by name
