"""Every operation of every spec, all default checks, against its simulator in-process.

Phases: examples + coverage + fuzzing, fixed seed, derandomized. Per-operation expectations
come from each simulator's `contract_expectations` (where a faithful provider rejects
schema-valid data), never from disabling a check.
"""

from __future__ import annotations

import giftkit.testing as testing
from giftkit.testing._contract import SESSION_RECORDER as RECORDER
from giftkit.testing._contract import load_schema, run_settings


def _schema_for(provider: str):  # type: ignore[no-untyped-def]
    seed, max_examples = run_settings()
    return load_schema(
        testing.simulator(provider, seed=0, examples=True),
        seed=seed,
        max_examples=max_examples,
        recorder=RECORDER,
    )


# One module-level schema per provider: pytest collects `test_<provider>` for each operation.
for _provider in testing.providers():
    _schema = _schema_for(_provider)

    @_schema.parametrize()
    def _test(case):  # type: ignore[no-untyped-def]
        case.call_and_validate()

    _test.__name__ = f"test_{_provider}"
    globals()[_test.__name__] = _test

del _test, _schema, _provider


def test_every_operation_reached_success() -> None:
    """Every operation exercised above answered 2xx at least once (its success path was hit),
    and every operation of every provider was exercised."""
    ran = {provider for provider, _ in RECORDER.statuses}
    missing, never_ok = [], []
    for provider in sorted(ran):
        sim = testing.simulator(provider)
        for op_id in sim.index.operations:
            statuses = RECORDER.statuses.get((provider, op_id))
            if statuses is None:
                missing.append(f"{provider}.{op_id}")
            elif not any(200 <= s < 300 for s in statuses):
                never_ok.append(f"{provider}.{op_id} {sorted(statuses)}")
    assert not missing, f"operations never called: {missing}"
    assert not never_ok, f"operations that never answered 2xx: {never_ok}"
