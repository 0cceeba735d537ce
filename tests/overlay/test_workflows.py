"""Workflow helpers: Voucherify import polling, Rebilly pagination."""

from __future__ import annotations

import httpx
import pytest

import giftkit
from _cases import connect


def _action(status: str, result: object = None) -> dict[str, object]:
    body: dict[str, object] = {
        "id": "aa_1",
        "type": "VOUCHERS.IMPORT",
        "status": status,
        "object": "async_action",
    }
    if result is not None:
        body["result"] = result
    return body


def test_wait_for_import_polls_with_backoff_until_done(clock: object) -> None:
    from giftkit.providers import voucherify

    states = [
        _action("ENQUEUED"),
        _action("IN_PROGRESS"),
        _action(
            "DONE",
            {
                "message": "1 imported, 1 failed",
                "done_count": 1,
                "failed_count": 1,
                "failed": [{"code": "DUP-1", "reason": "already exists"}],
            },
        ),
    ]
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=states[min(len(calls), 3) - 1])

    result = voucherify.wait_for_import(connect("voucherify", handler, clock), "aa_1")
    assert result.imported == 1 and result.failed == (("DUP-1", "already exists"),)
    assert len(calls) == 3
    assert clock.sleeps == [1.0, 2.0]  # type: ignore[attr-defined]


def test_wait_for_import_deadline(clock: object) -> None:
    from giftkit.providers import voucherify

    client = connect(
        "voucherify", lambda r: httpx.Response(200, json=_action("IN_PROGRESS")), clock
    )
    with pytest.raises(giftkit.APITimeoutError):
        voucherify.wait_for_import(client, "aa_1", deadline=20)
    assert sum(clock.sleeps) <= 20  # type: ignore[attr-defined]


async def test_await_import(clock: object) -> None:
    from giftkit.providers import voucherify

    client = connect(
        "voucherify",
        lambda r: httpx.Response(
            200, json=_action("DONE", {"done_count": 2, "failed_count": 0, "failed": []})
        ),
        clock,
    )
    result = await voucherify.await_import(client, "aa_1")
    assert result.imported == 2 and result.failed == ()


def _coupon(i: int) -> dict[str, object]:
    return {
        "id": f"C-{i}",
        "discount": {"type": "percent", "value": 10, "context": "items"},
        "issuedTime": "2025-06-01T00:00:00Z",
    }


def _pages(total: int) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        offset = int(request.url.params["offset"])
        items = [_coupon(i) for i in range(offset, min(offset + limit, total))]
        return httpx.Response(200, json=items, headers={"Pagination-Total": str(total)})

    return handler


@pytest.mark.parametrize("total", [0, 3, 10, 11])
def test_rebilly_iterates_every_page(total: int) -> None:
    from giftkit.providers import rebilly

    client = connect("rebilly", _pages(total))
    assert [c.id for c in rebilly.iter_coupons(client, page_size=5)] == [
        f"C-{i}" for i in range(total)
    ]


async def test_rebilly_async_iterator() -> None:
    from giftkit.providers import rebilly

    client = connect("rebilly", _pages(7))
    assert [c.id async for c in rebilly.aiter_coupons(client, page_size=5)] == [
        f"C-{i}" for i in range(7)
    ]
