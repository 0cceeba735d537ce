"""Every documented error example of every spec -> the right giftkit class and fields."""

from __future__ import annotations

import json

import httpx
import pytest

import giftkit
import giftkit._constants
from _cases import Case, all_cases, connect
from giftkit._errors import status_error_class

ERROR_CASES = [(c, status, body) for c in all_cases() for status, body in c.errors]


def call(case: Case, client: object) -> object:
    return case.module.sync(client=client, **case.kwargs)


@pytest.mark.parametrize(
    ("case", "status", "body"),
    ERROR_CASES,
    ids=lambda v: repr(v) if isinstance(v, Case) else str(v)[:20],
)
def test_documented_error_example_maps_to_class(
    case: Case, status: int, body: object, clock: object
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-request-id": "req-42"})

    client = connect(case.provider, handler, clock, max_retries=0)
    if status >= 500 and case.value_creating and not case.idempotent:
        with pytest.raises(giftkit.OutcomeUnknownError) as unknown:
            call(case, client)
        assert isinstance(unknown.value.__cause__, giftkit.InternalServerError)
        return
    with pytest.raises(giftkit.APIStatusError) as info:
        call(case, client)
    err = info.value
    assert isinstance(err, status_error_class(status))
    assert err.status_code == status
    assert err.provider == case.provider
    documented_id = body.get("request_id") if isinstance(body, dict) else None
    assert err.request_id == (documented_id or "req-42")
    assert err.request is not None and err.response is not None
    assert isinstance(err.field_errors, dict)
    assert all(
        isinstance(v, list) and all(isinstance(m, str) for m in v)
        for v in err.field_errors.values()
    )
    assert err.message
    if isinstance(body, dict) and isinstance(body.get("message"), str) and "***" not in err.message:
        assert err.message.startswith(body["message"])


def _one(
    provider: str, status: int, body: object, op: str, headers: dict[str, str] | None = None
) -> giftkit.GiftkitError:
    case = next(c for c in all_cases() if c.provider == provider and c.op_id == op)
    client = connect(
        provider, lambda r: httpx.Response(status, json=body, headers=headers or {}), max_retries=0
    )
    with pytest.raises(giftkit.GiftkitError) as info:
        call(case, client)
    return info.value


def test_giftme_string_field_error_becomes_one_item_list() -> None:
    body = {
        "message": "The given data was invalid.",
        "errors": {
            "cashier_pin": "Invalid cashier pin.",
            "orders.0.amount": ["The orders.0.amount field is required."],
        },
    }
    err = _one("giftme", 400, body, "createOrders")
    assert isinstance(err, giftkit.BadRequestError)
    assert err.field_errors == {
        "cashier_pin": ["Invalid cashier pin."],
        "orders.0.amount": ["The orders.0.amount field is required."],
    }
    assert err.code is None
    assert err.message == "The given data was invalid."


def test_rebilly_problem_type_is_code_and_invalid_fields_are_field_errors() -> None:
    body = {
        "type": "https://www.rebilly.com/catalog/all/section/errors/validation-error",
        "title": "Invalid data was sent.",
        "status": 422,
        "detail": "Invalid data was sent.",
        "invalidFields": [
            {"field": "issuedTime", "message": "This value should not be blank."},
            {"field": "issuedTime", "message": "Bad."},
        ],
    }
    err = _one("rebilly", 422, body, "PostCoupon")
    assert isinstance(err, giftkit.UnprocessableEntityError)
    assert err.code == body["type"]
    assert err.field_errors == {"issuedTime": ["This value should not be blank.", "Bad."]}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (520, giftkit.InternalServerError),
        (503, giftkit.InternalServerError),
        (418, giftkit.APIStatusError),
        (409, giftkit.ConflictError),
        (403, giftkit.PermissionDeniedError),
        (404, giftkit.NotFoundError),
    ],
)
def test_status_classes(status: int, cls: type) -> None:
    err = _one("rebilly", status, {"title": "x"}, "GetCoupon")
    assert type(err) is cls
    assert err.status_code == status  # type: ignore[attr-defined]


def test_rate_limit_error_carries_retry_after() -> None:
    err = _one("rebilly", 429, {"title": "Too many"}, "GetCoupon", {"Retry-After": "3"})
    assert isinstance(err, giftkit.RateLimitError)
    assert err.retry_after == 3.0


@pytest.mark.parametrize("status", [99, 600, 1000])
def test_invalid_http_status_is_unexpected_response(status: int) -> None:
    case = next(c for c in all_cases() if c.op_id == "GetCoupon")
    client = connect("rebilly", lambda r: httpx.Response(status, content=b"{}"), max_retries=0)
    with pytest.raises(giftkit.UnexpectedResponseError) as info:
        call(case, client)
    assert info.value.status_code == status


_BODIES = {
    "other-json": lambda status: httpx.Response(status, json={"unexpected": ["shape", 1]}),
    "html": lambda status: httpx.Response(status, html="<html>Bad gateway</html>"),
    "empty": lambda status: httpx.Response(status, content=b""),
    "oversized": lambda status: httpx.Response(
        status,
        content=b"{}",
        headers={"content-length": str(giftkit._constants.MAX_BODY_BYTES + 1)},
    ),
}


@pytest.mark.parametrize("body", sorted(_BODIES))
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 502])
async def test_error_class_follows_the_status_whatever_the_body(status: int, body: str) -> None:
    """A proxy's HTML page, another JSON shape, an empty or oversized body: the status decides."""
    case = next(c for c in all_cases() if c.op_id == "GetCoupon")
    client = connect("rebilly", lambda r: _BODIES[body](status), max_retries=0)
    with pytest.raises(giftkit.APIStatusError) as info:
        call(case, client)
    assert type(info.value) is status_error_class(status)
    assert info.value.status_code == status
    with pytest.raises(giftkit.APIStatusError) as ainfo:
        await case.module.asyncio(client=client, **case.kwargs)
    assert type(ainfo.value) is status_error_class(status)


def test_error_tree() -> None:
    assert issubclass(giftkit.ConfigurationError, ValueError)
    assert issubclass(giftkit.APITimeoutError, giftkit.APIConnectionError)
    for cls in (giftkit.RateLimitError, giftkit.InternalServerError, giftkit.NotFoundError):
        assert issubclass(cls, giftkit.APIStatusError)
    for cls in (
        giftkit.APIStatusError,
        giftkit.OutcomeUnknownError,
        giftkit.UnexpectedResponseError,
        giftkit.RequestValidationError,
    ):
        assert issubclass(cls, giftkit.GiftkitError)
    assert json.dumps(sorted(giftkit.__all__))
