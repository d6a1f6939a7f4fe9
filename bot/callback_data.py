"""What each inline button carries: one typed definition per payload, packed and read here.

A payload is ``<prefix>:<field>:<field>...``: integers as digits, text as is (the last field takes
the rest, colons and all), an enum by its value; a trailing empty text field is left off. Packing
checks the result against Telegram's 64 bytes, so a button too big fails where it is built;
reading refuses anything not of the declared shape (``ValueError``), so a handler's pattern is
the payload class itself and a forged or stale button reaches no handler that would misread it.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from enum import StrEnum
from typing import ClassVar, Self, get_type_hints

from bot.telegram_limits import callback_data

SEPARATOR = ":"
# Ids are read back only as long as an INTEGER column's (and no longer than the patterns before
# typed payloads took): a longer number is not an id of ours and must not reach a query.
_ID = re.compile(r"[0-9]{1,9}")


class CallbackData:
    """A button payload: subclasses are frozen dataclasses declared with ``prefix="..."``."""

    prefix: ClassVar[str]

    def __init_subclass__(cls, *, prefix: str, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix

    def pack(self) -> str:
        """The callback data for a button, checked to fit Telegram's 1-64 bytes."""
        values = [str(getattr(self, field.name)) for field in fields(self)]  # type: ignore[arg-type]
        if values and values[-1] == "" and fields(self)[-1].default == "":  # type: ignore[arg-type]
            values.pop()
        return callback_data(SEPARATOR.join([self.prefix, *values]))

    @classmethod
    def unpack(cls, data: str) -> Self:
        """The payload ``data`` carries; ``ValueError`` when it is not one of this shape."""
        declared = fields(cls)  # type: ignore[arg-type]
        types = get_type_hints(cls)
        prefix, *parts = data.split(SEPARATOR, len(declared))
        required = sum(1 for field in declared if field.default is MISSING)
        if prefix != cls.prefix or not required <= len(parts) <= len(declared):
            raise ValueError(f"not {cls.__name__}: {data[:80]!r}")
        values: dict[str, object] = {}
        for field, part in zip(declared, parts, strict=False):
            kind = types[field.name]
            if kind is int:
                if not _ID.fullmatch(part):
                    raise ValueError(f"not an id: {part[:20]!r}")
                values[field.name] = int(part)
            else:
                values[field.name] = kind(part)  # text as is; an enum refuses other values
        return cls(**values)

    @classmethod
    def matches(cls, data: object) -> bool:
        """Whether ``data`` is a payload of this class (a ``CallbackQueryHandler`` pattern)."""
        if not isinstance(data, str):
            return False
        try:
            cls.unpack(data)
        except ValueError:
            return False
        return True

    def sent_by(self, data: object) -> bool:
        """Whether ``data`` is this very payload (the pattern of a button with no variable)."""
        return data == self.pack()


@dataclass(frozen=True)
class CaptureTap(CallbackData, prefix="cap"):
    """A button on a draft's card or question, or on a record: ``bot.capture.taps`` reads the
    action (the entry is looked up and must be the tapper's, whatever the payload says)."""

    entry_id: int
    action: str
    argument: str = ""


class AlertAction(StrEnum):
    """What an alert's buttons do."""

    ACK = "ack"
    TAKE = "take"
    PDF = "pdf"
    DETAILS = "details"


@dataclass(frozen=True)
class AlertTap(CallbackData, prefix="al"):
    """A button on an alert: acknowledge, take over, the record as PDF or as text."""

    alert_id: int
    action: AlertAction


class RouteAction(StrEnum):
    """What a route item's buttons do; the item is known by the message tapped."""

    SEEN = "seen"
    DETAILS = "details"


@dataclass(frozen=True)
class RouteTap(CallbackData, prefix="rt"):
    """A button on a route item (in a group or a private chat)."""

    action: RouteAction


class DutyReply(StrEnum):
    """The answers to "Still on duty?"."""

    YES = "yes"
    OFF = "off"


@dataclass(frozen=True)
class DutyAnswer(CallbackData, prefix="duty"):
    """The answer to "Still on duty?"; the question is known by the message tapped."""

    answer: DutyReply


@dataclass(frozen=True)
class LanguageChoice(CallbackData, prefix="lang"):
    """A button of ``/lang``'s picker: the language the user chose (checked when it is set)."""

    lang: str
