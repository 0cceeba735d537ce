"""giftkit.paginate on the simulators: every item exactly once, over several pages, stopping
exactly where the provider's scheme says the list ends (sync and async)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

import giftkit
import giftkit.testing as testing

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from speclib import load_spec, operations, spec_names  # noqa: E402


def _connect(sim: testing.Simulator) -> Any:
    return giftkit.connect(
        sim.provider,
        base_url=sim.base_url,
        transport=sim.transport(),
        async_transport=sim.async_transport(),
        clock=sim.clock,
        **sim.fixtures["connect"],
    )


def _list_requests(sim: testing.Simulator, operation_id: str) -> int:
    return sum(1 for label, _, _ in sim.requests if label == operation_id)


def test_every_list_operation_declares_how_it_pages() -> None:
    """A bare-array or enveloped list answer without x-giftkit-pagination cannot be walked."""
    undeclared = []
    for provider in spec_names():
        spec = load_spec(provider)
        for op in operations(spec, provider):
            listing = op.method == "get" and (
                "Collection" in op.operation_id or op.operation_id.startswith("list")
            )
            if listing and "x-giftkit-pagination" not in op.node:
                undeclared.append(f"{provider} {op.operation_id}")
    assert undeclared == []


def _rebilly_with_coupons(count: int) -> tuple[testing.Simulator, Any]:
    sim = testing.simulator("rebilly", seed=1)
    client = _connect(sim)
    from rebilly_client.api.coupons import put_coupon
    from rebilly_client.models.coupon import Coupon

    for n in range(count):
        body = Coupon.from_dict(
            {
                "discount": {"type": "percent", "value": 5, "context": "items"},
                "issuedTime": "2020-01-01T00:00:00Z",
            }
        )
        put_coupon.sync(f"PAGE-{n:03d}", client=client, body=body)
    return sim, client


@pytest.mark.parametrize(("count", "requests"), [(7, 3), (9, 3)])
def test_rebilly_offset_pages_every_coupon_once(count: int, requests: int) -> None:
    """7 coupons in pages of 3: a short third page ends it; 9: Pagination-Total ends it after
    the third full page (no fourth, empty request)."""
    from rebilly_client.api.coupons import get_coupon_collection

    sim, client = _rebilly_with_coupons(count)
    before = _list_requests(sim, "GetCouponCollection")
    ids = [c.id for c in giftkit.paginate(get_coupon_collection, client=client, page_size=3)]
    assert sorted(ids) == [f"PAGE-{n:03d}" for n in range(count)]
    assert _list_requests(sim, "GetCouponCollection") - before == requests


def test_rebilly_offset_pages_async() -> None:
    from rebilly_client.api.coupons import get_coupon_collection

    sim, client = _rebilly_with_coupons(8)

    async def walk() -> list[str]:
        pages = giftkit.paginate(get_coupon_collection, client=client, page_size=3)
        return [c.id async for c in pages]

    ids = asyncio.run(walk())
    assert sorted(ids) == [f"PAGE-{n:03d}" for n in range(8)]
    assert _list_requests(sim, "GetCouponCollection") == 3


def test_rebilly_iter_coupons_pages_with_filters() -> None:
    sim, client = _rebilly_with_coupons(5)
    coupons = list(giftkit.rebilly.iter_coupons(client, page_size=2, sort=["-id"]))
    assert [c.id for c in coupons] == [f"PAGE-{n:03d}" for n in reversed(range(5))]
    assert _list_requests(sim, "GetCouponCollection") == 3


def test_rebilly_page_size_beyond_the_documented_limit_is_refused() -> None:
    from rebilly_client.api.coupons import get_coupon_collection

    sim, client = _rebilly_with_coupons(0)
    with pytest.raises(giftkit.ConfigurationError, match="between 1 and 1000"):
        giftkit.paginate(get_coupon_collection, client=client, page_size=1001)
    assert _list_requests(sim, "GetCouponCollection") == 0


def test_a_list_returned_whole_is_one_request() -> None:
    """dots.eco documents no paging: the catalogue comes back whole, in one request."""
    from dots_eco_client.api.flow_cards import list_flow_cards

    sim = testing.simulator("dots_eco", seed=1)
    client = _connect(sim)
    kwargs = {"app_token": sim.fixtures["app_token"]}
    whole = list_flow_cards.sync(client=client, **kwargs)
    sim.requests.clear()
    walked = list(giftkit.paginate(list_flow_cards, client=client, **kwargs))
    assert [w.to_dict() for w in walked] == [w.to_dict() for w in whole]
    assert len(walked) >= 1
    assert _list_requests(sim, "listFlowCards") == 1


def test_an_operation_that_is_not_a_list_is_refused() -> None:
    from rebilly_client.api.coupons import get_coupon

    _, client = _rebilly_with_coupons(0)
    with pytest.raises(giftkit.ConfigurationError, match="not a list operation"):
        giftkit.paginate(get_coupon, client=client)


def test_rebilly_walk_past_the_documented_offset_bound_is_refused_before_sending() -> None:
    """Rebilly serves offset <= 1000: with page_size 1000 the third page cannot be asked for."""
    from rebilly_client.api.coupons import get_coupon_collection

    sim, client = _rebilly_with_coupons(1)
    coupons = sim.store["coupons"]
    template = coupons.get("PAGE-000")
    for n in range(1, 2_001):
        coupons.put(f"PAGE-{n:04d}", {**template, "id": f"PAGE-{n:04d}"})
    seen = 0
    with pytest.raises(giftkit.RequestValidationError, match="narrow the list"):
        for _ in giftkit.paginate(get_coupon_collection, client=client, page_size=1000):
            seen += 1
    assert seen == 2_000
    assert _list_requests(sim, "GetCouponCollection") == 2


@pytest.mark.parametrize(("count", "requests"), [(7, 3), (9, 3)])
def test_tremendous_offset_pages_every_order_once(count: int, requests: int) -> None:
    """Pages held in the answer's `orders`, the total in its `total_count`: 9 orders in pages of
    3 end after the third full page (no fourth, empty request)."""
    import random

    from tremendous_client.api.orders import create_order, list_orders
    from tremendous_client.models import TremendousSingleRewardOrder

    sim = testing.simulator("tremendous")
    client = _connect(sim)
    before_orders = len(list(giftkit.paginate(list_orders, client=client, page_size=500)))
    rng = random.Random(7)
    tags = []
    for n in range(count):
        call = sim.tagged_call(n, rng, "PAGE")
        body = TremendousSingleRewardOrder.from_dict(call.body)
        create_order.sync(client=client, body=body)
        tags.append(call.tags[0])
    before = _list_requests(sim, "listOrders")
    size = 3 if not before_orders else before_orders + 3
    names = [
        r.recipient.name
        for order in giftkit.paginate(list_orders, client=client, page_size=size)
        for r in (order.rewards or [])
        if r.recipient
    ]
    assert sorted(n for n in names if n in tags) == sorted(tags)
    assert len(names) == len(set(names))
    if not before_orders:
        assert _list_requests(sim, "listOrders") - before == requests
