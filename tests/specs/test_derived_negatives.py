"""For every constraint in every spec, a derived payload that violates it is rejected — and
rejected because of that constraint. A constraint with no derivable violation fails."""

from __future__ import annotations

import pytest

from _constraints import Spec, Violation, describe, keyword_in_errors
from speclib import load_spec, spec_names


def _all_violations() -> list[Violation]:
    found = []
    for name in spec_names():
        spec = Spec(name, load_spec(name))
        for target in spec.targets():
            found.extend(spec.violations(target))
    return found


VIOLATIONS = _all_violations()


def test_every_spec_yields_constraints() -> None:
    per_provider = {
        name: sum(1 for v in VIOLATIONS if v.target.provider == name) for name in spec_names()
    }
    assert all(count > 0 for count in per_provider.values()), per_provider


@pytest.mark.parametrize("violation", VIOLATIONS, ids=[v.id for v in VIOLATIONS])
def test_violation_is_rejected_for_its_constraint(violation: Violation) -> None:
    assert violation.problem is None, violation.problem
    spec = Spec(violation.target.provider, load_spec(violation.target.provider))
    errors = spec.errors(violation.target.pointer, violation.payload)
    assert errors, f"accepted: {describe(violation.payload)}"
    assert keyword_in_errors(errors, violation.accept), (
        f"rejected, but not for {violation.keyword}: {[e.message for e in errors][:3]}"
    )
