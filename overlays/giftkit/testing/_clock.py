"""Virtual time shared by a simulator, its transports and the client under test."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

# A fixed default start keeps contract runs reproducible; pass `start=time.time()` for wall time.
DEFAULT_START = 1_767_225_600.0  # 2026-01-01T00:00:00Z


class VirtualClock:
    """A clock that only moves when told to: `sleep()` advances it instead of blocking.

    `now()` is seconds since the epoch (a float), so it doubles as `time.time()` for code that
    stamps or compares dates; `sleep()` and `asleep()` are drop-in replacements for
    `time.sleep` / `asyncio.sleep` in retry loops.
    """

    def __init__(self, start: float | None = None) -> None:
        self._now = float(DEFAULT_START if start is None else start)
        self._lock = threading.Lock()
        self.slept: list[float] = []  # every sleep() asked for, in order: handy for backoff tests

    def now(self) -> float:
        with self._lock:
            return self._now

    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def __repr__(self) -> str:
        return f"VirtualClock({self.datetime().isoformat()})"


class WallClock(VirtualClock):
    """Real time, for `giftkit serve`: the same interface, but it never drifts from the wall."""

    def __init__(self) -> None:
        super().__init__(time.time())
        self._offset = 0.0

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._offset += seconds
        return self.now()
