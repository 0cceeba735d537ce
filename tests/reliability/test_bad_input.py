"""Bad input: every body constraint and documented rule broken, plus hypothesis-generated invalid
bodies -> RequestValidationError, and nothing on the transport."""

from __future__ import annotations

import pytest

from _campaign import family_params, has_documented_rules, run_bad_input


@pytest.mark.parametrize("provider", family_params("bad input"))
def test_invalid_requests_are_never_sent(provider: str) -> None:
    result = run_bad_input(provider, 40)
    assert result.wrong == []
    assert result.requests_sent == 0
    assert result.constraint_cases > 0
    assert result.generated > 0
    if has_documented_rules(provider):  # each profile's extra rules are broken at least once
        assert result.rule_cases > 0, f"{provider}: its simulator's rule_breakers() breaks none"
    assert set(result.outcomes) == {"RequestValidationError"}
