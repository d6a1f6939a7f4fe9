"""Log hygiene: the bot token never reaches a log line, INFO carries no request URLs, and no
update's content reaches INFO or above.

The Bot API puts the token in every request URL (``.../bot<TOKEN>/sendMessage``), and httpx logs
each request's URL at INFO; any library's exception can quote that URL too. So httpx is held at
WARNING, and every log record made in this process passes through a record factory that blanks
the secrets it was told about, whatever logger or handler the record goes to (pytest's caplog
and the sandbox's own access log included).

The same factory withholds updates: python-telegram-bot logs the whole update, or the JSON it
could not read, at CRITICAL when it cannot handle one (``Error while building CallbackContext
for update %s``, ``Received data was %r``), and an update carries the officer's narrative and
offender names. At INFO and above a Telegram object in a record's arguments is replaced by its
type and id, and so is raw data in python-telegram-bot's records; DEBUG keeps them, for a
developer's machine (SECURITY.md, "Logs").

Lines are plain text, or one JSON object each (``RAPPORT_LOG_FORMAT=json``) for a log shipper.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from telegram import TelegramObject

REDACTED = "[REDACTED]"
_QUIET = {"httpx": logging.WARNING, "httpcore": logging.WARNING}
_secrets: set[str] = set()
_installed = False


def _holds_secret(text: str) -> bool:
    return any(secret in text for secret in _secrets)


def _scrub(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, REDACTED)
    return text


class _Withheld:
    """What stands for a withheld argument, the same under ``%s`` and ``%r``."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __repr__(self) -> str:
        return self.label

    __str__ = __repr__


def _withheld(value: object, raw_data_too: bool) -> object:
    """``value``, or what stands for it when it may carry an update's content."""
    if isinstance(value, TelegramObject):
        update_id = getattr(value, "update_id", None)
        number = "" if update_id is None else f" {update_id}"
        return _Withheld(f"<{type(value).__name__}{number} withheld>")
    if raw_data_too and isinstance(value, Mapping | list | tuple):
        return _Withheld("<data withheld>")
    return value


def _withhold_updates(record: logging.LogRecord) -> None:
    """Replace a record's arguments that may carry an update's content (see the module's
    docstring); python-telegram-bot passes raw data as well as Telegram objects."""
    raw_data_too = record.name.startswith("telegram")
    if isinstance(record.args, Mapping):  # a lone mapping argument: logging keeps it as such
        if not raw_data_too:
            return
        arguments: tuple[object, ...] = (record.args,)
    else:
        arguments = tuple(record.args or ())
    shown = tuple(_withheld(value, raw_data_too) for value in arguments)
    if all(new is old for new, old in zip(shown, arguments, strict=True)):
        return
    try:
        record.msg, record.args = str(record.msg) % shown, None
    except (TypeError, ValueError, KeyError):  # a format the stand-ins do not fit
        record.msg, record.args = f"{record.msg} (arguments withheld)", None


def _blank_secrets(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: logging reports it later, as it always does
        return
    if _holds_secret(message):
        record.msg, record.args = _scrub(message), None
    if record.exc_info and not record.exc_text:
        trace = logging.Formatter().formatException(record.exc_info)
        if _holds_secret(trace):
            record.exc_text = _scrub(trace)
    if record.stack_info and _holds_secret(record.stack_info):
        record.stack_info = _scrub(record.stack_info)


def _hygienic_factory(previous: Any) -> Any:
    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if record.levelno >= logging.INFO and record.args:
            _withhold_updates(record)
        if _secrets:
            _blank_secrets(record)
        return record

    return make


def protect(secret: str | None) -> None:
    """Never let ``secret`` (the bot token) or an update's content appear in a log record at
    INFO or above, and quiet httpx's URLs."""
    global _installed
    for name, level in _QUIET.items():
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < level:
            logger.setLevel(level)
    if secret and len(secret) >= 8:
        _secrets.add(secret)
    if not _installed:
        logging.setLogRecordFactory(_hygienic_factory(logging.getLogRecordFactory()))
        _installed = True


def failure_without_messages(error: BaseException) -> str:
    """``error``'s traceback, and its causes', each exception named by its type alone.

    An exception's message can quote the data it was handling (``int('Bouchard')``,
    ``Invalid isoformat string: '...'``); the frames and their lines of code cannot, and they
    say where it broke. The message itself is for DEBUG.
    """
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        context = None if current.__suppress_context__ else current.__context__
        current = current.__cause__ or context
    parts = [
        "Traceback (most recent call last):\n"
        + "".join(traceback.format_tb(failure.__traceback__))
        + f"{_exception_name(failure)} (message withheld)"
        for failure in reversed(chain)
    ]
    return "\n\nwhich led to:\n\n".join(parts)


def _exception_name(error: BaseException) -> str:
    kind = type(error)
    return (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )


class JsonLines(logging.Formatter):
    """One JSON object per record: ``time`` (UTC, ISO 8601), ``level``, ``logger``,
    ``message`` and, when there is one, ``exception`` (the traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(level: str, log_format: str = "text") -> None:
    """Log to standard error at ``level`` (``RAPPORT_LOG_LEVEL``), one line per record: plain
    text, or JSON (``RAPPORT_LOG_FORMAT=json``; the standard library is enough for five fields,
    so no logging package is added)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level.upper(), handlers=[handler])
    protect(None)
