"""Sabotage control: with the money rule off (retry everything) the campaign must see duplicates."""

from __future__ import annotations

import pytest

from _campaign import (
    CAMPAIGN,
    campaign_providers,
    family_params,
    not_applicable,
    run_campaign,
    scenario,
)
from giftkit._connect import profile


@pytest.mark.parametrize("provider", family_params(CAMPAIGN))
def test_without_the_money_rule_duplicates_appear(provider: str) -> None:
    prof = profile(provider)
    if prof.value_creating <= prof.idempotent:
        pytest.skip(
            f"{provider}: every value-creating operation is resend-safe by its spec "
            f"({', '.join(sorted(prof.value_creating))}): the money rule holds no re-send back, "
            "so switching it off changes nothing"
        )
    result = run_campaign(provider, 300, seed=1, sabotage=True, scan_secrets=False)
    assert result.resubmissions > 0, "the sabotaged client never re-sent a processed create"
    if scenario(provider).server_dedupes:
        assert result.duplicates == 0  # the provider itself refuses a re-sent code
    else:
        assert result.duplicates > 0, "the campaign cannot see double issuances"


def test_sabotage_is_seen_in_total() -> None:
    total = sum(
        run_campaign(p, 200, seed=2, sabotage=True, scan_secrets=False).duplicates
        for p in campaign_providers()
        if not_applicable(p, CAMPAIGN) is None
    )
    assert total > 0
