"""The money rule and secrets where the campaign does not look: effects declared in the spec (fail
closed), derived clients, credentials, pickling, Retry-After, deadlines, cancellation, proxies."""

from __future__ import annotations

import asyncio
import copy
import logging
import pickle
import sys
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest

import giftkit
from _cases import CREDENTIALS, all_cases, connect
from _fakes import FakeClock
from giftkit._connect import build, profile, provider_names
from giftkit._spec import OperationTable, operation_effects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import lint_money

CASES = {(c.provider, c.op_id): c for c in all_cases()}


def _call(case: Any, client: Any) -> Any:
    return case.module.sync(client=client, **case.kwargs)


# --- 2. effects are facts of the spec, and an unclassified operation creates value ---
@pytest.mark.parametrize("provider", provider_names())
def test_every_non_get_operation_is_classified_and_the_lint_passes(provider: str) -> None:
    spec = profile(provider).load_spec()
    assert lint_money.problems(spec) == []
    effects = operation_effects(spec)
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in ("put", "post", "patch", "delete"):
                assert "x-giftkit-effect" in op and "x-giftkit-resend" in op, op["operationId"]
                assert effects[op["operationId"]].kind == op["x-giftkit-effect"]["kind"]


def test_rebilly_put_coupon_creates_value_and_is_safe_to_resend() -> None:
    prof = profile("rebilly")
    assert {"PostCoupon", "PutCoupon"} <= prof.value_creating
    assert "PutCoupon" in prof.idempotent and "PostCoupon" not in prof.idempotent
    assert prof.effects["PutCoupon"].mechanism == "upsert"


def _unclassified(provider: str, op_id: str) -> dict[str, Any]:
    spec = copy.deepcopy(dict(profile(provider).load_spec()))
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                del op["x-giftkit-effect"], op["x-giftkit-resend"]
    return spec


def test_an_unclassified_operation_fails_the_lint_naming_it() -> None:
    found = lint_money.problems(_unclassified("rebilly", "PutCoupon"))
    assert any("PutCoupon" in p and "x-giftkit-effect" in p for p in found)
    assert any("PutCoupon" in p and "x-giftkit-resend" in p for p in found)


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_an_unclassified_operation_is_treated_as_creating_value(asynchronous: bool) -> None:
    """PutCoupon is retried after a 503 while it is declared an upsert; without its declaration
    it is taken to create value: one attempt, OutcomeUnknownError."""
    case = CASES[("rebilly", "PutCoupon")]
    for spec, attempts in (
        (profile("rebilly").load_spec(), 3),
        (_unclassified("rebilly", "PutCoupon"), 1),
    ):
        sent: list[httpx.Request] = []

        def handler(request: httpx.Request, sent: list[httpx.Request] = sent) -> httpx.Response:
            sent.append(request)
            return httpx.Response(503, json={"title": "down"})

        client = _built("rebilly", handler, table=OperationTable(spec))
        with pytest.raises(giftkit.OutcomeUnknownError):
            if asynchronous:
                await case.module.asyncio(client=client, **case.kwargs)
            else:
                _call(case, client)
        assert len(sent) == attempts


def _built(provider: str, handler: Any, **extra: Any) -> Any:
    creds = dict(CREDENTIALS[provider])
    base_url = creds.pop("base_url", None)
    return build(
        profile(provider),
        base_url=base_url,
        timeout=None,
        max_retries=None,
        headers=None,
        verify=True,
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        clock=FakeClock(),
        credentials=creds,
        **extra,
    )


# --- 3. derived clients keep every guarantee, or are refused ---
@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("with_headers", ({"X-A": "1"},)),
        ("with_timeout", (httpx.Timeout(1.0),)),
        ("with_cookies", ({"c": "1"},)),
        ("set_httpx_client", (httpx.Client(),)),
        ("set_async_httpx_client", (httpx.AsyncClient(),)),
    ],
)
@pytest.mark.parametrize("provider", provider_names())
def test_a_derived_client_is_refused_with_the_supported_way(
    provider: str, method: str, args: tuple[Any, ...]
) -> None:
    client = connect(provider, lambda r: httpx.Response(200))
    with pytest.raises(giftkit.ConfigurationError, match=r"giftkit\.connect|keep no cookies"):
        getattr(client, method)(*args)


# --- 4. credentials: validated by name, held masked ---
@pytest.mark.parametrize("bad", ["Zq9\nX-Evil: 1", " Zq9w", "Zq9w ", "Zq\t9w", "Zq9w\x7f"])
@pytest.mark.parametrize("provider", provider_names())
def test_a_credential_with_control_characters_or_whitespace_is_refused_by_name(
    provider: str, bad: str
) -> None:
    creds = dict(CREDENTIALS[provider])
    keyword = next(k for k in creds if k not in ("base_url", "organization_id"))
    creds[keyword] = bad
    with pytest.raises(giftkit.ConfigurationError) as info:
        giftkit.connect(
            provider, transport=httpx.MockTransport(lambda r: httpx.Response(200)), **creds
        )
    assert keyword in str(info.value) and bad.strip() not in str(info.value)


def test_credentials_are_held_in_a_masking_type() -> None:
    client = connect("rebilly", lambda r: httpx.Response(200))
    auth = client.get_httpx_client().auth
    held = [repr(v) + str(v) for v in vars(auth).values()] + [repr(vars(auth))]
    assert "rb-APIKEY-s3cr3t-0003" not in " ".join(held)
    assert auth.secrets() == ("rb-APIKEY-s3cr3t-0003",)


# --- 4/5. errors: no secret in chains, picklable with their fields ---
def _errors_of_every_kind() -> list[giftkit.GiftkitError]:
    found: list[giftkit.GiftkitError] = []
    answers = [
        lambda r: httpx.Response(401, json={"title": "no"}),
        lambda r: httpx.Response(429, json={"title": "slow"}, headers={"Retry-After": "999"}),
        lambda r: httpx.Response(500, json={"title": "down"}),
        lambda r: httpx.Response(201, json={"id": 1}),
    ]
    for answer in answers:
        for op in ("PostCoupon", "GetCoupon"):
            client = connect("rebilly", answer, max_retries=0)
            with pytest.raises(giftkit.GiftkitError) as info:
                _call(CASES[("rebilly", op)], client)
            found.append(info.value)

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {request.headers['REB-APIKEY']!r}")

    for op in ("PostCoupon", "GetCoupon"):
        with pytest.raises(giftkit.GiftkitError) as info:
            _call(CASES[("rebilly", op)], connect("rebilly", refused, max_retries=0))
        found.append(info.value)
    return found


def test_no_error_carries_a_credential_in_its_chain_or_its_pickle() -> None:
    secret = "rb-APIKEY-s3cr3t-0003"
    kinds = set()
    for err in _errors_of_every_kind():
        kinds.add(type(err))
        text = "".join(traceback.format_exception(err))
        assert secret not in text, text
        assert secret.encode() not in pickle.dumps(err)
        for cause in (err.__cause__, err.__context__):
            assert cause is None or secret not in repr(cause) + str(cause)
    assert {
        giftkit.AuthenticationError,
        giftkit.APIConnectionError,
        giftkit.OutcomeUnknownError,
    } <= kinds


def test_errors_keep_their_fields_across_pickling() -> None:
    for err in _errors_of_every_kind():
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err) and str(back) == str(err)
        for name in (
            "status_code",
            "code",
            "request_id",
            "body",
            "operation",
            "retry_after",
            "client_references",
            "how_to_reconcile",
            "provider",
        ):
            assert getattr(back, name, None) == getattr(err, name, None), name


# --- 5. Retry-After: seconds or any HTTP-date form, capped ---
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        ("Tue, 14 Nov 2023 22:13:27 GMT", 7.0),
        ("Tue, 14 Nov 2023 22:13:27 -0000", 7.0),
        ("Tue, 14 Nov 2023 22:13:27 +0000", 7.0),
        ("Tue, 14 Nov 2023 23:13:20 +0100", 0.0),  # a past date: retry at once
        ("Mon, 13 Nov 2023 00:00:00 GMT", 0.0),
    ],
)
async def test_retry_after_as_seconds_or_any_http_date_form_is_honoured(
    header: str, expected: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "America/New_York")  # "-0000" is UTC, not the local zone
    time.tzset()
    case = CASES[("rebilly", "GetCoupon")]
    for asynchronous in (False, True):
        clock = FakeClock()  # 2023-11-14 22:13:20 UTC
        answers = iter([httpx.Response(429, headers={"Retry-After": header})])
        client = connect(
            "rebilly",
            lambda r, answers=answers: next(answers, httpx.Response(500)),
            clock,
            max_retries=1,
        )
        with pytest.raises(giftkit.InternalServerError):
            if asynchronous:
                await case.module.asyncio(client=client, **case.kwargs)
            else:
                _call(case, client)
        assert clock.sleeps == [expected]
    monkeypatch.delenv("TZ")
    time.tzset()


def test_a_retry_after_beyond_the_cap_is_a_rate_limit_error_at_once() -> None:
    clock = FakeClock()
    client = connect(
        "rebilly",
        lambda r: httpx.Response(429, headers={"Retry-After": "Wed, 15 Nov 2023 22:13:20 GMT"}),
        clock,
    )
    with pytest.raises(giftkit.RateLimitError) as info:
        _call(CASES[("rebilly", "GetCoupon")], client)
    assert clock.sleeps == [] and info.value.retry_after == 86400.0


# --- 6. transport details ---
@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_total_deadline_ends_the_retries(asynchronous: bool) -> None:
    case = CASES[("rebilly", "GetCoupon")]
    for total, attempts in ((None, 6), (1.0, 2)):
        clock = FakeClock()
        sent: list[int] = []

        def handler(request: httpx.Request, sent: list[int] = sent) -> httpx.Response:
            sent.append(1)
            return httpx.Response(503)

        client = connect("rebilly", handler, clock, max_retries=5)
        with giftkit.options(total_timeout=total), pytest.raises(giftkit.InternalServerError):
            if asynchronous:
                await case.module.asyncio(client=client, **case.kwargs)
            else:
                _call(case, client)
        assert len(sent) == attempts  # backoff 0.5 s (jittered down) fits in 1 s, 1 s does not


async def test_a_cancelled_async_create_warns_calls_back_and_reraises(
    caplog: pytest.LogCaptureFixture,
) -> None:
    case = CASES[("giftme", "createOrders")]
    started = asyncio.Event()
    seen: list[giftkit.OutcomeUnknownError] = []

    class Hanging(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            started.set()
            await asyncio.sleep(3600)
            raise AssertionError("never answered")

    client = giftkit.connect(
        "giftme",
        async_transport=Hanging(),
        on_outcome_unknown=seen.append,
        clock=FakeClock(),
        **CREDENTIALS["giftme"],
    )
    task = asyncio.ensure_future(case.module.asyncio(client=client, **case.kwargs))
    await started.wait()
    task.cancel()
    with caplog.at_level(logging.WARNING, logger="giftkit"), pytest.raises(asyncio.CancelledError):
        await task
    assert len(seen) == 1 and seen[0].operation == "createOrders" and seen[0].client_references
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings and "createOrders" in warnings[0].getMessage()
    assert seen[0].client_references[0] in warnings[0].getMessage()


@pytest.mark.parametrize("asynchronous", [False, True])
def test_https_proxy_and_no_proxy_are_honoured(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    client = giftkit.connect("giftme", **CREDENTIALS["giftme"])
    inner = (
        client.get_async_httpx_client() if asynchronous else client.get_httpx_client()
    )._transport.inner
    assert inner._pool.__class__.__name__ in ("HTTPProxy", "AsyncHTTPProxy")
    monkeypatch.setenv("NO_PROXY", "giftme.test")
    client = giftkit.connect("giftme", **CREDENTIALS["giftme"])
    inner = (
        client.get_async_httpx_client() if asynchronous else client.get_httpx_client()
    )._transport.inner
    assert inner._pool.__class__.__name__ in ("ConnectionPool", "AsyncConnectionPool")
    client = giftkit.connect("giftme", proxy="http://explicit.test:1", **CREDENTIALS["giftme"])
    inner = (
        client.get_async_httpx_client() if asynchronous else client.get_httpx_client()
    )._transport.inner
    assert inner._pool.__class__.__name__ in ("HTTPProxy", "AsyncHTTPProxy")


# --- 17.8: a 401 names the credential keyword; the log line's request id ---
def test_a_401_names_the_credential_keyword_never_its_value() -> None:
    client = connect("rebilly", lambda r: httpx.Response(401, json={"title": "Unauthorized"}))
    with pytest.raises(giftkit.AuthenticationError) as info:
        _call(CASES[("rebilly", "GetCoupon")], client)
    assert "credential used: api_key" in str(info.value)
    assert "rb-APIKEY" not in str(info.value)


def test_the_log_line_request_id_comes_from_the_answer(caplog: pytest.LogCaptureFixture) -> None:
    case = next(c for c in all_cases() if c.provider == "voucherify" and c.op_id == "get-voucher")
    body = {
        "code": 404,
        "key": "not_found",
        "message": "Resource not found",
        "request_id": "v-0ZrA",
    }
    client = connect("voucherify", lambda r: httpx.Response(404, json=body), max_retries=0)
    with caplog.at_level(logging.INFO, logger="giftkit"), pytest.raises(giftkit.NotFoundError):
        _call(case, client)
    assert any("request_id=v-0ZrA" in r.getMessage() for r in caplog.records)


# --- 7. OAuth client credentials (Voucherify) ---
def _oauth(
    lifetime: int, token_type: str = "Bearer", refuse: set[str] | None = None
) -> tuple[Any, list[str], list[str]]:
    case = CASES[("voucherify", "get-voucher")]
    tokens: list[str] = []
    used: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth/token":
            tokens.append(f"tok-{len(tokens) + 1}-LIVE-SECRET")
            body = {"access_token": tokens[-1], "expires_in": lifetime, "token_type": token_type}
            return httpx.Response(200, json=body)
        used.append(request.headers["authorization"])
        if request.headers["authorization"].split()[-1] in (refuse or set()):
            return httpx.Response(401, json={"code": 401, "key": "unauthorized", "message": "no"})
        return httpx.Response(case.success_status, json=case.success_body)

    return handler, tokens, used


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_oauth_refreshes_once_on_a_401_and_masks_the_live_token(
    asynchronous: bool, caplog: pytest.LogCaptureFixture
) -> None:
    case = CASES[("voucherify", "get-voucher")]
    handler, tokens, used = _oauth(900, refuse={"tok-1-LIVE-SECRET"})
    client = connect("voucherify", handler, oauth=True)
    run = case.module.asyncio if asynchronous else case.module.sync
    result = run(client=client, **case.kwargs)
    if asynchronous:
        await result
    assert tokens == ["tok-1-LIVE-SECRET", "tok-2-LIVE-SECRET"]
    assert used == ["Bearer tok-1-LIVE-SECRET", "Bearer tok-2-LIVE-SECRET"]
    # a second 401 (after the one refresh) is an AuthenticationError, the live token masked
    handler, tokens, used = _oauth(900, refuse={"tok-1-LIVE-SECRET", "tok-2-LIVE-SECRET"})
    client = connect("voucherify", handler, oauth=True)
    with pytest.raises(giftkit.AuthenticationError) as info:
        result = run(client=client, **case.kwargs)
        if asynchronous:
            await result
    assert len(tokens) == 2 and len(used) == 2
    text = "".join(traceback.format_exception(info.value)) + repr(vars(info.value))
    assert "LIVE-SECRET" not in text


def test_oauth_short_lifetimes_do_not_cost_a_token_request_per_call() -> None:
    """A 60 s token (inside the 60 s refresh margin) serves calls for half its life."""
    case = CASES[("voucherify", "get-voucher")]
    clock = FakeClock()
    handler, tokens, _ = _oauth(60)
    client = connect("voucherify", handler, clock, oauth=True)
    for _ in range(5):
        case.module.sync(client=client, **case.kwargs)
    assert len(tokens) == 1
    clock.t += 31
    case.module.sync(client=client, **case.kwargs)
    assert len(tokens) == 2


@pytest.mark.parametrize("token_type", ["bearer", "BEARER", "Bearer"])
def test_oauth_token_type_is_case_insensitive(token_type: str) -> None:
    case = CASES[("voucherify", "get-voucher")]
    handler, _tokens, used = _oauth(900, token_type=token_type)
    case.module.sync(client=connect("voucherify", handler, oauth=True), **case.kwargs)
    assert used == ["Bearer tok-1-LIVE-SECRET"]


# --- 17.6: the bare generated client ---
@pytest.mark.parametrize("provider", provider_names())
def test_the_bare_generated_client_hides_its_token_and_has_a_default_timeout(provider: str) -> None:
    import importlib

    module = importlib.import_module(f"{profile(provider).package}.client")
    client = module.AuthenticatedClient(
        base_url="https://bare.test", token="BARE-TOKEN-SECRET", headers={"X-K": "HDR-SECRET"}
    )
    client.get_httpx_client()  # puts the token into its headers
    assert "BARE-TOKEN-SECRET" not in repr(client) and "HDR-SECRET" not in repr(client)
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)
    assert module.Client(base_url="https://bare.test").get_httpx_client().timeout.read == 30.0
