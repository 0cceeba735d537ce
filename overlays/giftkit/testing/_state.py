"""A simulator's state: the store, the ledger of issued value, scheduled faults, rate windows."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ._clock import VirtualClock
from ._wire import JSON, Conflict

# -- state -------------------------------------------------------------------------------------


class Collection:
    """An insertion-ordered table: list() returns exactly what was added, in order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._rows: dict[str, dict[str, Any]] = {}

    def add(self, key: str, row: dict[str, Any]) -> dict[str, Any]:
        if key in self._rows:
            raise Conflict(f"{self.name} {key!r} exists")
        self._rows[key] = row
        return row

    def put(self, key: str, row: dict[str, Any]) -> dict[str, Any]:
        self._rows[key] = row
        return row

    def get(self, key: str) -> dict[str, Any] | None:
        return self._rows.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self._rows.values()))

    def list(self) -> list[dict[str, Any]]:
        return list(self._rows.values())

    def remove(self, key: str) -> dict[str, Any] | None:
        return self._rows.pop(key, None)


class Store:
    def __init__(self) -> None:
        self._collections: dict[str, Collection] = {}

    def __getitem__(self, name: str) -> Collection:
        return self._collections.setdefault(name, Collection(name))

    collection = __getitem__


@dataclass(frozen=True)
class LedgerEntry:
    operation_id: str
    reference: str | None
    client_reference: str | None
    payload: JSON
    issued_at: float  # virtual clock seconds


class Ledger:
    """Every value-creating call the simulator processed (what the provider would bill).

    Work a provider finishes in the background (an async import) is settled on the virtual
    clock before the entries are read, so reading never sees a stale ledger.
    """

    def __init__(self, clock: VirtualClock, settle: Callable[[], None] | None = None) -> None:
        self._clock = clock
        self._settle = settle
        self._entries: list[LedgerEntry] = []

    @property
    def entries(self) -> list[LedgerEntry]:
        if self._settle is not None:
            self._settle()
        return self._entries

    def record(
        self,
        operation_id: str,
        *,
        reference: str | None = None,
        client_reference: str | None = None,
        payload: JSON = None,
        issued_at: float | None = None,
    ) -> LedgerEntry:
        entry = LedgerEntry(
            operation_id,
            reference,
            client_reference,
            payload,
            self._clock.now() if issued_at is None else issued_at,
        )
        self._entries.append(entry)
        return entry

    def find(
        self,
        *,
        client_reference: str | None = None,
        reference: str | None = None,
        operation_id: str | None = None,
    ) -> list[LedgerEntry]:
        """Entries matching every given field (a list: more than one means a duplicate issue)."""
        return [
            e
            for e in self.entries
            if (client_reference is None or e.client_reference == client_reference)
            and (reference is None or e.reference == reference)
            and (operation_id is None or e.operation_id == operation_id)
        ]

    def duplicates(self) -> dict[str, list[LedgerEntry]]:
        """client_reference -> entries, for every client reference issued more than once."""
        seen: dict[str, list[LedgerEntry]] = {}
        for entry in self.entries:
            if entry.client_reference is not None:
                seen.setdefault(entry.client_reference, []).append(entry)
        return {ref: found for ref, found in seen.items() if len(found) > 1}

    def __len__(self) -> int:
        return len(self.entries)

    def clear(self) -> None:
        self._entries.clear()


FAULT_KINDS = ("refuse", "reset_before", "reset_after", "status:<code>", "delay:<seconds>")


@dataclass
class _FaultRule:
    operation_id: str
    kind: str
    remaining: int | None
    probability: float | None


class Faults:
    """Scheduled transport failures; `_transport` consumes them request by request."""

    def __init__(self, rng: random.Random, known: set[str]) -> None:
        self._rng = rng
        self._known = known
        self._rules: list[_FaultRule] = []
        self.fired: list[tuple[str, str]] = []  # (operation_id, kind), in order

    def schedule(
        self, operation_id: str, kind: str, times: int | None = 1, probability: float | None = None
    ) -> None:
        """Fail the next `times` calls of `operation_id` ("*" = any; times=None = forever).

        kinds: refuse, reset_before, reset_after, status:<code>, delay:<seconds>.
        With `probability`, each call fails with that chance (seeded) until `times` have fired.
        """
        _parse_kind(kind)
        if operation_id != "*" and operation_id not in self._known:
            raise ValueError(f"unknown operation {operation_id!r}; known: {sorted(self._known)}")
        self._rules.append(_FaultRule(operation_id, kind, times, probability))

    def clear(self) -> None:
        self._rules.clear()

    def take(self, operation_id: str | None) -> str | None:
        for rule in self._rules:
            if rule.operation_id not in ("*", operation_id) or rule.remaining == 0:
                continue
            if rule.probability is not None and self._rng.random() >= rule.probability:
                continue
            if rule.remaining is not None:
                rule.remaining -= 1
            self.fired.append((operation_id or "?", rule.kind))
            return rule.kind
        return None

    @property
    def pending(self) -> int:
        return sum(1 for r in self._rules if r.remaining != 0)


def _parse_kind(kind: str) -> tuple[str, float | None]:
    name, _, arg = kind.partition(":")
    if name in ("refuse", "reset_before", "reset_after") and not arg:
        return name, None
    if name == "status" and arg.isdigit() and 100 <= int(arg) <= 599:
        return name, float(arg)
    if name == "delay":
        try:
            return name, float(arg)
        except ValueError:
            pass
    raise ValueError(f"unknown fault kind {kind!r}; use one of {', '.join(FAULT_KINDS)}")


@dataclass
class RateWindow:
    """The fixed window a rate limit counts in (virtual clock)."""

    limit: int
    per_seconds: float
    started: float
    used: int = 0

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def reset_at(self) -> float:
        return self.started + self.per_seconds

    def reset_in(self, now: float) -> float:
        return max(0.0, self.reset_at - now)
