"""Mutation check: the contract suite must FAIL when a simulator or a spec is broken.

Each test breaks one thing in memory (never the real files: an instance patch of a simulator's
request handler, or a deep copy of a spec) and runs the suite's own checks on one operation:
the schemathesis config from `giftkit.testing._contract.config_dict` (what `load_schema` and so
tests/contract/test_schemathesis.py use: seed, auth headers, per-operation expectations, every
default check), through schemathesis' engine, with few examples and the examples + fuzzing
phases. The same run on the unbroken simulator is the control: the check the mutation should
trip must pass there and fail on the mutant.

Mutations:
* a simulator drops a required field from a success response      -> response schema check;
* a simulator answers an undocumented success status               -> status code check;
* a spec copy documents another success status than the simulator's -> status code check;
* a simulator answers errors in another provider's error shape     -> response schema check.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

import _clients as kit
import giftkit.testing as testing
from giftkit.testing import FieldError
from giftkit.testing._contract import auth_headers, config_dict
from giftkit.testing._core import Response

PROVIDERS = kit.spec_providers()  # one without a simulator fails every mutation, naming it
EXAMPLES = 4  # per operation and phase: keeps every mutation run well under a second
# The coverage phase (hundreds of boundary cases per operation) is left out of mutation runs:
# examples and fuzzing (positive and negative) reach every mutated response already.
PHASES = ("examples", "fuzzing")
SCHEMA_CHECK = "response_schema_conformance"
STATUS_CHECK = "status_code_conformance"

Mutation = Callable[[Response], Response]


# -- running the suite on one operation ---------------------------------------------------------


def run_suite(
    sim: testing.Simulator,
    operation_id: str,
    *,
    spec: dict[str, Any] | None = None,
    phases: tuple[str, ...] = PHASES,
) -> list[str]:
    """The contract suite on one operation, through schemathesis' engine: the suite's own config
    (`config_dict`: seed, expectations, auth headers, all default checks) with few examples and
    the given phases. Returns '<check>: <title>' per failed check."""
    import schemathesis
    from schemathesis import engine
    from schemathesis.config import SchemathesisConfig
    from schemathesis.engine import Status, events

    data = config_dict(type(sim), max_examples=EXAMPLES, headers=auth_headers(sim))
    for phase in ("examples", "coverage", "fuzzing"):
        data["phases"][phase]["enabled"] = phase in phases
    # The suite reads a copy of the (possibly mutated) spec holding little more than this
    # operation; the simulator behind it stays the real one.
    reduced = only_operation(spec if spec is not None else sim.spec, operation_id)
    schema = schemathesis.openapi.from_dict(reduced, config=SchemathesisConfig.from_dict(data))
    schema.app = sim.app
    failures: list[str] = []
    for event in engine.from_schema(schema).execute():
        if isinstance(event, events.FatalError | events.NonFatalError):
            failures.append(f"engine_error: {getattr(event, 'exception', None) or event}")
        if isinstance(event, events.ScenarioFinished):
            for nodes in event.recorder.checks.values():
                for node in nodes:
                    if node.status != Status.SUCCESS and node.failure_info is not None:
                        failures.append(f"{node.name}: {node.failure_info.failure.title}")
    return failures


def only_operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """A copy of `spec` reduced to the path of `operation_id` (every method of it, so Allow
    headers stay right) and the paths a router could confuse with it (`/v1/vouchers/{code}`
    for `/v1/vouchers/import`), links dropped: the suite then runs on little more than one
    operation."""
    spec = copy.deepcopy(spec)
    paths = spec.get("paths", {})
    own = next(
        (
            p
            for p, item in paths.items()
            for m in kit.METHODS
            if isinstance(item.get(m), dict) and item[m].get("operationId") == operation_id
        ),
        None,
    )
    assert own is not None, f"no operation {operation_id!r} in the spec"
    literal = re.sub(r"\{[^}]+\}", "x", own)
    for path in list(paths):
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
        if path != own and not re.match(pattern, literal):
            del paths[path]
    for item in paths.values():
        for method in kit.METHODS:
            for response in ((item.get(method) or {}).get("responses") or {}).values():
                if isinstance(response, dict):
                    response.pop("links", None)
    return spec


def mutate(sim: testing.Simulator, operation_id: str, mutation: Mutation) -> testing.Simulator:
    """Route every answer of `operation_id` through `mutation` (an instance patch on the
    simulator's request handler; the class and the files are untouched)."""
    original = sim.handle

    def handle(request: Any) -> Response:
        response = original(request)
        op = sim.operation_for(request.method, request.path)
        if op is not None and op.operation_id == operation_id:
            return mutation(response)
        return response

    sim.handle = handle  # type: ignore[method-assign]
    return sim


def _kinds(failures: list[str]) -> set[str]:
    return {f.split(":", 1)[0] for f in failures}


def _fresh(provider: str) -> testing.Simulator:
    return testing.simulator(provider, seed=0, examples=True)


def _succeeded(sim: testing.Simulator, operation_id: str) -> bool:
    return any(label == operation_id and 200 <= status < 300 for label, _, status in sim.requests)


def _errored(sim: testing.Simulator, operation_id: str) -> set[int]:
    return {
        status
        for label, _, status in sim.requests
        if label == operation_id and 400 <= status < 500 and status not in (404, 405)
    }


# -- what to mutate -----------------------------------------------------------------------------


def _required(index: Any, schema: dict[str, Any]) -> list[str]:
    schema = index.deref(schema)
    found = list(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        found += _required(index, part)
    return found


def success_targets(provider: str, *, with_required: bool = True) -> list[tuple[str, str, str]]:
    """(operationId, status, first required field or "") of every documented JSON success
    response (only those with a required property if `with_required`)."""
    index = testing.simulator(provider).index
    found = []
    for op in index.operations.values():
        for status, response in op.raw.get("responses", {}).items():
            if not (status.startswith("2") and status.isdigit()):
                continue
            for media, content in (index.deref(response).get("content") or {}).items():
                if "json" in media and content.get("schema"):
                    required = _required(index, content["schema"])
                    if required or not with_required:
                        found.append((op.operation_id, status, required[0] if required else ""))
    return found


@cache
def control(provider: str, operation_id: str) -> tuple[frozenset[str], frozenset[int], bool]:
    """The unbroken simulator's run: its failure kinds, the 4xx statuses it answered, and
    whether it answered a 2xx."""
    sim = _fresh(provider)
    failures = run_suite(sim, operation_id)
    return (
        frozenset(_kinds(failures)),
        frozenset(_errored(sim, operation_id)),
        _succeeded(sim, operation_id),
    )


@cache
def reachable_success(provider: str, *, with_required: bool = True) -> tuple[str, str, str]:
    """The first success target (one with a required field first) that the unbroken suite
    reaches with a 2xx."""
    targets = success_targets(provider, with_required=True)
    if not with_required:
        targets += [t for t in success_targets(provider, with_required=False) if t not in targets]
    assert targets, (
        f"{provider}: no success response documents a required field, so a "
        "success body missing any field passes the contract"
    )
    for operation_id, status, name in targets:
        if control(provider, operation_id)[2]:
            return operation_id, status, name
    raise AssertionError(f"{provider}: the suite reaches no 2xx for any of {targets}")


def _undocumented_success(statuses: list[str], current: int) -> int:
    for candidate in (203, 206, 207, 208, 226, 299):
        if str(candidate) not in statuses and candidate != current:
            return candidate
    raise AssertionError(f"every candidate status is documented: {statuses}")


# -- simulator mutations ------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_dropped_required_field_is_caught(provider: str) -> None:
    operation_id, _, name = reachable_success(provider)
    baseline = control(provider, operation_id)[0]
    assert SCHEMA_CHECK not in baseline, f"{provider}.{operation_id}: the control fails already"

    def drop(response: Response) -> Response:
        if 200 <= response.status < 300:
            items = response.body if isinstance(response.body, list) else [response.body]
            for item in items:
                if isinstance(item, dict):
                    item.pop(name, None)
        return response

    sim = mutate(_fresh(provider), operation_id, drop)
    failures = run_suite(sim, operation_id)
    assert _succeeded(sim, operation_id), (
        f"{provider}.{operation_id}: the mutant never answered 2xx"
    )
    assert SCHEMA_CHECK in _kinds(failures), (
        f"{provider}.{operation_id}: dropping required {name!r} from its success response "
        f"survived the contract suite (failures: {sorted(set(failures))})"
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_undocumented_success_status_is_caught(provider: str) -> None:
    operation_id, _, _ = reachable_success(provider, with_required=False)
    baseline = control(provider, operation_id)[0]
    assert STATUS_CHECK not in baseline, f"{provider}.{operation_id}: the control fails already"
    documented = testing.simulator(provider).index.operations[operation_id].statuses

    def restatus(response: Response) -> Response:
        if 200 <= response.status < 300:
            response.status = _undocumented_success(documented, response.status)
        return response

    sim = mutate(_fresh(provider), operation_id, restatus)
    failures = run_suite(sim, operation_id)
    assert STATUS_CHECK in _kinds(failures), (
        f"{provider}.{operation_id}: answering an undocumented success status survived the "
        f"contract suite (failures: {sorted(set(failures))})"
    )


# -- spec mutation ------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_spec_with_changed_success_status_is_caught(provider: str) -> None:
    operation_id, status, _ = reachable_success(provider, with_required=False)
    sim = _fresh(provider)
    spec = kit.spec(provider)
    op = sim.index.operations[operation_id]
    responses = spec["paths"][op.path][op.method.lower()]["responses"]
    moved = str(_undocumented_success(list(responses), int(status)))
    responses[moved] = responses.pop(status)  # the copy documents another status than the sim
    failures = run_suite(sim, operation_id, spec=spec)
    assert _succeeded(sim, operation_id), f"{provider}.{operation_id}: never reached a 2xx"
    assert STATUS_CHECK in _kinds(failures), (
        f"{provider}.{operation_id}: a spec documenting {moved} instead of {status} survived "
        f"the contract suite (failures: {sorted(set(failures))})"
    )


# -- wrong error shape --------------------------------------------------------------------------


def error_operation(provider: str) -> str:
    """The first operation with a request body and a documented 4xx JSON error (negative
    generation reaches it)."""
    index = testing.simulator(provider).index
    for op in index.operations.values():
        if not op.body_media_types:
            continue
        for status, response in op.raw.get("responses", {}).items():
            if status.startswith("4") and (index.deref(response).get("content") or {}):
                return op.operation_id
    raise AssertionError(f"{provider}: no operation with a body documents a 4xx error body")


@cache
def foreign_shape(provider: str) -> str:
    """`provider`'s validation-error body (its own shape, at its own validation status), JSON."""
    sim = testing.simulator(provider)
    error = FieldError("body", ("amount",), "required", "amount is required")
    return json.dumps(
        sim.error_body(
            sim.validation_statuses[0],
            "The given data was invalid.",
            errors=[error],
            code="validation",
        )
    )


SHAPE_CASES = [(p, other) for p in PROVIDERS for other in PROVIDERS if other != p]


def _documented_error_accepts(provider: str, operation_id: str, status: int, body: Any) -> bool:
    """Whether the spec's own error schema for `status` accepts `body` (then no spec-faithful
    check can tell the shapes apart, and the mutant is equivalent for the contract suite)."""
    from jsonschema import Draft202012Validator, FormatChecker

    from speclib import escape_pointer, load_spec, resolve

    spec = load_spec(provider)
    op = testing.simulator(provider).index.operations[operation_id]
    responses = spec["paths"][op.path][op.method.lower()]["responses"]
    key = str(status) if str(status) in responses else f"{str(status)[0]}XX"
    if key not in responses:
        return False
    content = resolve(spec, responses[key]).get("content") or {}
    pointer_base = f"/paths/{escape_pointer(op.path)}/{op.method.lower()}/responses/{key}"
    if "$ref" in responses[key]:
        pointer_base = responses[key]["$ref"][1:]
    for media in content:
        if "json" in media:
            validator = Draft202012Validator(
                {**spec, "$ref": f"#{pointer_base}/content/{escape_pointer(media)}/schema"},
                format_checker=FormatChecker(),
            )
            return bool(validator.is_valid(body))
    return False


@pytest.mark.parametrize(
    ("provider", "shape_of"), SHAPE_CASES, ids=[f"{p}-answers-like-{o}" for p, o in SHAPE_CASES]
)
def test_foreign_error_shape_is_caught(provider: str, shape_of: str) -> None:
    """Errors answered in another provider's shape fail the suite — wherever the provider's
    documented error schema tells the shapes apart. Where it cannot (Rebilly's official problem
    schema requires no member; Favordrop's `{message}` is also part of Voucherify's and GiftMe's
    shapes), the mutant is equivalent and the suite must, consistently, not flag it."""
    if set(json.loads(foreign_shape(provider))) == set(json.loads(foreign_shape(shape_of))):
        pytest.skip(f"{provider} answers in {shape_of}'s error shape already: no mutant to make")
    operation_id = error_operation(provider)
    baseline, statuses, _ = control(provider, operation_id)
    assert statuses, f"{provider}.{operation_id}: the control run reached no 4xx"
    assert SCHEMA_CHECK not in baseline, f"{provider}.{operation_id}: the control fails already"
    shapes: list[tuple[int, Any]] = []
    foreign = json.loads(foreign_shape(shape_of))

    def reshape(response: Response) -> Response:
        own = response.body
        if (
            400 <= response.status < 500
            and response.status not in (404, 405)
            and not (isinstance(own, dict) and set(own) == set(foreign))
        ):
            # only where the shapes differ: the same keys would be no mutation at all
            response.body, response.raw = copy.deepcopy(foreign), None
            shapes.append((response.status, response.body))
        return response

    sim = mutate(_fresh(provider), operation_id, reshape)
    failures = run_suite(sim, operation_id)
    assert shapes, f"{provider}.{operation_id}: the mutant answered no error in another shape"
    distinguishable = any(
        not _documented_error_accepts(provider, operation_id, status, body)
        for status, body in shapes
    )
    if distinguishable:
        assert SCHEMA_CHECK in _kinds(failures), (
            f"{provider}.{operation_id}: errors answered in {shape_of}'s shape "
            f"(e.g. {json.dumps(shapes[0][1])[:200]}) survived the contract suite although the "
            f"documented error schemas for {sorted(statuses)} reject it"
        )
    else:
        assert SCHEMA_CHECK not in _kinds(failures), (
            f"{provider}.{operation_id}: the suite flagged a body its own spec accepts"
        )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_error_body_that_is_no_json_object_is_caught(provider: str) -> None:
    """Every provider's documented error is a JSON object: an HTML error page in its place fails."""
    operation_id = error_operation(provider)
    mutated: list[int] = []

    def html(response: Response) -> Response:
        if 400 <= response.status < 500 and response.status not in (404, 405):
            response.body, response.raw = None, b"<html><body>Bad Request</body></html>"
            response.headers = {**dict(response.headers or {}), "content-type": "application/json"}
            mutated.append(response.status)
        return response

    sim = mutate(_fresh(provider), operation_id, html)
    failures = run_suite(sim, operation_id)
    assert mutated, f"{provider}.{operation_id}: the mutant answered no error"
    assert _kinds(failures) & {SCHEMA_CHECK, "content_type_conformance"}, (
        f"{provider}.{operation_id}: an HTML error page survived the contract suite ({sorted(set(failures))})"
    )


def test_foreign_shapes_are_distinguishable_for_most_pairs() -> None:
    """The shape mutation is not vacuous: most provider pairs' error shapes are told apart."""
    told_apart = 0
    for provider, shape_of in SHAPE_CASES:
        operation_id = error_operation(provider)
        own_status = testing.simulator(provider).validation_statuses[0]
        if not _documented_error_accepts(
            provider, operation_id, own_status, json.loads(foreign_shape(shape_of))
        ):
            told_apart += 1
    assert told_apart >= len(SHAPE_CASES) // 2, told_apart
