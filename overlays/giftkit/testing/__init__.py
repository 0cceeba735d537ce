"""Stateful provider simulators for tests and local development.

    sim = giftkit.testing.simulator("rebilly", seed=0)
    client = giftkit.connect("rebilly", base_url=sim.base_url, transport=sim.transport(),
                             clock=sim.clock, **sim.fixtures["connect"])

Each provider is one module here (`giftkit.testing.<provider>`) on the shared core.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from ._clock import VirtualClock, WallClock
from ._core import (
    Call,
    Conflict,
    FieldError,
    Ledger,
    LedgerEntry,
    ProviderError,
    Request,
    Response,
    Simulator,
    ValidationFailed,
    handles,
)
from ._families import TaggedCall

__all__ = [
    "Call",
    "Conflict",
    "FieldError",
    "Ledger",
    "LedgerEntry",
    "ProviderError",
    "Request",
    "Response",
    "Simulator",
    "TaggedCall",
    "ValidationFailed",
    "VirtualClock",
    "WallClock",
    "handles",
    "providers",
    "simulator",
]


def providers() -> list[str]:
    """Every provider with a simulator module (discovered, never listed by hand)."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def simulator_class(provider: str) -> type[Simulator]:
    module = importlib.import_module(f"{__name__}.{provider}")
    found = [
        v
        for v in vars(module).values()
        if isinstance(v, type)
        and issubclass(v, Simulator)
        and v is not Simulator
        and v.__module__ == module.__name__
    ]
    if len(found) != 1:
        raise LookupError(f"giftkit.testing.{provider} must define exactly one Simulator subclass")
    return found[0]


def simulator(
    provider: str, seed: int = 0, clock: VirtualClock | None = None, **options: Any
) -> Simulator:
    """A fresh simulator of `provider` with its own store, ledger, faults and clock."""
    if provider not in providers():
        raise LookupError(f"no simulator for {provider!r}; have {', '.join(providers())}")
    return simulator_class(provider)(seed=seed, clock=clock, **options)
