"""Stateful contract tests over the OpenAPI links in each spec (Rebilly create -> get -> upsert ->
expire, Voucherify import -> async action, Dots.eco list products -> add card), against fresh
simulators, derandomized. Each link's target must have succeeded on linked data at least once."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

import giftkit.testing as testing
from giftkit.testing._contract import SESSION_RECORDER, load_schema


def _links(sim: testing.Simulator) -> list[tuple[str, str]]:
    """(source operationId, target operationId) for every link in the spec."""
    found = []
    for op in sim.index.operations.values():
        for response in op.raw.get("responses", {}).values():
            for link in (response.get("links") or {}).values():
                link = sim.index.deref(link)
                if link.get("operationId"):
                    found.append((op.operation_id, link["operationId"]))
    return found


LINKED = [p for p in testing.providers() if _links(testing.simulator(p))]


@pytest.mark.parametrize("provider", LINKED)
def test_links(provider: str) -> None:
    sim = testing.simulator(provider, seed=0)  # empty store: only linked ids can resolve
    schema = load_schema(sim, stateful=True, recorder=SESSION_RECORDER)

    class Scenario(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # every scenario starts from an empty simulator: the rules a step enables then depend
            # on that scenario's own steps only, as Hypothesis requires when it replays one
            sim.reset()

    Scenario.run(
        settings=settings(
            max_examples=15,
            derandomize=True,
            database=None,
            deadline=None,
            stateful_step_count=6,
            suppress_health_check=list(HealthCheck),
        )
    )
    ok = {label for label, _, status in sim.requests if 200 <= status < 300}
    for source, target in _links(sim):
        assert source in ok, f"{provider}: link source {source} never succeeded"
        assert target in ok, f"{provider}: link {source} -> {target} never reached a 2xx"
