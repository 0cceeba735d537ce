"""Async parity: the same rules through asyncio and asyncio_detailed."""

from __future__ import annotations

import httpx
import pytest

import giftkit
from _cases import Case, all_cases, connect

CASES = all_cases()
BY_ID = {c.op_id: c for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=repr)
async def test_async_success(case: Case) -> None:
    client = connect(
        case.provider, lambda r: httpx.Response(case.success_status, json=case.success_body)
    )
    sync_result = case.module.sync(client=client, **case.kwargs)
    async_result = await case.module.asyncio(client=client, **case.kwargs)
    assert type(sync_result) is type(async_result)
    detailed = await case.module.asyncio_detailed(client=client, **case.kwargs)
    assert detailed.status_code == case.success_status


async def test_async_429_then_200(clock: object) -> None:
    c = BY_ID["createOrders"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": "1"})
        return httpx.Response(c.success_status, json=c.success_body)

    await c.module.asyncio(client=connect("giftme", handler, clock), **c.kwargs)
    assert len(seen) == 2 and clock.sleeps == [1.0]  # type: ignore[attr-defined]


async def test_async_reset_after_send_on_create_is_outcome_unknown(clock: object) -> None:
    c = BY_ID["createOrders"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.RemoteProtocolError("reset", request=request)

    with pytest.raises(giftkit.OutcomeUnknownError) as info:
        await c.module.asyncio(client=connect("giftme", handler, clock), **c.kwargs)
    assert len(seen) == 1 and info.value.client_reference is not None


async def test_async_read_retried(clock: object) -> None:
    c = BY_ID["GetCoupon"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(c.success_status, json=c.success_body)

    await c.module.asyncio(client=connect("rebilly", handler, clock), **c.kwargs)
    assert len(seen) == 2


@pytest.mark.parametrize("status", [400, 404, 422, 520])
async def test_async_errors_match_sync(status: int) -> None:
    c = BY_ID["GetCoupon"]
    client = connect(
        "rebilly", lambda r: httpx.Response(status, json={"title": "x"}), max_retries=0
    )
    with pytest.raises(giftkit.GiftkitError) as sync_info:
        c.module.sync(client=client, **c.kwargs)
    with pytest.raises(giftkit.GiftkitError) as async_info:
        await c.module.asyncio(client=client, **c.kwargs)
    assert type(sync_info.value) is type(async_info.value)


async def test_async_validation_sends_nothing() -> None:
    from giftme_client.models import GiftmeCreateOrdersRequest

    seen: list[httpx.Request] = []
    client = connect("giftme", lambda r: seen.append(r) or httpx.Response(500))
    body = GiftmeCreateOrdersRequest.from_dict(
        {"cashier_pin": 1, "orders": [{"amount": "x", "context": "all", "receiver_phone": "1"}]}
    )
    with pytest.raises(giftkit.RequestValidationError):
        await BY_ID["createOrders"].module.asyncio(client=client, body=body)
    assert seen == []
