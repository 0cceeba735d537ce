"""The simulator as a raw ASGI 3 application (no web framework)."""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING, Any

from ._wire import Request, Response

if TYPE_CHECKING:
    from ._core import Simulator


class AsgiApp:
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        response = self.sim.handle(request_from_scope(scope, bytes(body)))
        await send_response(send, response, self.sim.index, scope)


def request_from_scope(scope: dict[str, Any], body: bytes) -> Request:
    raw_path = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else urllib.parse.quote(scope["path"])
    path = path.split("?", 1)[0]
    root = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    query = urllib.parse.parse_qsl(
        scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
    )
    headers: dict[str, str] = {}
    for key, value in scope.get("headers", []):
        name = key.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers[name] = f"{headers[name]}, {text}" if name in headers else text
    return Request(scope["method"].upper(), path, query, headers, body)


async def send_response(send: Any, response: Response, index: Any, scope: dict[str, Any]) -> None:
    payload = response.encode()
    headers = [
        (k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in response.headers.items()
    ]
    names = {k for k, _ in headers}
    if payload and b"content-type" not in names:
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send(
        {"type": "http.response.body", "body": payload if scope["method"] != "HEAD" else b""}
    )
