"""Retries, backoff and the money rule, on a fake clock (nothing sleeps for real)."""

from __future__ import annotations

import email.utils
from collections.abc import Callable

import httpx
import pytest

import giftkit
from _cases import Case, all_cases, connect

CASES = {c.op_id: c for c in all_cases()}


def case(op: str) -> Case:
    return CASES[op]


def ok(c: Case) -> httpx.Response:
    return httpx.Response(c.success_status, json=c.success_body)


def sequence(
    *steps: Callable[[httpx.Request], httpx.Response],
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return steps[min(len(seen), len(steps)) - 1](request)

    return seen, handler


def raise_(exc: type[Exception]) -> Callable[[httpx.Request], httpx.Response]:
    def step(request: httpx.Request) -> httpx.Response:
        raise exc("boom", request=request)  # type: ignore[call-arg]

    return step


def test_429_then_200_on_a_create_is_retried_after_retry_after(clock: object) -> None:
    c = case("createOrders")
    seen, handler = sequence(
        lambda r: httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": "2"}),
        lambda r: ok(c),
    )
    client = connect("giftme", handler, clock)
    c.module.sync(client=client, **c.kwargs)
    assert len(seen) == 2
    assert clock.sleeps == [2.0]  # type: ignore[attr-defined]
    assert seen[0].content == seen[1].content  # same client reference on the retry


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"X-RateLimit-Retry-After": str(1_700_000_000 + 7)}, 7.0),
        ({"Retry-After": email.utils.formatdate(1_700_000_000 + 4, usegmt=True)}, 4.0),
    ],
)
def test_server_wait_hints(headers: dict[str, str], expected: float, clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(
        lambda r: httpx.Response(429, json={"title": "x"}, headers=headers), lambda r: ok(c)
    )
    c.module.sync(client=connect("rebilly", handler, clock), **c.kwargs)
    assert len(seen) == 2
    assert clock.sleeps == [pytest.approx(expected)]  # type: ignore[attr-defined]


def test_wait_beyond_cap_raises_rate_limit_error_at_once(clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(
        lambda r: httpx.Response(429, json={"title": "x"}, headers={"Retry-After": "3600"})
    )
    with pytest.raises(giftkit.RateLimitError) as info:
        c.module.sync(client=connect("rebilly", handler, clock), **c.kwargs)
    assert info.value.retry_after == 3600.0
    assert len(seen) == 1 and clock.sleeps == []  # type: ignore[attr-defined]


def test_429_exhausted_raises_rate_limit_error(clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(lambda r: httpx.Response(429, json={"title": "x"}))
    with pytest.raises(giftkit.RateLimitError) as info:
        c.module.sync(client=connect("rebilly", handler, clock, max_retries=3), **c.kwargs)
    assert len(seen) == 4 and info.value.retry_after is None
    sleeps = clock.sleeps  # type: ignore[attr-defined]
    assert len(sleeps) == 3 and sleeps[0] < sleeps[1] < sleeps[2]  # exponential backoff


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout]
)
@pytest.mark.parametrize("op", ["createOrders", "PostCoupon", "createFavordrop"])
def test_sent_then_lost_on_a_create_raises_outcome_unknown_after_one_request(
    exc: type[Exception], op: str, clock: object
) -> None:
    c = case(op)
    seen, handler = sequence(raise_(exc), lambda r: ok(c))
    with pytest.raises(giftkit.OutcomeUnknownError) as info:
        c.module.sync(client=connect(c.provider, handler, clock), **c.kwargs)
    err = info.value
    assert len(seen) == 1
    assert err.operation == op and err.how_to_reconcile
    assert isinstance(err.__cause__, exc)
    if op == "createOrders":
        assert err.client_reference is not None and err.client_reference in seen[0].content.decode()
    else:
        assert err.client_reference is None


def test_5xx_on_a_create_raises_outcome_unknown_with_status_error_cause(clock: object) -> None:
    c = case("PostCoupon")
    seen, handler = sequence(
        lambda r: httpx.Response(502, json={"title": "bad gateway"}), lambda r: ok(c)
    )
    with pytest.raises(giftkit.OutcomeUnknownError) as info:
        c.module.sync(client=connect("rebilly", handler, clock), **c.kwargs)
    assert len(seen) == 1
    assert isinstance(info.value.__cause__, giftkit.InternalServerError)


@pytest.mark.parametrize("op", ["createOrders", "PostCoupon"])
def test_refused_connection_on_a_create_is_retried(op: str, clock: object) -> None:
    c = case(op)
    seen, handler = sequence(raise_(httpx.ConnectError), lambda r: ok(c))
    c.module.sync(client=connect(c.provider, handler, clock), **c.kwargs)
    assert len(seen) == 2


def test_refused_until_exhausted_is_connection_error(clock: object) -> None:
    c = case("createOrders")
    seen, handler = sequence(raise_(httpx.ConnectError))
    with pytest.raises(giftkit.APIConnectionError):
        c.module.sync(client=connect("giftme", handler, clock, max_retries=2), **c.kwargs)
    assert len(seen) == 3


@pytest.mark.parametrize(
    "step",
    [
        raise_(httpx.ReadTimeout),
        raise_(httpx.RemoteProtocolError),
        lambda r: httpx.Response(503, json={"title": "x"}),
    ],
)
def test_a_read_is_retried(step: Callable[[httpx.Request], httpx.Response], clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(step, lambda r: ok(c))
    c.module.sync(client=connect("rebilly", handler, clock), **c.kwargs)
    assert len(seen) == 2


def test_read_timeout_exhausted_is_timeout_error(clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(raise_(httpx.ReadTimeout))
    with pytest.raises(giftkit.APITimeoutError) as info:
        c.module.sync(client=connect("rebilly", handler, clock, max_retries=1), **c.kwargs)
    assert len(seen) == 2 and isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_idempotent_upsert_is_retried_after_a_lost_response(clock: object) -> None:
    c = case("PutCoupon")
    seen, handler = sequence(
        raise_(httpx.ReadTimeout),
        lambda r: httpx.Response(500, json={"title": "x"}),
        lambda r: ok(c),
    )
    c.module.sync(client=connect("rebilly", handler, clock), **c.kwargs)
    assert len(seen) == 3


def test_per_call_override_of_retries_and_timeout(clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(lambda r: httpx.Response(503, json={"title": "x"}), lambda r: ok(c))
    client = connect("rebilly", handler, clock)
    with giftkit.options(max_retries=0, timeout=1.5), pytest.raises(giftkit.InternalServerError):
        c.module.sync(client=client, **c.kwargs)
    assert len(seen) == 1
    assert seen[0].extensions["timeout"]["read"] == 1.5


def test_default_timeouts_are_on() -> None:
    seen: list[httpx.Request] = []
    c = case("GetCoupon")
    client = connect("rebilly", lambda r: seen.append(r) or ok(c))
    c.module.sync(client=client, **c.kwargs)
    assert seen[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }


def test_a_caller_reference_is_kept(clock: object) -> None:
    c = case("createOrders")
    _seen, handler = sequence(raise_(httpx.ReadTimeout))
    body = c.kwargs["body"].to_dict()
    body["orders"][0]["identifier"] = "my-own-ref-1"
    from giftme_client.models import GiftmeCreateOrdersRequest

    with pytest.raises(giftkit.OutcomeUnknownError) as info:
        c.module.sync(
            client=connect("giftme", handler, clock), body=GiftmeCreateOrdersRequest.from_dict(body)
        )
    assert info.value.client_references[0] == "my-own-ref-1"


def test_idempotent_upsert_that_never_settles_is_outcome_unknown(clock: object) -> None:
    """A lost answer, then only 5xx: the coupon may exist, so the caller is not told it failed."""
    c = case("PutCoupon")
    seen, handler = sequence(
        raise_(httpx.ReadTimeout), *[lambda r: httpx.Response(503, json={"title": "x"})] * 3
    )
    with pytest.raises(giftkit.OutcomeUnknownError) as info:
        c.module.sync(client=connect("rebilly", handler, clock, max_retries=2), **c.kwargs)
    assert len(seen) == 3
    assert isinstance(info.value.__cause__, giftkit.InternalServerError)
    assert "Safe to repeat" in str(info.value)


def test_read_that_never_settles_is_a_plain_error(clock: object) -> None:
    c = case("GetCoupon")
    seen, handler = sequence(
        raise_(httpx.ReadTimeout), *[lambda r: httpx.Response(503, json={"title": "x"})] * 3
    )
    with pytest.raises(giftkit.InternalServerError):
        c.module.sync(client=connect("rebilly", handler, clock, max_retries=2), **c.kwargs)
    assert len(seen) == 3
