"""`giftkit.options(...)`: per-block overrides of the timeout, the retry count and the total
deadline of the calls made inside it (a context variable, so threads and tasks keep their own)."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class CallOptions:
    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    total_timeout: float | None = None


OVERRIDES: contextvars.ContextVar[CallOptions | None] = contextvars.ContextVar(
    "giftkit_overrides", default=None
)


@contextlib.contextmanager
def options(
    *,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    total_timeout: float | None = None,
) -> Iterator[None]:
    """Override, for the calls made inside the `with` block, the per-attempt timeout, the retry
    count and/or the total deadline of one logical call (seconds, retries and waits included)."""
    token = OVERRIDES.set(
        CallOptions(timeout=timeout, max_retries=max_retries, total_timeout=total_timeout)
    )
    try:
        yield
    finally:
        OVERRIDES.reset(token)
