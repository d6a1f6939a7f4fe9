"""Log hygiene: the bot token never reaches a log line, and INFO carries no request URLs.

The Bot API puts the token in every request URL (``.../bot<TOKEN>/sendMessage``), and httpx logs
each request's URL at INFO; any library's exception can quote that URL too. So httpx is held at
WARNING, and every log record made in this process passes through a record factory that blanks
the secrets it was told about, whatever logger or handler the record goes to (pytest's caplog
and the sandbox's own access log included).
"""

from __future__ import annotations

import logging
from typing import Any

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


def _redacting_factory(previous: Any) -> Any:
    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if not _secrets:
            return record
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: logging reports it later, as it always does
            return record
        if _holds_secret(message):
            record.msg, record.args = _scrub(message), None
        if record.exc_info and not record.exc_text:
            trace = logging.Formatter().formatException(record.exc_info)
            if _holds_secret(trace):
                record.exc_text = _scrub(trace)
        if record.stack_info and _holds_secret(record.stack_info):
            record.stack_info = _scrub(record.stack_info)
        return record

    return make


def protect(secret: str | None) -> None:
    """Never let ``secret`` (the bot token) appear in a log record, and quiet httpx's URLs."""
    global _installed
    for name, level in _QUIET.items():
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < level:
            logger.setLevel(level)
    if secret and len(secret) >= 8:
        _secrets.add(secret)
    if not _installed:
        logging.setLogRecordFactory(_redacting_factory(logging.getLogRecordFactory()))
        _installed = True


def configure(level: str) -> None:
    """Log to standard error at ``level`` (``RAPPORT_LOG_LEVEL``), one line per record."""
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    protect(None)
