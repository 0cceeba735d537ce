"""connect(): discovery, keywords, env vars, URLs, TLS, the returned client."""

from __future__ import annotations

import httpx
import pytest

import giftkit
from _cases import CREDENTIALS, providers
from giftkit._connect import env_name


def test_providers_are_discovered_from_the_profiles_folder() -> None:
    assert {"favordrop", "giftme", "rebilly"} <= set(giftkit.provider_names())


def test_unknown_provider_is_configuration_error() -> None:
    with pytest.raises(giftkit.ConfigurationError, match="nope"):
        giftkit.connect("nope")


def test_unknown_keyword_is_type_error_listing_valid_ones() -> None:
    with pytest.raises(TypeError) as info:
        giftkit.connect("rebilly", api_kye="x", organization_id="o")
    assert (
        "api_kye" in str(info.value)
        and "api_key" in str(info.value)
        and "organization_id" in str(info.value)
    )


@pytest.mark.parametrize("provider", providers())
def test_missing_credential_names_keyword_and_env_var(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each connect() keyword of the profile's test options, left out, is named with its env var."""
    for name in list(__import__("os").environ):
        if name.startswith("GIFTKIT_"):
            monkeypatch.delenv(name)
    options = {k: v for k, v in CREDENTIALS[provider].items() if k != "base_url"}
    assert options, f"{provider}: its profile's test_options give no credential"
    for keyword in options:
        given = {k: v for k, v in CREDENTIALS[provider].items() if k != keyword}
        with pytest.raises(giftkit.ConfigurationError) as info:
            giftkit.connect(provider, **given)
        assert keyword in str(info.value) and env_name(provider, keyword) in str(info.value)
        assert isinstance(info.value, ValueError)


def test_env_var_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIFTKIT_REBILLY_API_KEY", "from-env-key-123")
    monkeypatch.setenv("GIFTKIT_REBILLY_ORGANIZATION_ID", "org-env")
    monkeypatch.setenv("GIFTKIT_REBILLY_ENVIRONMENT", "live")
    seen: list[httpx.Request] = []
    client = giftkit.connect(
        "rebilly",
        transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json=[])),
    )
    from rebilly_client.api.coupons import get_coupon_collection

    assert get_coupon_collection.sync(client=client) == []
    assert seen[0].headers["REB-APIKEY"] == "from-env-key-123"
    assert str(seen[0].url).startswith("https://api.rebilly.com/organizations/org-env/coupons")


def test_rebilly_sandbox_is_the_default() -> None:
    seen: list[httpx.Request] = []
    client = giftkit.connect(
        "rebilly",
        api_key="k",
        organization_id="o1",
        transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json=[])),
    )
    from rebilly_client.api.coupons import get_coupon_collection

    get_coupon_collection.sync(client=client)
    assert (
        seen[0].url.host == "api-sandbox.rebilly.com"
        and seen[0].url.path == "/organizations/o1/coupons"
    )


def test_bad_option_choice() -> None:
    with pytest.raises(giftkit.ConfigurationError, match="sandbox, live"):
        giftkit.connect("rebilly", api_key="k", organization_id="o", environment="prod")


# the profiles give a test base_url exactly where the spec documents no usable host
@pytest.mark.parametrize("provider", [p for p in providers() if "base_url" in CREDENTIALS[p]])
def test_base_url_is_required_where_the_host_is_undocumented(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(f"GIFTKIT_{provider.upper()}_BASE_URL", raising=False)
    creds = {k: v for k, v in CREDENTIALS[provider].items() if k != "base_url"}
    with pytest.raises(giftkit.ConfigurationError, match="base_url"):
        giftkit.connect(provider, **creds)


@pytest.mark.parametrize(
    "url", ["http://vendor.example.com", "ftp://x.example", "vendor.example.com"]
)
def test_plain_http_refused_off_loopback(url: str) -> None:
    with pytest.raises(giftkit.ConfigurationError):
        giftkit.connect("giftme", api_token="t", base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:9", "http://[::1]:80"])
def test_plain_http_allowed_on_loopback(url: str) -> None:
    giftkit.connect("giftme", api_token="t", base_url=url, verify=False)


def test_verify_false_refused_off_loopback() -> None:
    with pytest.raises(giftkit.ConfigurationError, match="verify"):
        giftkit.connect("giftme", api_token="t", base_url="https://g.example", verify=False)


def test_client_is_the_generated_class_and_a_context_manager() -> None:
    from giftme_client.client import AuthenticatedClient

    with giftkit.connect(
        "giftme", api_token="t-secret-xyz", base_url="https://g.example"
    ) as client:
        assert isinstance(client, AuthenticatedClient)
        assert "t-secret-xyz" not in repr(client)


async def test_async_context_manager() -> None:
    async with giftkit.connect(
        "giftme", api_token="t-secret-xyz", base_url="https://g.example"
    ) as client:
        assert client.get_async_httpx_client() is not None


@pytest.mark.parametrize("provider", providers())
def test_typed_twin_exists(provider: str) -> None:
    import importlib

    module = importlib.import_module(f"giftkit.providers.{provider}")
    assert callable(module.connect)
    assert module.PROFILE.name == provider


def test_typed_twin_connects() -> None:
    from giftkit.providers import giftme

    client = giftme.connect(api_token="t", base_url="https://g.example")
    assert "giftme" in repr(client)


async def test_cookies_a_server_sets_are_never_sent_back() -> None:
    """Clients authenticate by header; a cookie a server (or proxy) plants must not ride along on
    later calls, sync or async."""
    from _cases import all_cases, connect

    case = next(c for c in all_cases() if c.op_id == "GetCoupon")
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        return httpx.Response(
            case.success_status,
            headers={"set-cookie": "session=planted; Path=/"},
            json=case.success_body,
        )

    client = connect("rebilly", handler)
    for _ in range(2):
        case.module.sync(**case.kwargs, client=client)
        await case.module.asyncio(**case.kwargs, client=client)
    assert sent == [None] * 4
    assert not client.get_httpx_client().cookies
    assert not client.get_async_httpx_client().cookies
