"""Fault campaign (quick): value-creating calls with random faults, reconciled with the ledger."""

from __future__ import annotations

import random

import pytest

import giftkit.testing as gt
from _campaign import (
    CAMPAIGN,
    FAULTS,
    campaign_providers,
    family_params,
    missing_simulators,
    not_applicable,
    run_campaign,
    scenario,
)

QUICK_CALLS = 300


def test_every_spec_has_a_simulator_and_a_scenario() -> None:
    assert missing_simulators() == [], (
        f"providers with a spec but no simulator: {missing_simulators()}"
    )
    for provider in campaign_providers():  # a tagged call, or a declared reason not to
        if not_applicable(provider, CAMPAIGN) is None:
            assert scenario(provider).make(gt.simulator(provider), 0, random.Random(0)).tags


@pytest.mark.parametrize("provider", family_params(CAMPAIGN))
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
