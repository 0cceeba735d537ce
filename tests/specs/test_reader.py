"""The one OpenAPI reader (giftkit._openapi): one route precedence, the same in every reader."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from giftkit._openapi import operations, route_order, template_parameters
from giftkit._spec import OperationTable
from giftkit.testing._spec import SpecIndex
from speclib import load_spec, spec_names


def _op(op_id: str) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}}


def _spec(paths: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


# the templated path first in the document: precedence must not depend on document order
OVERLAPPING = _spec(
    {
        "/vouchers/{code}": {"get": _op("get-voucher"), "post": _op("update-voucher")},
        "/vouchers/import": {"post": _op("import-vouchers")},
        "/{a}/{b}/cccccccccc": {"get": _op("mostly-templated")},
        "/a/b/{c}": {"get": _op("literal-first")},
        "/{kind}/latest": {"get": _op("latest-of-kind")},
        "/items/{id}": {"get": _op("get-item")},
    }
)


def routes(spec: dict[str, Any], method: str, path: str) -> tuple[str | None, str | None]:
    """(the runtime's operation, the simulator's) for one request."""
    found = OperationTable(spec).find(method, path)
    routed = SpecIndex(spec).route(path, method)
    sim = routed[1].get(method) if routed else None
    return (found[0].id if found else None, sim.operation_id if sim else None)


def test_a_literal_segment_wins_over_a_parameter() -> None:
    assert routes(OVERLAPPING, "POST", "/vouchers/import") == ("import-vouchers",) * 2
    assert routes(OVERLAPPING, "POST", "/vouchers/V-1") == ("update-voucher",) * 2


def test_a_method_the_literal_template_lacks_falls_through_to_the_parameter() -> None:
    assert routes(OVERLAPPING, "GET", "/vouchers/import") == ("get-voucher",) * 2


def test_the_first_differing_segment_decides_not_the_count_of_literal_characters() -> None:
    """`/a/b/{c}` has fewer literal characters than `/{a}/{b}/cccccccccc` but a literal where
    the other has a parameter first: the two readers used to disagree here."""
    assert routes(OVERLAPPING, "GET", "/a/b/cccccccccc") == ("literal-first",) * 2
    assert routes(OVERLAPPING, "GET", "/items/latest") == ("get-item",) * 2
    ordered = sorted(
        ["/{a}/{b}/cccccccccc", "/vouchers/{code}", "/a/b/{c}", "/vouchers/import"], key=route_order
    )
    assert ordered.index("/vouchers/import") < ordered.index("/vouchers/{code}")
    assert ordered.index("/a/b/{c}") < ordered.index("/{a}/{b}/cccccccccc")


@pytest.mark.parametrize("provider", spec_names())
def test_runtime_and_simulator_route_every_operation_alike(provider: str) -> None:
    """Every operation's own path (parameters filled) reaches that operation in both readers."""
    spec = load_spec(provider)
    table, index = OperationTable(copy.deepcopy(spec)), SpecIndex(copy.deepcopy(spec))
    checked = 0
    for raw in operations(spec):
        path = raw.path
        for name in template_parameters(raw.path):
            path = path.replace("{" + name + "}", f"x{len(name)}y")
        found = table.find(raw.method.upper(), path)
        routed = index.route(path, raw.method)
        assert found is not None and routed is not None, f"{provider}: {raw.method} {path}"
        assert found[0].id == raw.operation_id, (
            f"{provider}: runtime routed {path} to {found[0].id}"
        )
        assert routed[1][raw.method.upper()].operation_id == raw.operation_id
        checked += 1
    assert checked > 0
