"""Fault campaign (quick): value-creating calls with random faults, reconciled with the ledger."""

from __future__ import annotations

import pytest

from _campaign import FAULTS, campaign_providers, missing_simulators, run_campaign, spec_providers

QUICK_CALLS = 300


def test_every_spec_has_a_simulator_and_a_scenario() -> None:
    assert missing_simulators() == [], (
        f"providers with a spec but no simulator: {missing_simulators()}"
    )
    assert set(campaign_providers()) >= set(spec_providers())


@pytest.mark.parametrize("provider", campaign_providers())
def test_faults_cost_nothing(provider: str) -> None:
    result = run_campaign(provider, QUICK_CALLS, seed=1)
    assert result.problems() == []
    assert result.calls == QUICK_CALLS
    assert set(result.modes) == {"sync", "async", "concurrent"}
    # the campaign really exercised what it claims: every fault kind fired, every outcome seen
    fired = {kind for kind, count in result.faults.items() if count}
    assert {kind for kind, _ in FAULTS} - fired == set(), result.faults
    assert result.faults["429 (rate limit, reset headers)"] > 0
    assert result.outcomes["success"] > 0 and result.outcomes["unknown"] > 0
    assert result.outcomes["raw"] == 0
    assert result.issued >= result.outcomes["success"]
    if result.reconciled:
        assert result.reconcile_mismatch == 0
