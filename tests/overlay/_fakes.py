"""Test doubles shared by the overlay tests."""

from __future__ import annotations


class FakeClock:
    """now() advances only when giftkit sleeps: tests never wait."""

    def __init__(self, start: float = 1_700_000_000.0):
        self.t = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
