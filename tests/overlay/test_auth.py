"""Auth per provider and per scheme kind."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

import giftkit
from _cases import all_cases, connect
from giftkit._auth import OAuthClientCredentials, PerMethodTokenAuth

CASES = {c.op_id: c for c in all_cases()}


def captured(provider: str, op: str, **creds: object) -> httpx.Request:
    c = CASES[op]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(c.success_status, json=c.success_body)

    c.module.sync(client=connect(provider, handler, **creds), **c.kwargs)
    return seen[-1]


def test_favordrop_organization_api_key() -> None:
    request = captured("favordrop", "createFavordrop")
    assert request.headers["organization-api-key"] == "fd-ORGKEY-s3cr3t-0001"
    assert "authorization" not in request.headers


def test_favordrop_jwt_alternative() -> None:
    request = captured("favordrop", "createFavordrop", organization_api_key=None, jwt="jwt-abc-123")
    assert request.headers["authorization"] == "jwt-abc-123"
    assert "organization-api-key" not in request.headers


def test_giftme_bearer_and_overrides() -> None:
    assert (
        captured("giftme", "createOrders").headers["authorization"] == "Bearer gm-TOKEN-s3cr3t-0002"
    )
    request = captured("giftme", "createOrders", auth_header="X-Api-Key", auth_prefix="")
    assert (
        request.headers["x-api-key"] == "gm-TOKEN-s3cr3t-0002"
        and "authorization" not in request.headers
    )
    assert request.headers["accept"] == "application/json"


def test_rebilly_api_key_and_jwt() -> None:
    assert captured("rebilly", "GetCoupon").headers["REB-APIKEY"] == "rb-APIKEY-s3cr3t-0003"
    request = captured("rebilly", "GetCoupon", api_key=None, jwt="jwt-xyz-789")
    assert (
        request.headers["authorization"] == "Bearer jwt-xyz-789"
        and "REB-APIKEY" not in request.headers
    )


def test_voucherify_header_keys_conjunction() -> None:
    request = captured("voucherify", "get-voucher")
    assert request.headers["X-App-Id"] == "vf-APPID-s3cr3t-0004"
    assert request.headers["X-App-Token"] == "vf-APPTOKEN-s3cr3t-0005"


def test_voucherify_needs_both_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GIFTKIT_VOUCHERIFY_APP_TOKEN", raising=False)
    with pytest.raises(giftkit.ConfigurationError, match="app_token"):
        giftkit.connect("voucherify", app_id="x")


def _oauth_handler(
    c: object,
    token_calls: list[httpx.Request],
    api_calls: list[httpx.Request],
    expires_in: int = 900,
) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth/token":
            token_calls.append(request)
            return httpx.Response(
                200,
                json={
                    "access_token": f"tok-{len(token_calls)}-SECRET",
                    "client_id": "cid",
                    "expires_at": 1,
                    "expires_in": expires_in,
                    "scope": "api",
                    "token_type": "Bearer",
                },
            )
        api_calls.append(request)
        return httpx.Response(c.success_status, json=c.success_body)  # type: ignore[attr-defined]

    return handler


def test_voucherify_oauth_exchange_and_refresh_before_expiry(clock: object) -> None:
    c = CASES["get-voucher"]
    tokens: list[httpx.Request] = []
    calls: list[httpx.Request] = []
    client = connect("voucherify", _oauth_handler(c, tokens, calls), clock, oauth=True)
    c.module.sync(client=client, **c.kwargs)
    c.module.sync(client=client, **c.kwargs)
    assert len(tokens) == 1
    assert tokens[0].headers["X-App-Id"] == "vf-APPID-s3cr3t-0004"
    assert b"grant_type=client_credentials" in tokens[0].content
    assert calls[0].headers["authorization"] == "Bearer tok-1-SECRET"
    assert "x-app-token" not in calls[0].headers
    clock.t += 900 - 30  # type: ignore[attr-defined]  # inside the refresh margin
    c.module.sync(client=client, **c.kwargs)
    assert len(tokens) == 2 and calls[-1].headers["authorization"] == "Bearer tok-2-SECRET"


def test_voucherify_oauth_once_under_thread_concurrency(clock: object) -> None:
    c = CASES["get-voucher"]
    tokens: list[httpx.Request] = []
    calls: list[httpx.Request] = []
    client = connect("voucherify", _oauth_handler(c, tokens, calls), clock, oauth=True)
    threads = [
        threading.Thread(target=lambda: c.module.sync(client=client, **c.kwargs)) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(tokens) == 1 and len(calls) == 8


async def test_voucherify_oauth_once_under_async_concurrency(clock: object) -> None:
    c = CASES["get-voucher"]
    tokens: list[httpx.Request] = []
    calls: list[httpx.Request] = []
    client = connect("voucherify", _oauth_handler(c, tokens, calls), clock, oauth=True)
    await asyncio.gather(*(c.module.asyncio(client=client, **c.kwargs) for _ in range(8)))
    assert len(tokens) == 1 and len(calls) == 8


def test_voucherify_oauth_refused_is_authentication_error(clock: object) -> None:
    c = CASES["get-voucher"]
    client = connect(
        "voucherify",
        lambda r: httpx.Response(
            401, json={"code": 401, "key": "unauthorized", "message": "Unauthorized"}
        ),
        clock,
        oauth=True,
    )
    with pytest.raises(giftkit.AuthenticationError):
        c.module.sync(client=client, **c.kwargs)


def test_per_method_tokens_and_missing_token_raises_before_sending() -> None:
    auth = PerMethodTokenAuth(
        "auth-token",
        read="R-tok",
        write=None,
        provider="demo",
        read_keyword="read_token",
        write_keyword="write_token",
    )
    seen: list[httpx.Request] = []
    client = httpx.Client(
        auth=auth, transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))
    )
    client.get("https://x.test/a")
    assert seen[0].headers["auth-token"] == "R-tok"
    with pytest.raises(giftkit.ConfigurationError, match=r"write_token.*GIFTKIT_DEMO_WRITE_TOKEN"):
        client.post("https://x.test/a", json={})
    assert len(seen) == 1
    assert "R-tok" not in repr(auth)


def test_oauth_repr_masks() -> None:
    auth = OAuthClientCredentials(
        "https://x.test/token",
        client_id="ID-123",
        client_secret="SEC-456",
        clock=giftkit.SystemClock(),
        provider="p",
    )
    assert "ID-123" not in repr(auth) and "SEC-456" not in repr(auth)
