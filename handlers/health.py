"""Health and metrics over HTTP (docs/monitoring.md): ``/healthz``, ``/readyz`` and ``/metrics``.

In webhook mode they are routes of the webhook's own server; when polling, a small server of
their own listens on ``RAPPORT_HTTP_HOST:RAPPORT_HTTP_PORT``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.web_log import AccessLogger
from prometheus_client import CONTENT_TYPE_LATEST

from bot.runtime.health import Probe
from bot.runtime.services import Services

PATHS = ("/healthz", "/readyz", "/metrics")


def health_routes(services: Services) -> list[web.RouteDef]:
    """The three routes, sharing one readiness probe (one look at the database a second)."""
    probe = Probe(services)

    async def healthz(_request: web.Request) -> web.Response:
        """The process lives: answered whenever the event loop runs, whatever the database."""
        return web.json_response({"alive": True})

    async def readyz(_request: web.Request) -> web.Response:
        """200 when this process can do its work now; 503 with the checks that failed."""
        readiness = await probe.readiness()
        return web.json_response(readiness.report(), status=200 if readiness.ready else 503)

    async def metrics(_request: web.Request) -> web.Response:
        """The registry in Prometheus's text format, its database figures refreshed first."""
        readiness = await probe.readiness()
        services.metrics.refresh(
            ready=readiness.ready,
            receiver=readiness.receiver,
            outbox=readiness.database.outbox,
            now=services.clock(),
        )
        return web.Response(
            body=services.metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    return [web.get("/healthz", healthz), web.get("/readyz", readyz), web.get("/metrics", metrics)]


class UnloggedProbes(AccessLogger):
    """The webhook server's access log without the probes: a balancer asking /readyz every
    second would otherwise bury the requests that matter."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        if request.path not in PATHS:
            super().log(request, response, time)


async def serve_health(
    routes: list[web.RouteDef], *, host: str, port: int
) -> Callable[[], Awaitable[None]]:
    """Listen on ``host:port`` with ``routes`` (no access log); the function that stops it."""
    app = web.Application()
    app.add_routes(routes)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner.cleanup
