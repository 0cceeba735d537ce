"""`giftkit serve` extras: faults as rates, a rate limit, and a read-only ledger endpoint.

An ASGI wrapper around a simulator's app, on the simulator's public API (faults by rate drawn
from the simulator's seed, `rate_limit()`, `ledger`). Fault kinds over HTTP:

    reset_before   the connection breaks before the simulator sees the request (not processed)
    reset_after    the request is processed (ledger entry made), then the connection breaks
                   before the answer is complete: the client cannot tell it from reset_before
    timeout        processed, then no answer until the client gives up
    status_<code>  answered <code> in the provider's shape without processing (e.g. status_503)

`GET /_giftkit/ledger` lists every processed value-creating request, those whose answer a fault
dropped included: `{"entries": [{operation, resource_id, client_reference, request_body}]}`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from typing import TYPE_CHECKING, Any

from ._asgi import request_from_scope, send_response

if TYPE_CHECKING:
    from ._core import Simulator

LEDGER_PATH = "/_giftkit/ledger"
KINDS = ("reset_before", "reset_after", "timeout", "status_<code>")


def parse_faults(text: str | None) -> dict[str, float]:
    """`reset_after=0.05,status_503=0.02` -> {kind: probability}; ValueError naming the part."""
    out: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        kind, sep, raw = part.partition("=")
        kind = kind.strip()
        status = kind.removeprefix("status_")
        valid = kind in KINDS[:3] or (
            kind.startswith("status_") and status.isdigit() and 100 <= int(status) <= 599
        )
        if not valid or not sep:
            raise ValueError(
                f"--faults: {part!r}: use <kind>=<rate> with kind in {', '.join(KINDS)}"
            )
        try:
            rate = float(raw)
        except ValueError:
            raise ValueError(f"--faults: {part!r}: the rate must be a number") from None
        if not 0 <= rate <= 1:
            raise ValueError(f"--faults: {part!r}: the rate must be between 0 and 1")
        out[kind] = rate
    if sum(out.values()) > 1:
        raise ValueError("--faults: the rates add up to more than 1")
    return out


def ledger_json(sim: Simulator) -> dict[str, Any]:
    return {
        "entries": [
            {
                "operation": e.operation_id,
                "resource_id": e.reference,
                "client_reference": e.client_reference,
                "request_body": e.payload,
                "issued_at": e.issued_at,
            }
            for e in sim.ledger.entries
        ]
    }


class ServeApp:
    def __init__(
        self,
        sim: Simulator,
        *,
        faults: dict[str, float] | None = None,
        rate_limit: int | None = None,
    ) -> None:
        self.sim = sim
        self.faults = faults or {}
        self.random = random.Random(sim.seed + 2)
        if rate_limit is not None:
            sim.rate_limit(rate_limit, 1.0)
        self.fired: dict[str, int] = {}
        logging.getLogger("uvicorn.error").addFilter(_QuietResets())

    def _draw(self) -> str | None:
        roll = self.random.random()
        for kind, rate in self.faults.items():
            if roll < rate:
                self.fired[kind] = self.fired.get(kind, 0) + 1
                return kind
            roll -= rate
        return None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.sim.app(scope, receive, send)
            return
        root = scope.get("root_path", "")
        path = (
            scope["path"][len(root) :] if root and scope["path"].startswith(root) else scope["path"]
        )
        if path.rstrip("/").endswith(LEDGER_PATH):
            await self._ledger(scope, send)
            return
        kind = self._draw() if self.sim.operation_for(scope["method"], path) else None
        if kind is None:
            await self.sim.app(scope, receive, send)
            return
        if kind == "reset_before":
            await _broken(send)
            return
        if kind.startswith("status_"):
            op = self.sim.operation_for(scope["method"], path)
            response = self.sim.fault_response(op, int(kind.removeprefix("status_")))
            await send_response(send, response, self.sim.index, scope)
            return
        body = await _read_body(receive)
        self.sim.handle(request_from_scope(scope, body))  # processed: the ledger has it
        if kind == "timeout":
            while (await receive())["type"] != "http.disconnect":
                await asyncio.sleep(0)
            return
        await _broken(send)

    async def _ledger(self, scope: dict[str, Any], send: Any) -> None:
        if scope["method"] not in ("GET", "HEAD"):
            status, payload, extra = 405, b'{"message":"read-only"}', [(b"allow", b"GET")]
        else:
            status, payload, extra = 200, json.dumps(ledger_json(self.sim)).encode(), []
        headers = [(b"content-type", b"application/json"), *extra]
        headers.append((b"content-length", str(len(payload)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


class _QuietResets(logging.Filter):
    """A simulated reset is the point, not an application error: keep it out of the server log."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not (isinstance(error, ConnectionResetError) and "giftkit serve" in str(error))


async def _read_body(receive: Any) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    return bytes(body)


async def _broken(send: Any) -> None:
    """Headers promising a body that never comes: the server closes the connection mid-answer."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
        }
    )
    raise ConnectionResetError("giftkit serve: simulated connection reset")
