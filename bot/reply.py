"""What the domain asks the chat layer to show: text (HTML), buttons, files. No Telegram here.

Every piece of a user's own text is escaped before it is put in a reply, so what an officer typed
is shown exactly as typed, whatever HTML or Markdown characters it holds.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.telegram_limits import callback_data

# An inline keyboard as an outbox row keeps it: rows of {"text": label, "callback_data": data}.
StoredButtons = list[list[dict[str, str]]]


@dataclass(frozen=True)
class Button:
    """An inline button: its label and the callback data it sends (at most 64 bytes, checked
    here so that a button too big for Telegram fails where it is built, not when sent)."""

    label: str
    data: str

    def __post_init__(self) -> None:
        callback_data(self.data)


@dataclass(frozen=True)
class Reply:
    """One message to send (or to edit in place) in the user's chat."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    document: bytes | None = None
    filename: str | None = None
    photo: bytes | None = None
    replace: bool = False  # show it in place of the message whose button was tapped


def esc(text: object) -> str:
    """``text`` made safe for Telegram's HTML parse mode."""
    return html.escape(str(text), quote=False)
