"""httpx transports that call a simulator's ASGI app in-process, with faults on virtual time.

`httpx.ASGITransport` is async-only and ignores timeouts; these honour the request's read
timeout against the simulator's VirtualClock, so a `delay:` fault longer than the timeout
raises `httpx.ReadTimeout` after advancing the clock by exactly the timeout.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Any

import httpx

from ._pipeline import set_content_type
from ._state import _parse_kind
from ._wire import Response

if TYPE_CHECKING:
    from ._core import Simulator


class _Plan:
    __slots__ = ("op_id", "reset_after", "response")

    def __init__(self) -> None:
        self.op_id: str | None = None
        self.reset_after = False
        self.response: Response | None = None


def _before(sim: Simulator, request: httpx.Request) -> _Plan:
    """Apply the fault scheduled for this call (if any) before the app sees it."""
    plan = _Plan()
    op = sim.operation_for(request.method, request.url.path)
    plan.op_id = op.operation_id if op else None
    kind = sim.faults.take(plan.op_id)
    if kind is None:
        return plan
    name, arg = _parse_kind(kind)
    if name == "refuse":
        raise httpx.ConnectError("simulated: connection refused", request=request)
    if name == "reset_before":
        raise httpx.RemoteProtocolError(
            "simulated: server disconnected without sending a response", request=request
        )
    if name == "reset_after":
        plan.reset_after = True
    elif name == "status":
        plan.response = sim.fault_response(op, int(arg or 500))
        if op is not None:
            set_content_type(sim, op, plan.response)
    elif name == "delay":
        delay = float(arg or 0)
        timeout = (request.extensions.get("timeout") or {}).get("read")
        if timeout is not None and delay > timeout:
            sim.clock.advance(timeout)
            raise httpx.ReadTimeout("simulated: read timed out", request=request)
        sim.clock.advance(delay)
    return plan


def _scope(request: httpx.Request, body: bytes) -> dict[str, Any]:
    url = request.url
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": url.path,
        "raw_path": url.raw_path.split(b"?", 1)[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "server": (url.host, url.port or 80),
        "client": ("127.0.0.1", 0),
    }


def _to_httpx(response: Response, request: httpx.Request) -> httpx.Response:
    payload = response.encode()
    headers = dict(response.headers)
    if payload and not any(k.lower() == "content-type" for k in headers):
        headers["Content-Type"] = "application/json"
    return httpx.Response(response.status, headers=headers, content=payload, request=request)


def _finish(plan: _Plan, request: httpx.Request, response: Response) -> httpx.Response:
    if plan.reset_after:
        raise httpx.ReadError(
            "simulated: connection reset after the request was processed", request=request
        )
    return _to_httpx(response, request)


class SimulatorTransport(httpx.BaseTransport):
    """Sync transport: runs the request through the simulator without a network or event loop."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = _before(self.sim, request)
        if plan.response is not None:
            return _to_httpx(plan.response, request)
        body = request.read()
        response = _run_app(self.sim, _scope(request, body), body)
        return _finish(plan, request, response)


class AsyncSimulatorTransport(httpx.AsyncBaseTransport):
    """Async twin of SimulatorTransport (same faults, same clock, same app)."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = _before(self.sim, request)
        if plan.response is not None:
            return _to_httpx(plan.response, request)
        body = await request.aread()
        response = await _call_app(self.sim, _scope(request, body), body)
        return _finish(plan, request, response)


async def _call_app(sim: Simulator, scope: dict[str, Any], body: bytes) -> Response:
    sent = False
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await sim.app(scope, receive, send)
    headers = {
        k.decode("latin-1"): v.decode("latin-1")
        for k, v in start.get("headers", [])
        if k.lower() != b"content-length"
    }
    return Response(start.get("status", 500), headers=headers, raw=b"".join(chunks))


def _run_app(sim: Simulator, scope: dict[str, Any], body: bytes) -> Response:
    """Drive the ASGI coroutine synchronously; it never truly suspends, so no loop is needed."""
    coro = _call_app(sim, scope, body)
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coro.close()
    # The app awaited something real (a subclass may): fall back to a private loop in a thread.
    box: dict[str, Response] = {}
    thread = threading.Thread(
        target=lambda: box.setdefault("r", asyncio.run(_call_app(sim, scope, body)))
    )
    thread.start()
    thread.join()
    return box["r"]
