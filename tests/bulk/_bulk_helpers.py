"""Helpers for the bulk tests: example rows of a provider, a run against its in-process simulator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import giftkit.bulk as bulk
from giftkit._connect import provider_names
from giftkit.testing import Simulator, simulator


def write_rows(provider: str, path: Path, count: int) -> Path:
    path.write_text("".join(bulk.example_csv(provider, count)), encoding="utf-8")
    return path


def pick(rule: Callable[[bulk.BulkOperation], bool]) -> str:
    """The first provider (registry order) whose bulk operation satisfies `rule`."""
    found = [p for p in provider_names() if rule(bulk.bulk_operation(p))]
    if not found:
        pytest.skip("no provider has this property")
    return found[0]


def with_lookup(op: bulk.BulkOperation) -> bool:
    return op.lookup is not None and op.key_param is not None


def without_mechanism(op: bulk.BulkOperation) -> bool:
    return not op.reconcilable


class Spy(httpx.AsyncBaseTransport):
    """The simulator's transport, with a hook seeing each request before it is handled."""

    def __init__(self, sim: Simulator, before: Callable[[httpx.Request], None] | None = None):
        self.inner = sim.async_transport()
        self.before = before
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.before is not None:
            self.before(request)
        return await self.inner.handle_async_request(request)


def run(
    provider: str,
    rows: Path,
    journal: Path,
    sim: Simulator,
    transport: httpx.AsyncBaseTransport | None = None,
    **kwargs: Any,
) -> bulk.Summary:
    return bulk.issue(
        provider,
        rows,
        journal=journal,
        base_url=sim.base_url,
        rate=1e6,
        async_transport=transport or sim.async_transport(),
        **{**sim.fixtures["connect"], **kwargs},
    )


def fresh(provider: str) -> Simulator:
    return simulator(provider)
