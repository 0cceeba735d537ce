"""Client conformance: the generated clients, through giftkit, against the simulators.

* every operation of every spec that has a simulator is called with the generated function
  (`sync_detailed` and `asyncio_detailed`) on a client from `giftkit.connect(...)` wired to the
  simulator's transports and clock; each call must succeed (a documented 2xx), and every request
  sent and every response received (captured under giftkit, at the transport) must validate
  against the hand-written spec with openapi-core;
* for every operation with a request body, schemathesis-generated valid bodies (from the
  hand-written spec's request schema) round-trip through the generated models unchanged:
  `Model.from_dict(body).to_dict()`, and what the generated function puts on the wire, equal
  the body (zoned date-times compare as instants: the models re-serialise `Z` as `+00:00`),
  and no documented property survives only in a model's `additional_properties` (which would
  round-trip too, untyped).
"""

from __future__ import annotations

import asyncio
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck
from schemathesis.core import NotSet

import _clients as kit
import giftkit
import giftkit.testing as testing
from giftkit import RequestValidationError

SIMULATED = set(testing.providers())
PROVIDERS = [p for p in kit.spec_providers() if p in SIMULATED]
BODY_OPS = [op for op in kit.iter_ops(PROVIDERS) if op.body_media]
ROUND_TRIP_EXAMPLES = 30


def test_every_spec_has_a_simulator() -> None:
    """Parametrized tests below cover providers with a spec *and* a simulator; this one keeps
    a provider without a simulator from being silently left out."""
    missing = [p for p in kit.spec_providers() if p not in SIMULATED]
    assert not missing, f"specs without a simulator in giftkit.testing: {missing}"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_fixture_connect_keywords_are_accepted(provider: str) -> None:
    """`connect(provider, ..., **sim.fixtures["connect"])`, as giftkit.testing documents it."""
    sim = testing.simulator(provider, seed=0)
    given = sim.fixtures.get("connect")
    assert isinstance(given, dict) and given, f"{provider}: sim.fixtures['connect'] is missing"
    client = giftkit.connect(
        provider,
        base_url=sim.base_url,
        transport=sim.transport(),
        async_transport=sim.async_transport(),
        clock=sim.clock,
        **given,
    )
    assert client is not None


def _connect(provider: str, sim: testing.Simulator, capture: kit.Capture) -> Any:
    return giftkit.connect(
        provider,
        base_url=sim.base_url,
        transport=capture.sync(sim.transport()),
        async_transport=capture.asynchronous(sim.async_transport()),
        clock=sim.clock,
        **kit.connect_kwargs(provider, sim.fixtures),
    )


def _call(
    op: kit.Op, client: Any, kwargs: dict[str, Any], loop: asyncio.AbstractEventLoop | None
) -> Any:
    """`sync_detailed`, or `asyncio_detailed` on the test's one event loop."""
    if loop is None:
        return op.module.sync_detailed(client=client, **kwargs)
    return loop.run_until_complete(op.module.asyncio_detailed(client=client, **kwargs))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("provider", PROVIDERS)
def test_client_conformance(provider: str, mode: str) -> None:
    sim = testing.simulator(provider, seed=0, examples=True)
    capture = kit.Capture()
    client = _connect(provider, sim, capture)
    validator = kit.SpecValidator(provider, sim.base_url)
    state: dict[str, Any] = {}
    failures: list[str] = []
    ops = kit.operations(provider)
    loop = asyncio.new_event_loop() if mode == "async" else None
    try:
        _run_all(ops, client, sim, capture, state, failures, loop)
    finally:
        if loop is not None:
            loop.run_until_complete(client.get_async_httpx_client().aclose())
            loop.close()
    validate_exchanges(provider, ops, capture, validator, failures)
    assert not failures, f"{provider} ({mode}):\n  " + "\n  ".join(failures)


def _run_all(
    ops: list[kit.Op],
    client: Any,
    sim: testing.Simulator,
    capture: kit.Capture,
    state: dict[str, Any],
    failures: list[str],
    loop: asyncio.AbstractEventLoop | None,
) -> None:
    for op in ops:
        response, before, rejected = None, len(capture.exchanges), []
        # The spec's body examples in order: one giftkit refuses before sending (a documented
        # rule, e.g. a fixed date now in the past on the simulator's clock) gives way to the next.
        for example in range(kit.body_example_count(op)):
            try:
                kwargs = kit.call_kwargs(op, state, sim.fixtures, example=example)
                before = len(capture.exchanges)
                response = _call(op, client, kwargs, loop)
                break
            except RequestValidationError as exc:
                rejected.append(f"example {example}: {exc}")
            except Exception as exc:
                rejected.append(f"example {example}: raised {type(exc).__name__}: {exc}")
                break
        if response is None:
            failures.append(f"{op.operation_id}: no call succeeded: {rejected}")
            continue
        if not 200 <= response.status_code < 300:
            failures.append(
                f"{op.operation_id}: answered {response.status_code} {response.content[:300]!r}"
            )
        elif str(response.status_code) not in op.statuses:
            failures.append(f"{op.operation_id}: {response.status_code} is not documented")
        elif response.parsed is None and response.content:
            failures.append(
                f"{op.operation_id}: the generated client parsed nothing from "
                f"{response.content[:200]!r}"
            )
        if len(capture.exchanges) == before:
            failures.append(f"{op.operation_id}: no request reached the transport")
        kit.remember(state, response)


def validate_exchanges(
    provider: str,
    ops: list[kit.Op],
    capture: kit.Capture,
    validator: kit.SpecValidator,
    failures: list[str],
) -> None:
    """Every captured request and response against the spec; every operation sent."""
    assert capture.exchanges, f"{provider}: nothing was captured"
    called: set[str] = set()
    for exchange in capture.exchanges:
        failures += validator.problems(exchange)
        operation_id = validator.operation_of(exchange)
        if operation_id is None:
            failures.append(
                f"{exchange.request.method} {exchange.request.url}: no operation "
                "of the spec matches this request"
            )
        else:
            called.add(operation_id)
    not_called = sorted({op.operation_id for op in ops} - called)
    if not_called:
        failures.append(f"operations never sent: {not_called}")


@pytest.fixture(scope="module")
def st_schemas() -> dict[str, Any]:
    import schemathesis

    return {p: schemathesis.openapi.from_dict(kit.spec(p)) for p in PROVIDERS}


@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.label)
def test_generated_bodies_round_trip(op: kit.Op, st_schemas: dict[str, Any]) -> None:
    operation = st_schemas[op.provider].find_operation_by_id(op.operation_id)
    annotation = kit.body_annotation(op)
    assert annotation is not None, f"{op.label}: the generated function takes no body"
    path_params = {kit.python_name(op, p): "x" for p in op.params if p.location == "path"}
    members = kit.union_member_validators(op.provider)
    seen: list[Any] = []

    @hypothesis.settings(
        max_examples=ROUND_TRIP_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy())
    def round_trip(case: Any) -> None:
        body = case.body
        seen.append(body)
        if isinstance(body, NotSet):  # an optional body left out: nothing to round-trip
            return
        model = kit.to_model(annotation, body)
        back = kit.from_model(model)
        assert kit.same_json(back, body), (
            f"{op.label}: from_dict(body).to_dict() changed the body\n"
            f"  body: {kit.dumps(body)}\n  back: {kit.dumps(back)}"
        )
        wrong = kit.wrong_union_members(model, members)
        assert not wrong, (
            f"{op.label}: the generated union picked the wrong alternative: {wrong}\n"
            f"  body: {kit.dumps(body)}"
        )
        wire = kit.wire_body(op, model, **path_params)
        assert kit.same_json(wire, body), (
            f"{op.label}: the generated function sends a different body\n"
            f"  body: {kit.dumps(body)}\n  wire: {kit.dumps(wire)}"
        )

    round_trip()
    assert seen, f"{op.label}: schemathesis generated no body"


def test_wrong_union_member_is_detected() -> None:
    """The round-trip's union check can fail: a fixed discount (no `value`) parsed as a percent
    discount is reported."""
    from rebilly_client.models import DiscountPercent

    wrong = DiscountPercent.from_dict({"type": "percent", "value": 10})
    wrong.value = "ten"  # type: ignore[assignment]  # what a wrong alternative looks like on the wire
    found = kit.wrong_union_members([wrong], kit.union_member_validators("rebilly"))
    assert len(found) == 1 and found[0].startswith("DiscountPercent does not describe")
