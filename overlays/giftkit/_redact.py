"""Masking of secrets: credentials, and what is money in itself (gift codes, PINs, redeem links).

Logs are built from an allowlist (method, masked path, status, request id, elapsed), so nothing
else can leak through them; error text, bodies, requests and responses are masked here.
"""

from __future__ import annotations

import contextvars
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

import httpx

from ._constants import LOGGER_NAME, MASK

logger = logging.getLogger(LOGGER_NAME)

# headers that always carry credentials, whatever the provider
_ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_MIN_SECRET_LEN = 3  # shorter values would mask unrelated text and are not secrets worth the name


class Redactor:
    """Masks one client's secrets: fixed credentials plus values seen under secret keys."""

    def __init__(
        self,
        *,
        secret_fields: Iterable[str] = (),
        secret_headers: Iterable[str] = (),
        secret_values: Iterable[str] = (),
        dynamic_values: Callable[[], Iterable[str]] | None = None,
    ):
        self.secret_fields = frozenset(f.lower() for f in secret_fields)
        self.secret_headers = _ALWAYS_SECRET_HEADERS | {h.lower() for h in secret_headers}
        self.secret_values = frozenset(v for v in secret_values if v and len(v) >= _MIN_SECRET_LEN)
        # secrets that change while the client lives (an OAuth access token), read when masking
        self.dynamic_values = dynamic_values

    def with_values(self, values: Iterable[str]) -> Redactor:
        extra = {v for v in values if v and len(v) >= _MIN_SECRET_LEN} - self.secret_values
        if not extra:
            return self
        clone = Redactor.__new__(Redactor)
        clone.secret_fields = self.secret_fields
        clone.secret_headers = self.secret_headers
        clone.secret_values = self.secret_values | extra
        clone.dynamic_values = self.dynamic_values
        return clone

    # --- finding secrets ---
    def collect(self, data: Any) -> set[str]:
        """Values found under secret keys anywhere in a JSON document."""
        found: set[str] = set()
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, Mapping):
                for key, value in node.items():
                    if (
                        isinstance(key, str)
                        and key.lower() in self.secret_fields
                        and value is not None
                    ):
                        if isinstance(value, (str, int)) and not isinstance(value, bool):
                            found.add(str(value))
                        else:
                            stack.append(value)
                            found |= {str(v) for v in _leaves(value)}
                    else:
                        stack.append(value)
            elif isinstance(node, list):
                stack.extend(node)
        return found

    def collect_bytes(self, content: bytes) -> set[str]:
        try:
            return self.collect(json.loads(content))
        except (ValueError, UnicodeDecodeError, RecursionError):
            return set()

    # --- masking ---
    def text(self, text: str) -> str:
        values: Iterable[str] = self.secret_values
        if self.dynamic_values is not None:
            values = self.secret_values | {
                v for v in self.dynamic_values() if v and len(v) >= _MIN_SECRET_LEN
            }
        for value in sorted(values, key=len, reverse=True):
            for form in _forms(value):
                if form in text:
                    text = text.replace(form, MASK)
        return text

    def body(self, data: Any) -> Any:
        """A masked copy of a JSON document (one nested too deeply to walk is withheld)."""
        try:
            return self._body(data)
        except RecursionError:
            return "[body nested too deeply to mask: withheld]"

    def _body(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            return {
                k: (
                    MASK
                    if isinstance(k, str) and k.lower() in self.secret_fields and v is not None
                    else self._body(v)
                )
                for k, v in data.items()
            }
        if isinstance(data, list):
            return [self._body(v) for v in data]
        if isinstance(data, str):
            return self.text(data)
        return data

    def content(self, content: bytes) -> tuple[Any, bytes]:
        """(masked parsed body or masked text, masked bytes) of a raw body."""
        try:
            parsed = json.loads(content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            # a body we cannot parse cannot be masked field by field: withhold it
            text = f"[{len(content)} bytes of non-JSON body withheld]"
            return text, text.encode()
        masked = self.body(parsed)
        return masked, json.dumps(masked).encode()

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        return httpx.Headers(
            [
                (k, MASK if k.lower() in self.secret_headers else self.text(v))
                for k, v in headers.multi_items()
            ]
        )

    def url(self, url: httpx.URL, masked_path: str | None = None) -> httpx.URL:
        safe = url.copy_with(query=None, fragment=None)
        if masked_path is not None:
            safe = safe.copy_with(raw_path=masked_path.encode())
        return httpx.URL(self.text(str(safe)))

    def request(self, request: httpx.Request, masked_path: str | None = None) -> httpx.Request:
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = b""
        _, masked = self.content(content) if content else (None, b"")
        return httpx.Request(
            request.method,
            self.url(request.url, masked_path),
            headers=self.headers(request.headers),
            content=masked,
        )

    def response(self, response: httpx.Response, request: httpx.Request | None) -> httpx.Response:
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        _, masked = self.content(content) if content else (None, b"")
        headers = self.headers(response.headers)
        headers["content-length"] = str(len(masked))
        if "content-encoding" in headers:
            del headers["content-encoding"]
        return httpx.Response(
            response.status_code, headers=headers, content=masked, request=request
        )


@lru_cache(maxsize=1024)
def _forms(value: str) -> tuple[str, ...]:
    """A secret as it may appear in text: plain, percent-encoded (a URL), JSON- and
    repr-escaped (a body or a repr quoting it)."""
    from urllib.parse import quote

    forms = {value, quote(value, safe=""), json.dumps(value)[1:-1], repr(value)[1:-1]}
    return tuple(sorted(forms, key=len, reverse=True))


def _leaves(data: Any) -> Iterable[Any]:
    if isinstance(data, Mapping):
        for v in data.values():
            yield from _leaves(v)
    elif isinstance(data, list):
        for v in data:
            yield from _leaves(v)
    elif data is not None and not isinstance(data, bool):
        yield data


def mask_path(template: str, values: Mapping[str, str], secret_params: frozenset[str]) -> str:
    """The request path with every secret path parameter masked."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", MASK if name in secret_params else value)
    return path


# httpx logs every request it completes, full URL included, on its own logger at INFO
# ("HTTP Request: GET https://.../vouchers/<code> ..."): a gift code in a path would reach any
# application that logs at INFO. giftkit's transport records the masked URL of the request it
# just answered, and this filter puts it in place of the real one.
HTTPX_LOGGER = logging.getLogger("httpx")
_ANSWERED: contextvars.ContextVar[tuple[httpx.URL, str] | None] = contextvars.ContextVar(
    "giftkit_answered", default=None
)


class _MaskAnsweredURL(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        answered = _ANSWERED.get()
        args = record.args
        if (
            answered is not None
            and isinstance(args, tuple)
            and len(args) > 1
            and args[1] is answered[0]
        ):
            record.args = (args[0], answered[1], *args[2:])
            _ANSWERED.set(None)
        return True


_MASK_ANSWERED_URL = _MaskAnsweredURL()


def mask_httpx_log(url: httpx.URL, masked: Callable[[], str]) -> None:
    """Before handing httpx a response for `url`: its request log line will show `masked()`."""
    if HTTPX_LOGGER.isEnabledFor(logging.INFO):
        if _MASK_ANSWERED_URL not in HTTPX_LOGGER.filters:
            HTTPX_LOGGER.addFilter(_MASK_ANSWERED_URL)
        _ANSWERED.set((url, masked()))


def log_attempt(
    *,
    provider: str,
    method: str,
    path: str,
    status: int | str,
    request_id: str | None,
    elapsed: float,
    attempt: int,
) -> None:
    """One line per attempt, from the allowlist only."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s %s -> %s request_id=%s elapsed=%.3fs attempt=%d",
            provider,
            method,
            path,
            status,
            request_id or "-",
            elapsed,
            attempt,
        )
