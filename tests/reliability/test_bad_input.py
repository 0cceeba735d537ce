"""Bad input: every body constraint and documented rule broken, plus hypothesis-generated invalid
bodies -> RequestValidationError, and nothing on the transport."""

from __future__ import annotations

import pytest

from _campaign import RULE_BREAKERS, campaign_providers, has_documented_rules, run_bad_input


@pytest.mark.parametrize("provider", campaign_providers())
def test_invalid_requests_are_never_sent(provider: str) -> None:
    result = run_bad_input(provider, 40)
    assert result.wrong == []
    assert result.requests_sent == 0
    assert result.constraint_cases > 0
    assert result.generated > 0
    if has_documented_rules(provider):  # each profile's extra rules are broken at least once
        assert provider in RULE_BREAKERS and result.rule_cases > 0
    assert set(result.outcomes) == {"RequestValidationError"}
