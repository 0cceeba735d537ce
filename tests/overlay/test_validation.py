"""Pre-flight validation: documented rules -> RequestValidationError, nothing sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import giftkit
from _cases import all_cases, connect

CASES = {c.op_id: c for c in all_cases()}


def reject(op: str, mutate: Any) -> giftkit.RequestValidationError:
    c = CASES[op]
    seen: list[httpx.Request] = []
    client = connect(c.provider, lambda r: seen.append(r) or httpx.Response(500))
    body = c.kwargs["body"].to_dict()
    mutate(body)
    cls = type(c.kwargs["body"])
    with pytest.raises(giftkit.RequestValidationError) as info:
        c.module.sync(client=client, **{**c.kwargs, "body": cls.from_dict(body)})
    assert seen == []  # nothing sent
    assert info.value.provider == c.provider and info.value.operation == op
    return info.value


def test_giftme_either_email_or_phone() -> None:
    def drop(body: dict[str, Any]) -> None:
        body["orders"].append({"amount": "100", "context": "all"})

    err = reject("createOrders", drop)
    index = len(CASES["createOrders"].kwargs["body"].orders)
    assert f"orders.{index}.receiver_email" in err.field_errors
    assert f"orders.{index}.receiver_phone" in err.field_errors


def test_giftme_empty_contact_counts_as_absent() -> None:
    def empty(body: dict[str, Any]) -> None:
        body["orders"] = [{"amount": "100", "context": "all", "receiver_email": ""}]

    err = reject("createOrders", empty)
    assert "orders.0.receiver_phone" in err.field_errors


def test_giftme_amount_pattern_and_email_format() -> None:
    def bad(body: dict[str, Any]) -> None:
        body["orders"][0]["amount"] = "50.5"
        body["orders"][0]["receiver_email"] = "not-an-email"

    err = reject("createOrders", bad)
    assert "orders.0.amount" in err.field_errors and "orders.0.receiver_email" in err.field_errors


def test_favordrop_customer_or_details_and_minimum() -> None:
    def bad(body: dict[str, Any]) -> None:
        body.pop("customer", None)
        for k in ("fname", "lname", "phone", "email"):
            body.pop(k, None)
        body["amount"] = 4

    err = reject("createFavordrop", bad)
    assert "amount" in err.field_errors
    assert "customer" in err.field_errors and "fname" in err.field_errors


def test_rebilly_expired_before_issued() -> None:
    def bad(body: dict[str, Any]) -> None:
        body["issuedTime"] = "2030-01-02T00:00:00Z"
        body["expiredTime"] = "2030-01-01T00:00:00Z"

    err = reject("PostCoupon", bad)
    assert err.field_errors == {"expiredTime": ["must be later than issuedTime"]}


def test_messages_never_quote_the_value() -> None:
    def bad(body: dict[str, Any]) -> None:
        body["orders"][0]["amount"] = "SECRETVALUE"

    err = reject("createOrders", bad)
    assert "SECRETVALUE" not in str(err) and "SECRETVALUE" not in repr(err.field_errors)


def test_discriminated_union_errors_speak_for_the_branch_the_caller_meant() -> None:
    """A percent discount over 100 is reported as `discount.value`, not as a fixed discount's
    missing `amount`/`currency`."""

    def over_100(body: dict[str, Any]) -> None:
        body["discount"] = {"type": "percent", "value": 150, "context": "items"}

    err = reject("PutCoupon", over_100)
    assert err.field_errors == {"discount.value": ["must be <= 100"]}


def test_query_parameter_rules_are_checked_before_sending() -> None:
    """Rebilly documents limit in 0..1000: 5000 is refused by name, and nothing is sent."""
    c = CASES["GetCouponCollection"]
    seen: list[httpx.Request] = []
    client = connect(c.provider, lambda r: seen.append(r) or httpx.Response(500))
    with pytest.raises(giftkit.RequestValidationError) as info:
        c.module.sync(client=client, **{**c.kwargs, "limit": 5000})
    assert seen == []
    assert info.value.field_errors == {"limit": ["must be <= 1000"]}
