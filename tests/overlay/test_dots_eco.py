"""dots.eco profile data that needs no generated client: auth choice, error shape, date window."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

import giftkit
from giftkit._auth import HeaderAuth, PerMethodTokenAuth
from giftkit._clock import SYSTEM_CLOCK
from giftkit.providers import dots_eco

NOW = datetime(2024, 9, 13, 12, 0, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-09-14", True),
        ("2024-09-13", False),
        ("2029-09-13", True),
        ("2029-09-14", False),
        ("2025-12-31", True),
        ("31-12-2025", False),
        ("2025-02-30", False),
    ],
)
def test_expiration_window(value: str, ok: bool) -> None:
    errors = dots_eco._rules("addFlowCard", {"expiration_date": value}, NOW)
    assert (errors == {}) is ok
    if not ok:
        assert list(errors) == ["expiration_date"]


def test_documented_error_shape() -> None:
    fields = dots_eco._parse_error({"success": False, "errors": {"sku": ["The sku is invalid."]}})
    assert fields.field_errors == {"sku": ["The sku is invalid."]}
    assert fields.message == "The sku is invalid."


def test_auth_choice() -> None:
    assert isinstance(dots_eco._auth({"auth_token": "a"}, SYSTEM_CLOCK), HeaderAuth)
    assert isinstance(dots_eco._auth({"read_token": "r"}, SYSTEM_CLOCK), PerMethodTokenAuth)
    with pytest.raises(giftkit.ConfigurationError) as info:
        dots_eco._auth({}, SYSTEM_CLOCK)
    for name in ("auth_token", "GIFTKIT_DOTS_ECO_AUTH_TOKEN", "read_token", "write_token"):
        assert name in str(info.value)


def test_read_token_only_refuses_a_write_before_sending() -> None:
    auth = dots_eco._auth({"read_token": "R-1234"}, SYSTEM_CLOCK)
    seen: list[httpx.Request] = []
    client = httpx.Client(
        auth=auth, transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))
    )
    client.get("https://impact.dots.eco/api/v1/x")
    assert seen[0].headers["auth-token"] == "R-1234"
    with pytest.raises(giftkit.ConfigurationError, match="write_token"):
        client.post("https://impact.dots.eco/api/v1/flow-card/add", json={})
    assert len(seen) == 1
