"""The shared simulator core: clock, ledger, faults, rate limit, routing, state, serve CLI."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

import giftkit.testing as testing
from giftkit.testing._contract import auth_headers

COUPON = {"issuedTime": "2025-01-01T00:00:00Z",
          "discount": {"type": "percent", "value": 10}}


@pytest.fixture
def rebilly() -> testing.Simulator:
    return testing.simulator("rebilly", seed=0)


def client(sim: testing.Simulator) -> httpx.Client:
    return httpx.Client(transport=sim.transport(), base_url=sim.base_url,
                        headers=auth_headers(sim), timeout=5)


def test_clock_is_virtual() -> None:
    clock = testing.VirtualClock(start=100)
    before = time.monotonic()
    clock.sleep(3600)
    clock.advance(1.5)
    assert clock.now() == 3701.5 and time.monotonic() - before < 1


async def test_clock_asleep() -> None:
    clock = testing.VirtualClock(start=0)
    await clock.asleep(2)
    assert clock.now() == 2


def test_list_after_n_creates_returns_exactly_n(rebilly: testing.Simulator) -> None:
    with client(rebilly) as c:
        ids = [c.post("/coupons", json=COUPON).json()["id"] for _ in range(7)]
        listed = c.get("/coupons", params={"limit": 100})
        assert [r["id"] for r in listed.json()] == ids
        assert listed.headers["Pagination-Total"] == "7"
        assert all(c.get(f"/coupons/{i}").json()["id"] == i for i in ids)
    assert [e.reference for e in rebilly.ledger.entries] == ids


def test_ledger_find_and_duplicates(rebilly: testing.Simulator) -> None:
    with client(rebilly) as c:
        assert c.put("/coupons/SUMMER", json=COUPON).status_code == 201
        assert c.put("/coupons/SUMMER", json=COUPON).status_code == 200  # upsert: not a new issue
    assert [e.client_reference for e in rebilly.ledger.find(client_reference="SUMMER")] == ["SUMMER"]
    assert rebilly.ledger.duplicates() == {}
    rebilly.ledger.record("PutCoupon", reference="X", client_reference="SUMMER")
    assert list(rebilly.ledger.duplicates()) == ["SUMMER"]


def test_405_with_allow(rebilly: testing.Simulator) -> None:
    with client(rebilly) as c:
        response = c.delete("/coupons")
        assert response.status_code == 405
        assert response.headers["Allow"] == "GET, POST"
        assert response.headers["Allow"] and c.patch("/coupons/X").headers["Allow"] == "GET, PUT"


def test_unknown_id_is_404_in_provider_shape(rebilly: testing.Simulator) -> None:
    with client(rebilly) as c:
        response = c.get("/coupons/NOPE")
    assert response.status_code == 404 and response.json()["status"] == 404


def test_auth_enforced(rebilly: testing.Simulator) -> None:
    with httpx.Client(transport=rebilly.transport(), base_url=rebilly.base_url) as c:
        assert c.get("/coupons").status_code == 401
        assert c.get("/coupons", headers={"REB-APIKEY": "wrong"}).status_code == 401


def test_validation_in_provider_shape() -> None:
    sim = testing.simulator("giftme")
    with client(sim) as c:
        response = c.post("/reseller/orders", json={"cashier_pin": 1, "orders": [{"context": "all"}]})
    assert response.status_code == 400
    assert response.json()["errors"]["orders.0.amount"] == ["The orders.0.amount field is required."]


@pytest.mark.parametrize(("kind", "error", "processed"), [
    ("refuse", httpx.ConnectError, 0),
    ("reset_before", httpx.RemoteProtocolError, 0),
    ("reset_after", httpx.ReadError, 1),
])
def test_connection_faults(rebilly: testing.Simulator, kind: str, error: type, processed: int) -> None:
    rebilly.faults.schedule("PostCoupon", kind)
    with client(rebilly) as c, pytest.raises(error):
        c.post("/coupons", json=COUPON)
    assert len(rebilly.ledger) == processed
    with client(rebilly) as c:  # times=1: the next call goes through
        assert c.post("/coupons", json=COUPON).status_code == 201


def test_delay_longer_than_read_timeout(rebilly: testing.Simulator) -> None:
    start = rebilly.clock.now()
    rebilly.faults.schedule("PostCoupon", "delay:30")
    with client(rebilly) as c, pytest.raises(httpx.ReadTimeout):
        c.post("/coupons", json=COUPON, timeout=httpx.Timeout(5, read=4))
    assert rebilly.clock.now() - start == 4 and len(rebilly.ledger) == 0
    rebilly.faults.schedule("PostCoupon", "delay:2")
    with client(rebilly) as c:
        assert c.post("/coupons", json=COUPON, timeout=4).status_code == 201
    assert rebilly.clock.now() - start == 6


def test_status_fault_and_probability(rebilly: testing.Simulator) -> None:
    rebilly.faults.schedule("GetCouponCollection", "status:503", times=2)
    with client(rebilly) as c:
        assert [c.get("/coupons").status_code for _ in range(3)] == [503, 503, 200]
    rebilly.faults.schedule("*", "status:500", times=None, probability=0.5)
    with client(rebilly) as c:
        statuses = [c.get("/coupons").status_code for _ in range(40)]
    assert 5 < statuses.count(500) < 35


async def test_async_transport_faults(rebilly: testing.Simulator) -> None:
    rebilly.faults.schedule("PostCoupon", "reset_after")
    async with httpx.AsyncClient(transport=rebilly.async_transport(), base_url=rebilly.base_url,
                                 headers=auth_headers(rebilly)) as c:
        with pytest.raises(httpx.ReadError):
            await c.post("/coupons", json=COUPON)
        assert (await c.get("/coupons")).json()[0]["id"] == rebilly.ledger.entries[0].reference


def test_rate_limit_with_documented_headers(rebilly: testing.Simulator) -> None:
    rebilly.rate_limit(2, per_seconds=60)
    with client(rebilly) as c:
        codes = [c.post("/coupons", json=COUPON) for _ in range(3)]
        assert [r.status_code for r in codes] == [201, 201, 429]
        limited = codes[-1]
        assert int(limited.headers["X-RateLimit-Retry-After"]) == int(rebilly.clock.now()) + 60
        assert limited.headers["Retry-After"] == "60"
        assert codes[0].headers["X-RateLimit-Remaining"] == "1"
        rebilly.clock.advance(60)
        assert c.post("/coupons", json=COUPON).status_code == 201


def test_serve_cli_on_ephemeral_loopback_port() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "giftkit.cli", "serve", "rebilly", "--fixtures"],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        base_url = line.rsplit(" ", 1)[-1].strip()
        assert base_url.startswith("http://127.0.0.1:") and not base_url.startswith("http://127.0.0.1:0/")
        sim = testing.simulator("rebilly")
        for _ in range(50):
            try:
                response = httpx.get(base_url + "/coupons", headers=auth_headers(sim))
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert response.status_code == 200 and response.json() == []
    finally:
        proc.terminate()
        proc.wait(timeout=10)
