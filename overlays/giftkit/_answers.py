"""Reading an answer: at most MAX_BODY_BYTES of it (a stream without Content-Length included),
then, for a success, its status, content type and body against the spec. A body that passes is
handed to the generated client parsed, so it is not parsed twice."""

from __future__ import annotations

import json
from typing import Any

import httpx

from . import _constants as C
from ._spec import OperationTable

TOO_LARGE = "the body is too large"
UNDECODABLE = "the body cannot be decoded as its Content-Encoding says"
_NOTHING: Any = object()


class BodyUnreadable(Exception):
    """The answer is too large or cannot be decoded; `.why` says which."""

    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


class _TooLarge(Exception):
    pass


def _unread(response: httpx.Response) -> bool:
    """Whether the body still has to be streamed in (a MockTransport's or a simulator's comes
    whole); refuses a declared Content-Length over the cap before anything is read."""
    try:
        declared = int(response.headers.get("content-length", "0"))
    except ValueError:
        declared = 0
    if declared > C.MAX_BODY_BYTES:
        raise _TooLarge
    try:
        return len(response.content) > C.MAX_BODY_BYTES
    except httpx.ResponseNotRead:
        return True


def read_capped(response: httpx.Response) -> None:
    """Read the body into the response, or raise BodyUnreadable (the stream closed)."""
    try:
        if not _unread(response):
            return
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > C.MAX_BODY_BYTES:
                raise _TooLarge
            chunks.append(chunk)
    except _TooLarge:
        response.close()
        raise BodyUnreadable(TOO_LARGE) from None
    except httpx.DecodingError:
        response.close()
        raise BodyUnreadable(UNDECODABLE) from None
    response._content = b"".join(chunks)


async def aread_capped(response: httpx.Response) -> None:
    """The async twin of read_capped."""
    try:
        if not _unread(response):
            return
        chunks: list[bytes] = []
        total = 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > C.MAX_BODY_BYTES:
                raise _TooLarge
            chunks.append(chunk)
    except _TooLarge:
        await response.aclose()
        raise BodyUnreadable(TOO_LARGE) from None
    except httpx.DecodingError:
        await response.aclose()
        raise BodyUnreadable(UNDECODABLE) from None
    response._content = b"".join(chunks)


def success_problem(table: OperationTable, op: Any, response: httpx.Response) -> str | None:
    """Why a 2xx answer is not as documented (None: it is, and it was handed over parsed)."""
    if op is None:
        return None
    if not op.documented_success(response.status_code):
        return f"status {response.status_code} is not documented for {op.id}"
    _, pointer = op.response_pointer(response.status_code)
    if pointer is None:
        return None
    content_type = response.headers.get("content-type", "")
    if content_type and "json" not in content_type.lower():
        return "the content type is not JSON"
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return "the body is not JSON"
    try:
        errors = table.response_errors(pointer, data)
    except RecursionError:
        errors = {"body": ["is nested too deeply"]}
    if errors:
        detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in list(errors.items())[:10])
        return f"the body is not as documented: {detail}"
    _hand_over(response, data)
    return None


class _ParsedResponse(httpx.Response):
    """A response whose JSON body giftkit has parsed and validated. Its first `json()` call (the
    generated client's) returns that document instead of parsing the body again; the document is
    not kept by giftkit, so the caller owns it. Later calls, or calls with json.loads options,
    parse as httpx does."""

    _giftkit_json: Any

    def json(self, **kwargs: Any) -> Any:
        parsed = self.__dict__.pop("_giftkit_json", _NOTHING)
        if parsed is _NOTHING or kwargs:
            return super().json(**kwargs)
        return parsed


def _hand_over(response: httpx.Response, data: Any) -> None:
    if type(response) is httpx.Response:  # a transport's own Response subclass is left alone
        response.__class__ = _ParsedResponse
        response.__dict__["_giftkit_json"] = data
