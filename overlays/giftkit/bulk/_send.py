"""One row's call and what its answer means for the row (async; the runner paces and journals)."""

from __future__ import annotations

import contextvars
import json
import urllib.parse
from dataclasses import dataclass
from typing import Any

import httpx

from .._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    GiftkitError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
)
from ._effects import BulkOperation

ACCEPTED = "accepted; the provider creates it later: run `giftkit reconcile`"
# an answer that will fail every other row too: stop the batch, leave the rest planned
_FATAL_WORDS = ("insufficient", "balance", "funds", "quota")


# the raw bytes of the answer being read, for the journal when giftkit cannot read it
_RAW: contextvars.ContextVar[dict[str, bytes] | None] = contextvars.ContextVar(
    "giftkit_bulk_raw", default=None
)
RAW_KEEP = 64 * 1024  # bytes of an unreadable answer kept in the journal


class KeepRaw(httpx.AsyncBaseTransport):
    """Under giftkit's transport: keeps the raw answer of the call in flight (same task)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        box = _RAW.get()
        if box is not None:
            content = await response.aread()
            box["raw"] = content[:RAW_KEEP]
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass
class Outcome:
    state: str  # confirmed | failed | unknown | retry | stop
    resource_id: str | None = None
    answer: Any = None
    error: str | None = None
    retry_after: float | None = None
    limited: bool = False
    headers: httpx.Headers | None = None


def _url(template: str, values: dict[str, str]) -> str:
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
    return path


def resource_id(answer: Any, fallback: str | None = None) -> str | None:
    """The created object's id: the first `id` in the answer (depth first), else the key."""
    stack = [answer]
    while stack:
        node = stack.pop(0)
        if isinstance(node, dict):
            if isinstance(node.get("id"), str | int) and not isinstance(node.get("id"), bool):
                return str(node["id"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return fallback


def _fatal(exc: APIStatusError) -> bool:
    if isinstance(exc, AuthenticationError | PermissionDeniedError) or exc.status_code == 402:
        return True
    text = f"{exc.code or ''} {exc.message or ''}".lower()
    return any(word in text for word in _FATAL_WORDS)


async def send(client: httpx.AsyncClient, bulk: BulkOperation, request: dict[str, Any]) -> Outcome:
    path = _url(bulk.template, request.get("path") or {})
    box: dict[str, bytes] = {}
    _RAW.set(box)
    try:
        response = await client.request(
            bulk.method, path, json=request.get("body") if bulk.request_pointer else None
        )
    except OutcomeUnknownError as exc:
        return Outcome("unknown", error=_short(exc))
    except UnexpectedResponseError as exc:
        text = box.get("raw", b"").decode("utf-8", "replace")
        return Outcome("unknown", answer={"unreadable": text}, error=_short(exc))
    except RateLimitError as exc:
        return Outcome("retry", error=_short(exc), retry_after=exc.retry_after, limited=True)
    except APIStatusError as exc:
        return Outcome("stop" if _fatal(exc) else "failed", error=_short(exc))
    except APIConnectionError as exc:  # not sent (a lost answer is OutcomeUnknownError)
        return Outcome("retry", error=_short(exc))
    except GiftkitError as exc:
        return Outcome("failed", error=_short(exc))
    answer = _json(response)
    key = (request.get("path") or {}).get(bulk.key_param or "")
    if response.status_code == 202:  # accepted: created later; the lookup confirms it
        return Outcome(
            "unknown",
            resource_id=resource_id(answer),
            answer=answer,
            error=ACCEPTED,
            headers=response.headers,
        )
    return Outcome(
        "confirmed", resource_id=resource_id(answer, key), answer=answer, headers=response.headers
    )


async def lookup(
    client: httpx.AsyncClient, template: str, param: str, key: str
) -> tuple[bool | None, Any]:
    """(found?, answer): True found, False certainly absent, None could not tell."""
    try:
        response = await client.get(_url(template, {param: key}))
    except NotFoundError:
        return False, None
    except GiftkitError:
        return None, None
    return True, _json(response)


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 300 else text[:297] + "..."


def body_key(request: dict[str, Any], dotted: str | None) -> str | None:
    """The caller-chosen key inside a request body (`0.code`, `orders.0.identifier`)."""
    if not dotted:
        return None
    node: Any = request.get("body")
    for part in dotted.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node if isinstance(node, str) else None


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)
