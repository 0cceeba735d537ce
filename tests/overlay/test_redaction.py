"""Secrets never leak: logs, reprs, error strings, .body, .request, .response."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import giftkit
from _cases import CREDENTIALS, all_cases, connect

CASES = {c.op_id: c for c in all_cases()}
GIFT_CODE = "GIFTCODE-445675018167"
PIN = "7286-PIN"
LINK = "https://staging.giftme.link/4kjzN?pin=7286-PIN"
CASHIER_PIN = 987654321


def planted() -> list[str]:
    creds = [
        v
        for p in CREDENTIALS.values()
        for k, v in p.items()
        if k != "base_url" and k != "organization_id"
    ]
    return [*creds, GIFT_CODE, PIN, LINK, str(CASHIER_PIN)]


def leaks(texts: list[str]) -> list[str]:
    """The scanner: every planted secret found in any text."""
    return [s for s in planted() for t in texts if s in t]


def texts_of(error: BaseException) -> list[str]:
    out = [str(error), repr(error)]
    for attr in ("body", "field_errors", "message"):
        out.append(repr(getattr(error, attr, None)))
    request = getattr(error, "request", None)
    if request is not None:
        out += [
            str(request.url),
            repr(dict(request.headers)),
            request.content.decode("utf-8", "replace"),
        ]
    response = getattr(error, "response", None)
    if response is not None:
        out += [response.content.decode("utf-8", "replace"), repr(dict(response.headers))]
    if error.__cause__ is not None and isinstance(error.__cause__, giftkit.GiftkitError):
        out += texts_of(error.__cause__)
    return out


def giftme_body() -> Any:
    from giftme_client.models import GiftmeCreateOrdersRequest

    return GiftmeCreateOrdersRequest.from_dict(
        {
            "cashier_pin": CASHIER_PIN,
            "orders": [{"amount": "5000", "context": "all", "receiver_phone": "+18767728111"}],
        }
    )


def success_with_secrets(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "success": True,
            "data": [
                {
                    "sender_name": "a",
                    "sender_phone": None,
                    "receiver_name": "b",
                    "receiver_phone": "+1",
                    "amount": 5000,
                    "ticket": True,
                    "self_deliver": True,
                    "identifier": None,
                    "descriptor": None,
                    "status": "complete",
                    "code": GIFT_CODE,
                    "link": LINK,
                    "pin": PIN,
                    "extra": "not-a-bool-field",
                }
            ],
        },
    )


RESPONSES = [
    lambda r: httpx.Response(
        400,
        json={
            "message": f"Invalid cashier pin {CASHIER_PIN}",
            "errors": {"cashier_pin": f"pin {CASHIER_PIN} wrong"},
        },
    ),
    lambda r: httpx.Response(
        422,
        json={
            "message": "bad",
            "errors": {"orders.0.amount": ["bad"]},
            "echo": {"code": GIFT_CODE, "pin": PIN, "link": LINK},
        },
    ),
    lambda r: httpx.Response(
        401, json={"message": f"token {CREDENTIALS['giftme']['api_token']} is not valid"}
    ),
    lambda r: httpx.Response(
        200,
        json={
            "success": True,
            "data": [{"code": GIFT_CODE, "pin": PIN, "link": LINK, "amount": "not-an-int"}],
        },
    ),
    lambda r: httpx.Response(200, text=f"<html>{GIFT_CODE} {PIN} {LINK}</html>"),
    lambda r: httpx.Response(502, text=f"upstream echoed {CASHIER_PIN}"),
]


@pytest.mark.parametrize("respond", RESPONSES)
def test_errors_logs_and_reprs_carry_no_secret(
    respond: Any, caplog: pytest.LogCaptureFixture, clock: object
) -> None:
    caplog.set_level(logging.DEBUG, logger="giftkit")
    client = connect("giftme", respond, clock, max_retries=0)
    c = CASES["createOrders"]
    with pytest.raises(giftkit.GiftkitError) as info:
        c.module.sync(client=client, body=giftme_body())
    texts = texts_of(info.value) + [r.getMessage() for r in caplog.records] + [repr(client)]
    assert caplog.records, "giftkit logs every attempt"
    assert leaks(texts) == []


def test_success_logs_carry_no_secret(caplog: pytest.LogCaptureFixture, clock: object) -> None:
    caplog.set_level(logging.DEBUG, logger="giftkit")
    client = connect("giftme", success_with_secrets, clock)
    result = CASES["createOrders"].module.sync(client=client, body=giftme_body())
    assert result.data[0].code == GIFT_CODE  # the caller still gets the code
    assert leaks([r.getMessage() for r in caplog.records]) == []


def test_outcome_unknown_carries_no_secret(clock: object) -> None:
    def reset(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("reset", request=request)

    with pytest.raises(giftkit.OutcomeUnknownError) as info:
        CASES["createOrders"].module.sync(
            client=connect("giftme", reset, clock), body=giftme_body()
        )
    assert leaks(texts_of(info.value)) == []


def test_rebilly_coupon_code_masked_in_path_and_logs(
    caplog: pytest.LogCaptureFixture, clock: object
) -> None:
    caplog.set_level(logging.INFO, logger="giftkit")
    c = CASES["GetCoupon"]
    client = connect(
        "rebilly",
        lambda r: httpx.Response(
            404, json={"title": "Not found", "detail": f"Coupon {GIFT_CODE} not found"}
        ),
        clock,
    )
    with pytest.raises(giftkit.NotFoundError) as info:
        c.module.sync(GIFT_CODE, client=client)
    assert leaks(texts_of(info.value) + [r.getMessage() for r in caplog.records]) == []
    assert "/coupons/***" in caplog.records[0].getMessage()


@pytest.mark.parametrize("op_id", ["GetCoupon", "get-voucher"])
async def test_no_logger_shows_a_code_from_the_path(
    op_id: str, caplog: pytest.LogCaptureFixture, clock: object
) -> None:
    """httpx logs each request's full URL at INFO on its own logger; a code in the path must be
    masked there too (sync and async), and in httpcore's DEBUG lines."""
    caplog.set_level(logging.DEBUG)  # every logger, the root included
    c = CASES[op_id]
    client = connect(
        c.provider, lambda r: httpx.Response(c.success_status, json=c.success_body), clock
    )
    c.module.sync(GIFT_CODE, client=client)
    await c.module.asyncio(GIFT_CODE, client=client)
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(httpx_lines) == 2 and all("/***" in line for line in httpx_lines), httpx_lines
    assert leaks([r.getMessage() for r in caplog.records]) == []


def test_validation_error_carries_no_secret() -> None:
    from giftme_client.models import GiftmeCreateOrdersRequest

    body = GiftmeCreateOrdersRequest.from_dict(
        {"cashier_pin": CASHIER_PIN, "orders": [{"amount": "12.5", "context": "all"}]}
    )
    with pytest.raises(giftkit.RequestValidationError) as info:
        CASES["createOrders"].module.sync(
            client=connect("giftme", lambda r: httpx.Response(500)), body=body
        )
    assert leaks(texts_of(info.value)) == []


def test_client_and_auth_repr_carry_no_secret() -> None:
    from _cases import providers

    for provider in providers():
        client = connect(provider, lambda r: httpx.Response(500))
        auth = client.get_httpx_client().auth
        assert leaks([repr(client), str(client), repr(auth)]) == []


def test_the_scanner_catches_a_planted_leak() -> None:
    error = giftkit.APIStatusError(f"oops {GIFT_CODE}", status_code=400, body={"pin": PIN})
    found = leaks(texts_of(error))
    assert GIFT_CODE in found and PIN in found
    assert leaks([f"Bearer {CREDENTIALS['giftme']['api_token']}"]) != []


@pytest.mark.parametrize("status", [404, 500])
def test_a_credential_echoed_as_request_id_is_masked(status: int) -> None:
    """A hostile server that echoes the app token as its request id must not put it in errors."""
    c = CASES["get-voucher"]
    token = CREDENTIALS["voucherify"]["app_token"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, json={"message": "x"}, headers={"x-request-id": f"{token}-id"}
        )

    client = connect("voucherify", handler, max_retries=0)
    with pytest.raises(giftkit.GiftkitError) as info:
        c.module.sync(client=client, **c.kwargs)
    assert leaks(texts_of(info.value)) == []
    assert token not in str(getattr(info.value, "request_id", ""))
