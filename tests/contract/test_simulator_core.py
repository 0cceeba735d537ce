"""The shared simulator core: clock, ledger, faults, rate limit, routing, state, serve CLI."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

import giftkit.testing as testing
from giftkit.testing._contract import auth_headers

COUPON = {"issuedTime": "2025-01-01T00:00:00Z", "discount": {"type": "percent", "value": 10}}


@pytest.fixture
def rebilly() -> testing.Simulator:
    return testing.simulator("rebilly", seed=0)


def client(sim: testing.Simulator) -> httpx.Client:
    return httpx.Client(
        transport=sim.transport(), base_url=sim.base_url, headers=auth_headers(sim), timeout=5
    )


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
    assert [e.client_reference for e in rebilly.ledger.find(client_reference="SUMMER")] == [
        "SUMMER"
    ]
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
        response = c.post(
            "/reseller/orders", json={"cashier_pin": 1, "orders": [{"context": "all"}]}
        )
    assert response.status_code == 400
    assert response.json()["errors"]["orders.0.amount"] == [
        "The orders.0.amount field is required."
    ]


@pytest.mark.parametrize(
    ("kind", "error", "processed"),
    [
        ("refuse", httpx.ConnectError, 0),
        ("reset_before", httpx.RemoteProtocolError, 0),
        ("reset_after", httpx.ReadError, 1),
    ],
)
def test_connection_faults(
    rebilly: testing.Simulator, kind: str, error: type, processed: int
) -> None:
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
    async with httpx.AsyncClient(
        transport=rebilly.async_transport(),
        base_url=rebilly.base_url,
        headers=auth_headers(rebilly),
    ) as c:
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
    proc = subprocess.Popen(
        [sys.executable, "-m", "giftkit.cli", "serve", "rebilly", "--fixtures"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        base_url = line.rsplit(" ", 1)[-1].strip()
        assert base_url.startswith("http://127.0.0.1:") and not base_url.startswith(
            "http://127.0.0.1:0/"
        )
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


# -- Voucherify: asynchronous import on the virtual clock ------------------------------------

GIFT = {"code": "GIFT-1", "type": "GIFT_VOUCHER", "gift": {"amount": 5000}}


@pytest.fixture
def voucherify() -> testing.Simulator:
    return testing.simulator("voucherify", seed=0)


def vclient(sim: testing.Simulator, **headers: str) -> httpx.Client:
    base = {"X-App-Id": sim.fixtures["app_id"], "X-App-Token": sim.fixtures["app_token"]}
    return httpx.Client(
        transport=sim.transport(), base_url=sim.base_url, headers=headers or base, timeout=5
    )


def test_voucherify_import_runs_enqueued_in_progress_done(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        accepted = c.post("/v1/vouchers/import", json=[GIFT, {**GIFT, "code": "GIFT-2"}])
        assert accepted.status_code == 202
        action = f"/v1/async-actions/{accepted.json()['async_action_id']}"
        first = c.get(action).json()
        assert (first["status"], first["progress"]) == ("ENQUEUED", 0)
        # No null the official schema forbids: unfinished actions carry no result, and no
        # updated_at before their first update.
        assert "result" not in first and "updated_at" not in first
        assert c.get("/v1/vouchers/GIFT-1").status_code == 404  # nothing created yet
        assert len(voucherify.ledger) == 0
        voucherify.clock.advance(1.5)
        running = c.get(action).json()
        assert running["status"] == "IN_PROGRESS" and 0 < running["progress"] < 100
        assert c.get("/v1/vouchers/GIFT-1").status_code == 404
        voucherify.clock.advance(10)
        done = c.get(action).json()
        assert done["status"] == "DONE" and done["progress"] == 100
        assert done["result"] == {
            "message": "2 voucher(s) imported successfully, 0 failed.",
            "failed": [],
            "done_count": 2,
            "failed_count": 0,
        }
        voucher = c.get("/v1/vouchers/GIFT-1").json()
        assert voucher["gift"] == {
            "amount": 5000,
            "subtracted_amount": 0,
            "balance": 5000,
            "effect": "APPLY_TO_ORDER",
        }
        # Unset fields are left out (Voucherify's examples show null, its schema forbids it).
        assert "campaign" not in voucher and voucher["type"] == "GIFT_VOUCHER"
        assert c.get(f"/v1/vouchers/{voucher['id']}").json()["code"] == "GIFT-1"  # by id too
    assert [e.client_reference for e in voucherify.ledger.entries] == ["GIFT-1", "GIFT-2"]


def test_voucherify_ledger_settles_without_a_request(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        c.post("/v1/vouchers/import", json=[GIFT])
    assert len(voucherify.ledger) == 0
    voucherify.clock.advance(60)
    assert [e.client_reference for e in voucherify.ledger.entries] == ["GIFT-1"]
    assert (
        voucherify.ledger.entries[0].issued_at
        == voucherify.jobs[next(iter(voucherify.jobs))].done_at
    )


def test_voucherify_imports_run_in_queue_order(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        one = c.post("/v1/vouchers/import", json=[GIFT]).json()["async_action_id"]
        two = c.post("/v1/vouchers/import", json=[{**GIFT, "code": "GIFT-2"}]).json()[
            "async_action_id"
        ]
        voucherify.clock.advance(1.5)
        statuses = [c.get(f"/v1/async-actions/{a}").json()["status"] for a in (one, two)]
        assert statuses == ["IN_PROGRESS", "ENQUEUED"]
        voucherify.clock.advance(1)
        statuses = [c.get(f"/v1/async-actions/{a}").json()["status"] for a in (one, two)]
        assert statuses == ["DONE", "IN_PROGRESS"]


def test_voucherify_existing_codes_fail_the_providers_way(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        c.post("/v1/vouchers/import", json=[GIFT])
        voucherify.clock.advance(60)
        again = c.post(
            "/v1/vouchers/import",
            json=[
                GIFT,
                {**GIFT, "code": "NEW"},
                {**GIFT, "code": "NEW"},
                {**GIFT, "code": "HALF", "gift": {"amount": 10.5}},
            ],
        ).json()["async_action_id"]
        voucherify.clock.advance(60)
        result = c.get(f"/v1/async-actions/{again}").json()["result"]
    assert result["done_count"] == 1 and result["failed_count"] == 3
    assert [f["code"] for f in result["failed"]] == ["GIFT-1", "NEW", "HALF"]
    assert all(set(f) == {"code", "reason"} and f["reason"] for f in result["failed"])
    assert result["message"] == "1 voucher(s) imported successfully, 3 failed."
    assert voucherify.ledger.duplicates() == {}
    assert [e.client_reference for e in voucherify.ledger.entries] == ["GIFT-1", "NEW"]


def test_voucherify_invalid_payload_and_routing(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        bad = c.post("/v1/vouchers/import", json={"code": "X"})
        assert bad.status_code == 400
        assert bad.json()["key"] == "invalid_payload" and bad.json()["code"] == 400
        # `import` is also a voucher code: GET falls through to get-voucher, not 405.
        assert c.get("/v1/vouchers/import").json()["key"] == "not_found"
        assert c.delete("/v1/vouchers/import").headers["Allow"] == "POST"
        big = c.post(
            "/v1/vouchers/import",
            content=b"[" + b" " * 10_485_760 + b"]",
            headers={"Content-Type": "application/json"},
        )
        assert big.status_code == 413 and big.json()["statusCode"] == 413


def test_voucherify_oauth_tokens(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        bad = c.post(
            "/v1/oauth/token",
            data={"grant_type": "client_credentials", "scope": "vouchers,campaigns"},
        )
        assert bad.status_code == 400
        assert bad.json()["key"] == "invalid_scope"
        assert bad.json()["message"] == "Invalid scope: vouchers,campaigns"
        token = c.post(
            "/v1/oauth/token", data={"grant_type": "client_credentials", "scope": "vouchers"}
        ).json()
        assert token["expires_in"] == 900 and token["token_type"] == "Bearer"
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        with vclient(voucherify, **bearer) as b:
            assert b.post("/v1/vouchers/import", json=[GIFT]).status_code == 202
            assert b.get("/v1/async-actions/aa_1").status_code == 401  # scope lacks async-actions
            assert (
                b.post(
                    "/v1/oauth/token", data={"grant_type": "client_credentials", "scope": "api"}
                ).status_code
                == 401
            )
        voucherify.clock.advance(300)
        seen = c.post("/v1/oauth/introspect", data={"access_token": token["access_token"]}).json()
        assert seen["active"] is True and seen["expires_in"] == 600
        assert (
            c.post(
                "/v1/oauth/token/revoke", data={"access_token": token["access_token"]}
            ).status_code
            == 204
        )
        gone = c.post("/v1/oauth/token/revoke", data={"access_token": token["access_token"]})
        assert gone.status_code == 404 and gone.content == b""
        assert c.post(
            "/v1/oauth/introspect", data={"access_token": token["access_token"]}
        ).json() == {"active": False}
        with vclient(voucherify, **bearer) as b:
            assert b.get("/v1/vouchers/GIFT-1").status_code == 401
        # App keys plus a dead token: the token is checked and refused.
        assert c.get("/v1/vouchers/GIFT-1", headers=bearer).status_code == 401


def test_voucherify_oauth_token_expires_on_the_clock(voucherify: testing.Simulator) -> None:
    token = voucherify.fixtures["oauth_token"]
    with vclient(voucherify, Authorization=f"Bearer {token}") as b:
        assert b.get("/v1/vouchers/X").status_code == 404
        voucherify.clock.advance(900)
        assert b.get("/v1/vouchers/X").status_code == 401


def test_voucherify_rate_limit_headers(voucherify: testing.Simulator) -> None:
    with vclient(voucherify) as c:
        ok = c.get("/v1/vouchers/X")
        assert ok.headers["X-Rate-Limit-Limit"] == "100"
        assert ok.headers["X-Rate-Limit-Remaining"] == "99"
        assert int(ok.headers["X-Rate-Limit-Retry"]) >= voucherify.clock.now()
        voucherify.rate_limit(1, per_seconds=60)
        c.get("/v1/vouchers/X")
        limited = c.get("/v1/vouchers/X")
        assert limited.status_code == 429 and limited.json()["code"] == 429
        assert limited.headers["Retry-After"] == "60"
        assert limited.headers["X-Rate-Limit-Type"] == "api_calls"
        assert int(limited.headers["X-Rate-Limit-Retry"]) == int(voucherify.clock.now()) + 60


def test_examples_are_opt_in() -> None:
    plain = testing.simulator("voucherify")
    seeded = testing.simulator("voucherify", examples=True)
    assert len(plain.store["vouchers"]) == 0
    with vclient(seeded) as c:
        assert c.get("/v1/vouchers/GIFT-CARD-xwc6X7Tk").status_code == 200
        assert c.get("/v1/async-actions/aa_0afb3d009a55814a48").json()["status"] == "DONE"
    rebilly = testing.simulator("rebilly", examples=True)
    with client(rebilly) as c:
        assert c.get("/coupons/cpn_0YVCNKF81GD778N4YNVGDJK558").status_code == 200


# -- Dots.eco: the expiration window on the virtual clock's date ------------------------------


@pytest.fixture
def dots() -> testing.Simulator:
    return testing.simulator("dots_eco", seed=0, clock=testing.VirtualClock(start=1_726_185_600))


def dclient(sim: testing.Simulator, token: str | None = None) -> httpx.Client:
    return httpx.Client(
        transport=sim.transport(),
        base_url=sim.base_url,
        timeout=5,
        headers={
            "auth-token": token or sim.fixtures["write_token"],
            "Content-Type": "application/json",
        },
    )


def card(sim: testing.Simulator, **extra: str) -> dict[str, str]:
    return {"app_token": sim.fixtures["app_token"], "sku": sim.fixtures["skus"][0], **extra}


def test_dots_eco_expiration_window_follows_the_clock(dots: testing.Simulator) -> None:
    assert dots.clock.datetime().date().isoformat() == "2024-09-13"  # the documented example day
    with dclient(dots) as c:
        low = c.post("/flow-card/add", json=card(dots, expiration_date="2024-09-13"))
        assert low.status_code == 422
        assert low.json() == {
            "success": False,
            "errors": {"expiration_date": ["The minimum expiration_date should be 2024-09-14."]},
        }
        high = c.post("/flow-card/add", json=card(dots, expiration_date="2029-09-14"))
        assert high.json()["errors"]["expiration_date"] == [
            "The maximum expiration_date should be 2029-09-13."
        ]
        for edge in ("2024-09-14", "2029-09-13"):
            issued = c.post("/flow-card/add", json=card(dots, expiration_date=edge))
            assert issued.status_code == 200
            assert issued.json()["response"]["expiration_date"] == f"{edge} 00:00:00"
        dots.clock.advance(86_400)  # a day later, yesterday's minimum is too early
        assert (
            c.post("/flow-card/add", json=card(dots, expiration_date="2024-09-14")).status_code
            == 422
        )
        assert (
            c.post("/flow-card/add", json=card(dots, expiration_date="2029-09-14")).status_code
            == 200
        )
    assert len(dots.ledger) == 3


def test_dots_eco_default_expiration_and_card(dots: testing.Simulator) -> None:
    with dclient(dots) as c:
        issued = c.post("/flow-card/add", json=card(dots, recipient_email="a@example.com"))
    body = issued.json()
    assert body["success"] is True
    assert body["response"]["expiration_date"] == "2029-09-13 00:00:00"
    assert body["response"]["amount"] == "10.30" and body["response"]["card_id"] == "1"
    assert body["response"]["recipient_email"] == "a@example.com"
    assert dots.ledger.entries[0].reference == "1"


def test_dots_eco_leap_day_window() -> None:
    sim = testing.simulator(
        "dots_eco", clock=testing.VirtualClock(start=1_709_164_800)
    )  # 2024-02-29
    assert sim.expiration_window()[1].isoformat() == "2029-02-28"


def test_dots_eco_validation_and_access(dots: testing.Simulator) -> None:
    with dclient(dots) as c:
        assert c.post("/flow-card/add", json=card(dots, sku="nope")).json()["errors"] == {
            "sku": ["The sku is invalid."]
        }
        assert c.post("/flow-card/add", json={"sku": "x"}).json()["errors"] == {
            "app_token": ["The app_token is required."]
        }
        fmt = c.post("/flow-card/add", json=card(dots, expiration_date="31-12-2025"))
        assert fmt.json()["errors"] == {
            "expiration_date": ["The expiration_date format should be YYYY-mm-dd."]
        }
        assert c.post("/flow-card/add", json=card(dots, app_token="9-nothere")).json()[
            "errors"
        ] == {"app_token": ["The app_token is invalid."]}
        assert c.get("/application-balance/9-nothere").status_code == 404
        assert c.get("/flow-card/list/9-nothere").status_code == 403
    with dclient(dots, dots.fixtures["read_token"]) as r:
        assert r.get(f"/flow-card/list/{dots.fixtures['app_token']}").status_code == 200
        denied = r.post("/flow-card/add", json=card(dots))
        assert denied.status_code == 403 and "not a manager" in denied.json()["message"]
    dots.fixtures["apps"][dots.fixtures["app_token"]]["flow_card_purchase"] = False
    with dclient(dots) as c:
        blocked = c.post("/flow-card/add", json=card(dots))
        assert blocked.status_code == 403 and "not allowed" in blocked.json()["message"]
    assert len(dots.ledger) == 0
    assert dots.base_url.endswith("/api/v1")


def test_contract_cli_reports(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from giftkit.cli import main

    report = tmp_path / "contract.xml"  # type: ignore[operator]
    assert main(["contract", "dots_eco", "--max-examples", "3", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "[links]" in out and "coverage" in out and "dots_eco: pass" in out
    assert 'failures="0"' in report.read_text()
    har = report.with_suffix(".har").read_text()
    entries = json.loads(har)["log"]["entries"]
    assert entries and {e["response"]["status"] for e in entries} >= {200, 422}
    sim = testing.simulator("dots_eco")
    assert sim.fixtures["write_token"] not in har and sim.fixtures["read_token"] not in har
    assert "| dots_eco | addFlowCard |" in report.with_suffix(".md").read_text()


def test_live_writes_guard_ignores_hosts_shared_with_live_servers() -> None:
    from giftkit._profile import sandbox_hosts

    # Voucherify's Sandbox and production projects share hosts (the keys decide): never a sandbox.
    assert sandbox_hosts(testing.simulator("voucherify").spec) == set()
    assert sandbox_hosts(testing.simulator("rebilly").spec) == {"api-sandbox.rebilly.com"}


def test_base_url_uses_the_simulators_own_server_variables(rebilly: testing.Simulator) -> None:
    """The Rebilly simulator's URL names the organization its fixtures connect with."""
    organization = rebilly.fixtures["organization_id"]
    assert rebilly.base_url == f"http://127.0.0.1/organizations/{organization}"
    assert testing.simulator("giftme").base_url.startswith("http://127.0.0.1")
