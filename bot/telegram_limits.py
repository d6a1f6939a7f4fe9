"""Telegram's limits, counted in Telegram's units: what a message, a caption, a toast and a
button's data may hold, how to cut or split a text so that Telegram accepts it, and how long a
bot may still delete what it sent.

Telegram counts text in UTF-16 code units, where Python counts code points: an emoji outside
the Basic Multilingual Plane (😀) is one character to Python and two units to Telegram, so a text
of 2,100 emoji that ``len()`` finds short is refused as too long. Callback data is counted in
UTF-8 bytes. The limits below are those of the Bot API's documentation (``api.json``).

Our messages are HTML. Telegram applies its limits after parsing the HTML, which only drops tags
and shortens ``&entities;``; so a text whose raw HTML fits a limit also fits once parsed, and we
measure the raw HTML. Cuts never fall inside a tag or an entity, nor (where practical) inside a
user-perceived character: a surrogate pair, a letter and its combining marks (Arabic harakat,
Hebrew points, accents), an emoji with its skin tone or joined by ZWJ, a flag's pair.
Button labels are measured with ``units`` too; the Bot API documents no limit for them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import timedelta

TEXT_LIMIT = 4096  # sendMessage, editMessageText: "1-4096 characters after entities parsing"
CAPTION_LIMIT = 1024  # sendDocument, sendPhoto: "0-1024 characters after entities parsing"
CALLBACK_ANSWER_LIMIT = 200  # answerCallbackQuery text: "0-200 characters"
CALLBACK_DATA_BYTES = 64  # InlineKeyboardButton.callback_data: "1-64 bytes"
# deleteMessage: a bot's own message "can only be deleted if it was sent less than 48 hours ago".
# A chat copy must go before that, with an hour to spare for a delivery backlog or a restart.
MAX_COPY_TTL = timedelta(hours=47)

ELLIPSIS = "…"
_ZWJ = "\u200d"
# An HTML token: a tag, an entity, a line end, or a run of plain text.
_HTML_TOKEN = re.compile(r"<[^<>]*>|&#?[a-zA-Z0-9]+;|\n|[^<&\n]+|[<&]")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_ANY_TAG = re.compile(r"<[^<>]*>")


def units(text: str) -> int:
    """Length of ``text`` as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def data_bytes(data: str) -> int:
    """Size of callback data as Telegram counts it: UTF-8 bytes."""
    return len(data.encode("utf-8"))


def callback_data(data: str) -> str:
    """``data``, checked to be the 1-64 bytes Telegram takes as a button's callback data (a
    longer one gets the whole message refused, so it is caught where the button is built)."""
    if not 1 <= data_bytes(data) <= CALLBACK_DATA_BYTES:
        raise ValueError(f"callback data of {data_bytes(data)} bytes: {data[:80]!r}")
    return data


def _joins(char: str, previous: str, regional_run: int) -> bool:
    """Whether ``char`` belongs to the user-perceived character ``previous`` ends."""
    code = ord(char)
    return (
        previous == _ZWJ
        or char == _ZWJ
        or unicodedata.category(char) in ("Mn", "Mc", "Me")  # combining marks, variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin tones
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
        or (0x1F1E6 <= code <= 0x1F1FF and regional_run % 2 == 1)  # a flag's second letter
    )


def clusters(text: str) -> Iterator[str]:
    """``text`` as user-perceived characters (an approximation of Unicode's grapheme clusters
    that keeps together what a cut must not separate)."""
    start, previous, regional_run = 0, "", 0
    for index, char in enumerate(text):
        if index and not _joins(char, previous, regional_run):
            yield text[start:index]
            start = index
        regional = 0x1F1E6 <= ord(char) <= 0x1F1FF
        regional_run = regional_run + 1 if regional else 0
        previous = char
    if text:
        yield text[start:]


def _prefix(text: str, budget: int) -> str:
    """The longest run of whole characters from the start of ``text`` within ``budget`` units."""
    used, end = 0, 0
    for cluster in clusters(text):
        used += units(cluster)
        if used > budget:
            break
        end += len(cluster)
    return text[:end]


def cut_text(text: str, budget: int, marker: str = ELLIPSIS) -> str:
    """Plain ``text`` within ``budget`` units: unchanged if it fits, else cut between
    characters and ended with ``marker`` (a toast, a label)."""
    if units(text) <= budget:
        return text
    return _prefix(text, budget - units(marker)).rstrip() + marker


def _tag(token: str) -> tuple[bool, str] | None:
    """(closing, name) of a tag token; None for text and entities."""
    found = _TAG.match(token)
    return (found.group(1) == "/", found.group(2).lower()) if found else None


def _closers(opened: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(opened))


def _after(opened: list[tuple[str, str]], token: str) -> list[tuple[str, str]]:
    """The tags open after ``token``, as (name, opening tag) from the outermost."""
    tag = _tag(token)
    if tag is None:
        return opened
    closing, name = tag
    if not closing:
        return [*opened, (name, token)]
    names = [n for n, _ in opened]
    if name not in names:
        return opened
    last = len(names) - 1 - names[::-1].index(name)
    return opened[:last]


def _fill(
    tokens: list[str], start: int, opened: list[tuple[str, str]], budget: int
) -> tuple[list[str], int, list[tuple[str, str]], int | None]:
    """Take tokens from ``start`` while they and the tags they leave open fit ``budget``: the
    pieces taken, the index reached (a run of text cut short is split in ``tokens`` there),
    the tags then open, and the index just after the last line end taken (None if none)."""
    taken: list[str] = []
    used = sum(units(opening) for _, opening in opened)
    index, line_end = start, None
    while index < len(tokens):
        token = tokens[index]
        after = _after(opened, token)
        room = budget - used - units(_closers(after))
        if units(token) > room:
            if token == "\n":
                line_end = index + 1  # a cut there drops the line end: it need not fit
            elif _tag(token) is None and not token.startswith("&"):
                head = _prefix(token, room)
                if head:
                    taken.append(head)
                    tokens[index : index + 1] = [head, token[len(head) :]]
                    index += 1
            break
        taken.append(token)
        used += units(token)
        opened = after
        index += 1
        if token == "\n":
            line_end = index
    return taken, index, opened, line_end


def cut_html(html: str, budget: int, marker: str = ELLIPSIS) -> str:
    """HTML ``html`` within ``budget`` units: unchanged if it fits, else cut between tags,
    entities and characters, the tags still open closed, and ended with ``marker`` (HTML)."""
    if units(html) <= budget:
        return html
    tokens = _HTML_TOKEN.findall(html)
    taken, _, opened, _ = _fill(tokens, 0, [], budget - units(marker))
    while taken and _tag(taken[-1]) == (False, opened[-1][0] if opened else ""):
        taken.pop()  # a tag opened just before the cut would hold nothing
        opened = opened[:-1]
    return "".join(taken).rstrip() + _closers(opened) + marker


def split_html(html: str, budget: int = TEXT_LIMIT) -> list[str]:
    """HTML ``html`` as messages of at most ``budget`` units each, cut at line ends where
    possible; a line longer than a message is cut between characters, and a tag open at a cut
    is closed before it and opened again after it. Blank pieces are left out (Telegram refuses
    an empty message), but an empty ``html`` stays one (empty) message."""
    if units(html) <= budget:
        return [html]
    tokens = _HTML_TOKEN.findall(html)
    chunks: list[str] = []
    index, opened = 0, list[tuple[str, str]]()
    while index < len(tokens):
        reopen = "".join(opening for _, opening in opened)
        taken, reached, after, line_end = _fill(tokens, index, opened, budget)
        if reached == index:
            raise ValueError(f"a budget of {budget} units cannot hold {tokens[index][:40]!r}")
        if reached < len(tokens) and line_end is not None and line_end > index:
            taken = taken[: line_end - index - 1]  # up to the line end, which goes unsent
            after = opened
            for token in taken:
                after = _after(after, token)
            reached = line_end
        piece = reopen + "".join(taken) + _closers(after)
        if _ANY_TAG.sub("", piece).strip():
            chunks.append(piece)
        index, opened = reached, after
    return chunks
