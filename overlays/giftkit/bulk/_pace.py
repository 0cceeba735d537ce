"""Pacing: one token bucket per run, shared by every worker, corrected by what the server says.

Seeded from `--rate`, else the profile's documented limit. Every answer's rate-limit headers
are read: none left in the window means nobody sends until it resets. A 429 pauses everyone for
its Retry-After and lowers the rate (so one 429 does not become a storm); successes raise it
back towards the seed.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Mapping

DEFAULT_RATE = 5.0  # calls per second when the provider documents no limit
_REMAINING = re.compile(r"^(x-)?rate-?limit-remaining$", re.IGNORECASE)


class Pacer:
    def __init__(
        self, rate: float, *, burst: float = 1.0, now: Callable[[], float] = time.monotonic
    ) -> None:
        if rate <= 0:
            raise ValueError("the rate must be above 0 calls per second")
        self.target = rate
        self.rate = rate
        self.burst = max(1.0, burst)
        self._now = now
        self._tokens = 1.0
        self._stamp = now()
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self.limited = 0  # 429 answers seen

    def _wait(self) -> float:
        now = self._now()
        if now < self._paused_until:
            return self._paused_until - now
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.rate

    async def acquire(self) -> None:
        async with self._lock:  # one waiter at a time: the order of requests is the order of asking
            while (wait := self._wait()) > 0:
                await asyncio.sleep(wait)

    def pause(self, seconds: float) -> None:
        """Nobody sends for `seconds` (the longest pause asked wins)."""
        until = self._now() + max(0.0, seconds)
        self._paused_until = max(self._paused_until, until)
        self._tokens = 0.0
        self._stamp = max(self._stamp, until)

    def on_limited(self, retry_after: float | None) -> None:
        self.limited += 1
        self.rate = max(self.target / 20, self.rate * 0.8)
        self.pause(retry_after if retry_after is not None else 1.0 / self.rate)

    def on_answer(self, headers: Mapping[str, str], reset_in: float | None) -> None:
        """Honour a window with nothing left; recover the rate slowly after successes."""
        self.rate = min(self.target, self.rate * 1.01)
        for name, value in headers.items():
            if _REMAINING.match(name) and value.strip().isdigit() and int(value) == 0:
                if reset_in is not None:
                    self.pause(reset_in)
                return


def seed_rate(override: float | None, documented: tuple[int, float] | None) -> float:
    if override is not None:
        return override
    if documented is not None:
        calls, per = documented
        return calls / per
    return DEFAULT_RATE
