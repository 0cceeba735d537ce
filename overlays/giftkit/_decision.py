"""The money rule: what to do after each attempt of a logical request. Pure: no I/O, no errors
built here (the engine turns a Fail into the error it names), so sync and async share every rule.

An operation's effect and resend safety are facts of the spec (`x-giftkit-effect`,
`x-giftkit-resend`; an operation that declares neither creates value). Per attempt:

- not sent (connection refused, connect timeout, pool timeout): retried, for every operation;
- 429 or a documented not-processed status: retried, for every operation (the server did nothing);
- sent but no answer (read timeout, reset) or a 5xx/408: retried for reads and for operations
  declared safe to resend (client-chosen id, idempotency key, upsert); for any other operation
  that creates or moves value it is OutcomeUnknownError and is never repeated;
- any 2xx to an operation that creates or moves value means the value was issued: if the answer
  is not as documented (body, status, content type, size), it is ProcessedResponseError, never a
  clean failure and never a resend;
- a resend-safe operation whose retries end in a failure after an attempt that may have been
  processed is OutcomeUnknownError too: the last failure does not prove nothing was issued;
- every wait is capped (MAX_RETRY_WAIT for a server's Retry-After, MAX_BACKOFF computed), and the
  whole logical call, retries included, ends at its deadline (`total_timeout`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

from . import _constants as C

# the outcome of a failed attempt, for the engine to turn into an error
UNKNOWN = "unknown"  # OutcomeUnknownError: may have been processed, not retried
STATUS = "status"  # the APIStatusError subclass of the answer's status
CONNECTION = "connection"  # APIConnectionError / APITimeoutError: nothing came back
UNEXPECTED = "unexpected"  # UnexpectedResponseError (ProcessedResponseError for a processed create)


@dataclass(frozen=True)
class Retry:
    """Wait this many seconds, then send again."""

    wait: float


@dataclass(frozen=True)
class Fail:
    """End the call with the error of this kind; `ambiguous`: an attempt may have been processed."""

    kind: str
    why: str = ""
    ambiguous: bool = False


@dataclass
class Attempt:
    """What the decision needs to know about the call so far."""

    money: bool  # creates or moves value and is not safe to resend
    value_creating: bool  # creates or moves value (resend-safe ones included)
    max_retries: int
    deadline: float | None  # clock time at which the logical call ends (None: no deadline)
    number: int = 0
    ambiguous: bool = False  # an earlier attempt may have been processed


def backoff(attempt: int, rng: random.Random) -> float:
    base = min(C.MAX_BACKOFF, C.INITIAL_BACKOFF * (2.0**attempt))
    return base * (1 - C.JITTER * rng.random())


def _within(state: Attempt, wait: float, now: float) -> bool:
    """Another attempt is allowed and its wait ends before the call's deadline."""
    if state.number >= state.max_retries:
        return False
    return state.deadline is None or now + wait < state.deadline


def after_exception(
    state: Attempt, *, not_sent: bool, retryable: bool, wait: float, now: float
) -> Retry | Fail:
    """A transport error: `not_sent` when the request certainly never reached the server."""
    if not_sent and retryable and _within(state, wait, now):
        return Retry(wait)
    if not not_sent and state.money:
        return Fail(UNKNOWN, "no answer after the request was sent")
    state.ambiguous |= state.value_creating and not not_sent
    if retryable and _within(state, wait, now):
        return Retry(wait)
    return Fail(CONNECTION, ambiguous=state.ambiguous)


def after_status(
    state: Attempt,
    status: int,
    *,
    not_processed: bool,
    server_wait: float | None,
    wait: float,
    now: float,
) -> Retry | Fail:
    """An error status (>= 400): retry, or end with the error of the status (or unknown)."""
    if status == 429 or not_processed:
        if server_wait is None and _within(state, wait, now):
            return Retry(wait)
        if (
            server_wait is not None
            and server_wait <= C.MAX_RETRY_WAIT
            and _within(state, server_wait, now)
        ):
            return Retry(server_wait)
        return Fail(STATUS, ambiguous=state.ambiguous)
    if status >= 500:
        if state.money:
            return Fail(UNKNOWN, f"the server answered {status}")
        state.ambiguous |= state.value_creating
        chosen = wait if server_wait is None or server_wait > C.MAX_RETRY_WAIT else server_wait
        if _within(state, chosen, now):
            return Retry(chosen)
        return Fail(STATUS, ambiguous=state.ambiguous)
    if status == 408 and not state.money and _within(state, wait, now):
        state.ambiguous |= state.value_creating
        return Retry(wait)
    return Fail(STATUS, ambiguous=state.ambiguous)


def seconds(raw: str, unit: str, now: float) -> float | None:
    """A rate-limit header's wait in seconds (None when it cannot be read). `seconds-or-date` is
    Retry-After: delta-seconds or any HTTP-date form (GMT, -0000, +0000; a past date is 0)."""
    try:
        if unit == "ms":
            return float(raw) / 1000.0
        if unit == "seconds":
            return float(raw)
        if unit == "epoch":
            value = float(raw)
            return value / 1000.0 - now if value > 1e11 else value - now  # epoch millis tolerated
        if unit in ("seconds-or-date", "http-date"):
            if unit == "seconds-or-date":
                try:
                    return float(raw)
                except ValueError:
                    pass
            stamp = parsedate_to_datetime(raw)
            if stamp.tzinfo is None:  # "-0000": UTC, by RFC 5322
                from datetime import UTC

                stamp = stamp.replace(tzinfo=UTC)
            return stamp.timestamp() - now
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    return None


_STANDARD_WAIT_HEADERS = (("retry-after-ms", "ms"), ("retry-after", "seconds-or-date"))


def server_wait(
    headers: httpx.Headers, profile_headers: tuple[tuple[str, str], ...], now: float
) -> float | None:
    """Seconds the server asks us to wait, from the standard and the profile's headers."""
    for name, unit in (*_STANDARD_WAIT_HEADERS, *profile_headers):
        raw = headers.get(name)
        if raw is None:
            continue
        value = seconds(raw.strip(), unit, now)
        if value is not None:
            return max(0.0, value)
    return None
