"""The sandbox HTTP server: the Bot API, file downloads, the control API and the web chat."""

from __future__ import annotations

import asyncio
import contextlib
import re
from importlib import resources
from types import TracebackType
from typing import Any

from aiohttp import web

from sandbox.botapi import METHODS
from sandbox.context import CONTEXT, Call, SandboxContext
from sandbox.control import routes as control_routes
from sandbox.params import ApiError, Upload, check_required, read_params

TOKEN = re.compile(r"(\d+):[A-Za-z0-9_-]+")
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
SHUTDOWN_TIMEOUT_S = 1.0


def _error_body(error: ApiError) -> dict[str, Any]:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": error.status,
        "description": error.description,
    }
    if error.parameters:
        body["parameters"] = error.parameters
    return body


def _loggable(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters for the call log, file parts summarised rather than copied."""
    return {
        key: {"file_name": value.filename, "size": len(value.data)}
        if isinstance(value, Upload)
        else value
        for key, value in params.items()
    }


async def _drop(request: web.Request) -> web.StreamResponse:
    """Close the connection without an answer, as a network failure would."""
    if request.transport is not None:
        request.transport.abort()
    raise ConnectionResetError("sandbox fault: connection dropped")


async def bot_api(request: web.Request) -> web.StreamResponse:
    """POST/GET /bot<token>/<method>: one Bot API call, logged, with faults and limits applied."""
    ctx = request.app[CONTEXT]
    method = request.match_info["method"]
    started = ctx.world.now()
    params: dict[str, Any] = {}
    bot_id: int | None = None
    try:
        token = TOKEN.fullmatch(request.match_info["token"])
        if token is None:
            raise ApiError(401, "Unauthorized")
        bot_id = int(token[1])
        params = await read_params(request)
        faults = ctx.faults
        if faults.latency_ms and faults.applies_to(method, params):
            await asyncio.sleep(faults.latency_ms / 1000)
        if faults.take_drop(method, params):
            ctx.calls.append(_entry(method, params, 0, started, bot_id))
            return await _drop(request)
        failure = faults.take_failure(method, params)
        if failure is not None:
            extra = {"retry_after": failure.retry_after} if failure.retry_after else None
            raise ApiError(failure.status, failure.description, extra)
        spec = METHODS.get(method.lower())
        if spec is None:
            raise ApiError(404, "Not Found")
        check_required(params, spec.required)
        bot = ctx.world.bot_for_token(bot_id)
        call = Call(ctx.world, bot, params, ctx.limits, ctx.webhooks)
        status, body = 200, {"ok": True, "result": await spec.handler(call)}
    except ApiError as error:
        status, body = error.status, _error_body(error)
    ctx.calls.append(_entry(method, params, status, started, bot_id, body))
    return web.json_response(body, status=status)


def _entry(
    method: str,
    params: dict[str, Any],
    status: int,
    started: float,
    bot_id: int | None,
    body: dict[str, Any] | None = None,
) -> dict[str, Any]:
    entry = {
        "method": method,
        "params": _loggable(params),
        "status": status,
        "time": started,
        "bot_id": bot_id,
    }
    if body is not None and not body["ok"]:
        entry["description"] = body["description"]
    return entry


async def download(request: web.Request) -> web.StreamResponse:
    """GET /file/bot<token>/<file_path>: a file's bytes, like Telegram's file server."""
    ctx = request.app[CONTEXT]
    if TOKEN.fullmatch(request.match_info["token"]) is None:
        return web.json_response(_error_body(ApiError(401, "Unauthorized")), status=401)
    stored = ctx.world.files_by_path.get(request.match_info["path"])
    if stored is None:
        return web.json_response(_error_body(ApiError(404, "Not Found")), status=404)
    return web.Response(body=stored.data, content_type=stored.mime_type)


async def chat_page(request: web.Request) -> web.Response:
    """The web chat page."""
    page = resources.files("sandbox").joinpath("static/chat.html").read_text(encoding="utf-8")
    return web.Response(text=page, content_type="text/html")


@web.middleware
async def control_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Control API refusals as JSON in the Bot API's envelope."""
    try:
        return await handler(request)
    except ApiError as error:
        return web.json_response(_error_body(error), status=error.status)
    except (KeyError, TypeError, ValueError) as exc:
        error = ApiError(400, f"Bad Request: {exc.__class__.__name__}: {exc}")
        return web.json_response(_error_body(error), status=400)


def build_app(context: SandboxContext) -> web.Application:
    """The aiohttp application serving one sandbox."""
    app = web.Application(client_max_size=MAX_UPLOAD_BYTES, middlewares=[control_errors])
    app[CONTEXT] = context
    app.router.add_get("/", chat_page)
    app.router.add_route("*", "/bot{token}/{method}", bot_api)
    app.router.add_get("/file/bot{token}/{path:.+}", download)
    app.router.add_routes(control_routes)
    return app


class Sandbox:
    """A local Telegram Bot API server with a control API; start it, point the bot at api_url."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, limits: bool = True) -> None:
        self.host = host
        self.port = port
        self.context = SandboxContext()
        self.context.limits.enabled = limits
        self.url = ""
        self._runner: web.AppRunner | None = None

    @property
    def api_url(self) -> str:
        """python-telegram-bot's ``base_url``: token and method are appended."""
        return f"{self.url}/bot"

    @property
    def file_url(self) -> str:
        """python-telegram-bot's ``base_file_url``."""
        return f"{self.url}/file/bot"

    @property
    def limits_enabled(self) -> bool:
        """Whether Telegram's flood limits (429 with retry_after) are enforced."""
        return self.context.limits.enabled

    @limits_enabled.setter
    def limits_enabled(self, enabled: bool) -> None:
        self.context.limits.enabled = enabled

    async def start(self) -> None:
        """Listen on host:port (port 0 picks a free one) and set ``url``."""
        self.context.world.closing = False
        runner = web.AppRunner(
            build_app(self.context), shutdown_timeout=SHUTDOWN_TIMEOUT_S, access_log=None
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        port = runner.addresses[0][1]
        self.url = f"http://{self.host}:{port}"

    async def stop(self) -> None:
        """End long polls and webhook pushes, then close the server."""
        world = self.context.world
        world.closing = True
        for bot in world.bots.values():
            bot.wake.notify()
            for log in bot.logs.values():
                log.changes.notify()
        await self.context.webhooks.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Sandbox:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()


async def _serve(host: str, port: int, limits: bool) -> None:
    async with Sandbox(host, port, limits=limits) as sandbox:
        print(f"Sandbox web chat: {sandbox.url}/", flush=True)
        print(f"Bot API base URL (RAPPORT_TELEGRAM_API_URL): {sandbox.api_url}", flush=True)
        await asyncio.Event().wait()


def run_sandbox(host: str, port: int, *, limits: bool = True) -> None:
    """Run the sandbox until interrupted (``rapport sandbox``), printing the web chat URL."""
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(host, port, limits))
