"""Stateful contract tests over the OpenAPI links in each spec (e.g. Rebilly create -> get ->
upsert -> expire), against fresh simulators, derandomized."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

import giftkit.testing as testing
from giftkit.testing._contract import SESSION_RECORDER, load_schema


def _has_links(sim: testing.Simulator) -> bool:
    return any(r.get("links") for op in sim.index.operations.values()
               for r in op.raw.get("responses", {}).values())


LINKED = [p for p in testing.providers() if _has_links(testing.simulator(p))]


@pytest.mark.parametrize("provider", LINKED)
def test_links(provider: str) -> None:
    sim = testing.simulator(provider, seed=0)
    schema = load_schema(sim, stateful=True, recorder=SESSION_RECORDER)
    machine = schema.as_state_machine()
    machine.run(settings=settings(max_examples=15, derandomize=True, database=None,
                                  deadline=None, stateful_step_count=6,
                                  suppress_health_check=list(HealthCheck)))
    assert len(sim.requests) > 0
