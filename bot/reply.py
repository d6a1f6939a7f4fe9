"""What the domain asks the chat layer to show: text (HTML), buttons, files. No Telegram here.

Every piece of a user's own text is escaped before it is put in a reply, so what an officer typed
is shown exactly as typed, whatever HTML or Markdown characters it holds.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Telegram counts 4096 characters after entities are parsed; staying under it on the raw HTML
# keeps every chunk valid whatever the markup.
MESSAGE_LIMIT = 4000
_ENTITY_TAIL = re.compile(r"&[#a-zA-Z0-9]{0,8}$")


@dataclass(frozen=True)
class Button:
    """An inline button: its label and the callback data it sends (at most 64 bytes)."""

    label: str
    data: str


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


def split_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split a reply into chunks Telegram accepts, on line ends where possible.

    Tags in our templates never span lines, so cutting between lines keeps them balanced; an
    over-long line (a long narrative) is cut between characters, never inside an ``&entity;``.
    """
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = limit
            tail = _ENTITY_TAIL.search(line[:cut])
            if tail:
                cut = tail.start()
            piece, line = line[:cut], line[cut:]
            if current:
                chunks.append(current)
                current = ""
            chunks.append(piece)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current)
    return chunks
