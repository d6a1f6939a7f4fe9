"""Text formatting as Telegram parses it: HTML, MarkdownV2 and Markdown into plain text + entities.

Offsets and lengths are in UTF-16 code units, as in the Bot API. Error wording follows Telegram's
"can't parse entities" messages closely enough that a bot meets the failures it would meet live.
"""

from __future__ import annotations

import html
import re
from typing import Any

HTML_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
MARKDOWN_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")
MARKDOWN_V2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
}
MARKDOWN_V2_MARKERS = {"*": "bold", "_": "italic", "__": "underline", "~": "strikethrough"}
MARKDOWN_V2_MARKERS["||"] = "spoiler"
MARKDOWN_MARKERS = {"*": "bold", "_": "italic"}
BOT_COMMAND = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
TAG_NAME = re.compile(r"[^\s>]*")
ATTRIBUTE = re.compile(r"""\s*([a-zA-Z-]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")


class EntityError(ValueError):
    """Telegram's "can't parse entities" refusal, with its detail."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets and text limits."""
    return len(text.encode("utf-16-le")) // 2


class _Builder:
    """Collects plain text and the entities opened and closed over it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offset = 0
        self.entities: list[dict[str, Any]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.offset += utf16_len(text)

    def close(self, entity: dict[str, Any], start: int) -> None:
        if self.offset > start:
            self.entities.append({**entity, "offset": start, "length": self.offset - start})

    def result(self) -> tuple[str, list[dict[str, Any]]]:
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), self.entities


def parse(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities for ``text`` under ``parse_mode`` (None: the text as is)."""
    mode = (parse_mode or "").lower()
    if not mode:
        return text, []
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown(text, MARKDOWN_V2_MARKERS, strict=True)
    if mode == "markdown":
        return _parse_markdown(text, MARKDOWN_MARKERS, strict=False)
    raise EntityError(f"Unsupported parse_mode {parse_mode!r}")


def detect_commands(text: str) -> list[dict[str, Any]]:
    """bot_command entities Telegram adds to a user's message ("/start ABC" -> /start)."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m[0])}
        for m in BOT_COMMAND.finditer(text)
    ]


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _html_entity(tag: str, attributes: dict[str, str], at: int) -> dict[str, Any]:
    kind = HTML_TAGS[tag]
    if tag == "span" and attributes.get("class") != "tg-spoiler":
        raise EntityError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
    entity: dict[str, Any] = {"type": kind}
    if kind == "text_link":
        entity["url"] = attributes.get("href", "")
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = attributes.get("emoji-id", "")
    elif kind == "blockquote" and "expandable" in attributes:
        entity["type"] = "expandable_blockquote"
    elif tag == "code" and attributes.get("class", "").startswith("language-"):
        entity["language"] = attributes["class"].removeprefix("language-")
    return entity


def _parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    out = _Builder()
    stack: list[tuple[str, dict[str, Any], int]] = []
    i = 0
    while i < len(text):
        lt = text.find("<", i)
        chunk = text[i:] if lt < 0 else text[i:lt]
        out.add(html.unescape(chunk) if "&" in chunk else chunk)
        if lt < 0:
            break
        at = _byte_offset(text, lt)
        name = TAG_NAME.match(text, lt + 1)[0].lower()
        if name not in HTML_TAGS and not name.startswith("/"):
            raise EntityError(f'Unsupported start tag "{name}" at byte offset {at}')
        gt = text.find(">", lt)
        if gt < 0:
            raise EntityError(f"Unclosed start tag at byte offset {at}")
        body = text[lt + 1 : gt]
        i = gt + 1
        if body.startswith("/"):
            name = body[1:].strip().lower()
            if not stack:
                raise EntityError(f"Unexpected end tag at byte offset {at}")
            open_tag, entity, start = stack.pop()
            if name != open_tag:
                raise EntityError(
                    f'Unmatched end tag at byte offset {at}, expected "</{open_tag}>", '
                    f'found "</{name}>"'
                )
            _close_html(out, stack, open_tag, entity, start)
            continue
        rest = body[len(name) :]
        attributes = {
            m[1].lower(): (m[2] or "").strip("\"'") for m in ATTRIBUTE.finditer(rest) if m[1]
        }
        attributes = {k: html.unescape(v) for k, v in attributes.items()}
        stack.append((name, _html_entity(name, attributes, at), out.offset))
    if stack:
        raise EntityError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.result()


def _close_html(
    out: _Builder, stack: list[tuple[str, dict[str, Any], int]], tag: str, entity: dict, start: int
) -> None:
    # <pre><code class="language-x"> is one pre entity with a language, as Telegram reads it.
    if tag == "pre" and out.entities and out.entities[-1]["type"] == "code":
        inner = out.entities[-1]
        if inner["offset"] == start and inner["offset"] + inner["length"] == out.offset:
            out.entities.pop()
            if "language" in inner:
                entity = {**entity, "language": inner["language"]}
    if entity["type"] == "text_link" and not entity["url"]:
        return
    out.close(entity, start)


def _parse_markdown(
    text: str, markers: dict[str, str], *, strict: bool
) -> tuple[str, list[dict[str, Any]]]:
    out = _Builder()
    stack: list[tuple[str, dict[str, Any], int, int]] = []
    i = 0
    while i < len(text):
        char = text[i]
        at = _byte_offset(text, i)
        if char == "\\" and i + 1 < len(text) and (strict or text[i + 1] in "_*`["):
            out.add(text[i + 1])
            i += 2
            continue
        if char == "`":
            i = _code_span(text, i, out, strict)
            continue
        if char == "[":
            stack.append(("[", {"type": "text_link"}, out.offset, at))
            i += 1
            continue
        if char == "]" and stack and stack[-1][0] == "[":
            _, entity, start, _ = stack.pop()
            close = text.find(")", i)
            if not text.startswith("(", i + 1) or close < 0:
                raise EntityError(f"Can't find end of a URL at byte offset {at}")
            out.close({**entity, "url": text[i + 2 : close]}, start)
            i = close + 1
            continue
        marker = text[i : i + 2] if text[i : i + 2] in markers else char
        if marker in markers:
            if stack and stack[-1][0] == marker:
                _, entity, start, _ = stack.pop()
                out.close(entity, start)
            else:
                stack.append((marker, {"type": markers[marker]}, out.offset, at))
            i += len(marker)
            continue
        if strict and char in MARKDOWN_V2_RESERVED:
            raise EntityError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        out.add(char)
        i += 1
    if stack:
        _, entity, _, at = stack[-1]
        if strict:
            name = MARKDOWN_V2_NAMES[entity["type"]]
            raise EntityError(f"Can't find end of {name} entity at byte offset {at}")
        raise EntityError(f"Can't find end of the entity starting at byte offset {at}")
    return out.result()


def _code_span(text: str, i: int, out: _Builder, strict: bool) -> int:
    """Read `code` or ```pre``` starting at ``i``; returns the index after it."""
    fence = "```" if text.startswith("```", i) else "`"
    start_index = i + len(fence)
    end = text.find(fence, start_index)
    while strict and end > 0 and text[end - 1] == "\\":
        end = text.find(fence, end + 1)
    if end < 0:
        name = "Pre" if fence == "```" else "Code"
        at = _byte_offset(text, i)
        if strict:
            raise EntityError(f"Can't find end of {name} entity at byte offset {at}")
        raise EntityError(f"Can't find end of the entity starting at byte offset {at}")
    body = text[start_index:end]
    entity: dict[str, Any] = {"type": "pre" if fence == "```" else "code"}
    if fence == "```" and "\n" in body:
        language, _, rest = body.partition("\n")
        if language and " " not in language:
            entity["language"] = language
            body = rest
    if strict:
        body = re.sub(r"\\([`\\])", r"\1", body)
    start = out.offset
    out.add(body)
    out.close(entity, start)
    return end + len(fence)
