"""python-telegram-bot's HTTP client, over aiohttp instead of httpx.

Every update costs the bot one to three Bot API calls (the reply, the tap's answer, the button
retirement, its share of ``getUpdates``). On the 2-core target machine an httpx call costs about
1.9 ms of CPU and an aiohttp call about 0.35 ms (benchmarks/capture_load.py and issue 4), which is
the difference between keeping up with a busy shift and not. PTB documents ``BaseRequest`` as the
place to plug in another asyncio HTTP library; aiohttp is already a dependency (the sandbox).
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput

# A refused call by its HTTP status, as PTB tells them apart (RetryAfter, Forbidden, BadRequest;
# a 5xx is a NetworkError there too); the rest (401, 404, 409) is "other" (docs/monitoring.md).
_ERROR_KINDS: dict[int, str] = {
    HTTPStatus.TOO_MANY_REQUESTS: "retry_after",
    HTTPStatus.FORBIDDEN: "forbidden",
    HTTPStatus.BAD_REQUEST: "bad_request",
}


def error_kind(status: int) -> str:
    """The kind of a Bot API refusal with this HTTP status."""
    if status >= HTTPStatus.INTERNAL_SERVER_ERROR:
        return "network"
    return _ERROR_KINDS.get(status, "other")


class AiohttpRequest(BaseRequest):
    """Bot API requests over one ``aiohttp.ClientSession`` with at most ``pool_size``
    connections; timeouts and errors as PTB's own client reports them."""

    def __init__(
        self,
        *,
        pool_size: int = 32,
        read_timeout: float = 5.0,
        write_timeout: float = 5.0,
        connect_timeout: float = 5.0,
        pool_timeout: float = 1.0,
        media_write_timeout: float = 20.0,
        failed: Callable[[str], object] = lambda _kind: None,
    ) -> None:
        self._pool_size = pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._failed = failed  # told the kind of every failed call (the metrics count them)

    @property
    def read_timeout(self) -> float | None:
        """The default time to wait for Telegram's answer."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (inside the running event loop, as aiohttp requires)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none: nothing to match
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One call: the HTTP status and body; ``TimedOut`` or ``NetworkError`` when it fails."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else {}
        write = _given(write_timeout, self._media_write_timeout if files else self._write_timeout)
        # aiohttp has no separate write timeout: the read timeout runs from the moment the
        # request is written, so the two are added for the whole exchange's socket reads.
        read = _given(read_timeout, self._read_timeout)
        connect = _given(connect_timeout, self._connect_timeout)
        timeout = aiohttp.ClientTimeout(
            connect=_sum(_given(pool_timeout, self._pool_timeout), connect),
            sock_connect=connect,
            sock_read=_sum(read, write),
        )
        # A form, as PTB's own client sends it; without files it is encoded here, which is what
        # aiohttp would do, minus the multipart writer it sets up for every dict it is given.
        body: aiohttp.FormData | bytes
        if files:
            body, headers = aiohttp.FormData(fields), {}
            for name, part in files.items():
                filename, content, *mime = part if isinstance(part, tuple) else (name, part)
                body.add_field(
                    name, content, filename=filename, content_type=mime[0] if mime else None
                )
        else:
            body = urlencode(fields).encode()
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                status, content = response.status, await response.read()
        except TimeoutError as error:
            self._failed("network")
            raise TimedOut from error
        except aiohttp.ClientError as error:
            self._failed("network")
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
        if not HTTPStatus.OK <= status < HTTPStatus.MULTIPLE_CHOICES:
            self._failed(error_kind(status))
        return status, content


def _given(value: ODVInput[float], default: float) -> float | None:
    """The timeout a bot method passed, or the client's own (PTB's ``DEFAULT_NONE``)."""
    return default if isinstance(value, DefaultValue) else value


def _sum(first: float | None, second: float | None) -> float | None:
    """Two timeouts back to back; None (wait for ever) if either is."""
    return None if first is None or second is None else first + second
