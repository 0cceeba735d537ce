"""One credential resolver: connect() and `giftkit contract --base-url` read the same
GIFTKIT_<PROVIDER>_<KEYWORD> variables, and the simulator's fixture keys go nowhere else."""

from __future__ import annotations

import contextlib
import os

import pytest

import giftkit
from giftkit import testing
from giftkit._connect import env_name
from giftkit.testing._contract import env_auth_headers, secrets_of

PROVIDERS = testing.providers()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("GIFTKIT_"):
            monkeypatch.delenv(name)


def _env_of(provider: str, values: dict[str, str]) -> dict[str, str]:
    return {env_name(provider, k): v for k, v in values.items()}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_connect_reads_the_base_url_variable(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = testing.simulator(provider)
    monkeypatch.setenv(env_name(provider, "base_url"), sim.base_url)
    client = giftkit.connect(
        provider, transport=sim.transport(), clock=sim.clock, **sim.fixtures["connect"]
    )
    assert client._giftkit.base_url == sim.base_url


@pytest.mark.parametrize("provider", PROVIDERS)
def test_base_url_keyword_wins_over_the_variable(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = testing.simulator(provider)
    monkeypatch.setenv(env_name(provider, "base_url"), "https://env.example.test")
    client = giftkit.connect(provider, base_url=sim.base_url, **sim.fixtures["connect"])
    assert client._giftkit.base_url == sim.base_url


@pytest.mark.parametrize("provider", PROVIDERS)
def test_contract_credentials_come_from_the_connect_variables(provider: str) -> None:
    sim = testing.simulator(provider)
    # the same values, under the names connect() documents, but different from the fixtures
    chosen = {k: f"env-{k}-value" for k in sim.fixtures["connect"]}
    found = env_auth_headers(sim, "http://127.0.0.1:9/", env=_env_of(provider, chosen))
    assert found and all(isinstance(h, dict) and h for h in found.values()), found
    sent = " ".join(v for h in found.values() if isinstance(h, dict) for v in h.values())
    assert any(value in sent for value in chosen.values())
    assert not any(secret in sent for secret in secrets_of(sim))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_contract_without_credentials_names_the_variables(provider: str) -> None:
    sim = testing.simulator(provider)
    found = env_auth_headers(sim, "http://127.0.0.1:9/", env={})
    assert found and all(isinstance(v, str) for v in found.values())
    message = next(iter(found.values()))
    assert isinstance(message, str)
    secret = [k for k in sim.fixtures["connect"] if k in _secret_keywords(provider)]
    assert any(env_name(provider, k) in message for k in secret), message


def _secret_keywords(provider: str) -> set[str]:
    return {o.name for o in giftkit._connect.profile(provider).options if o.secret}


def test_contract_cli_off_simulator_without_credentials_is_exit_2_naming_the_variables(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from giftkit import cli

    provider = PROVIDERS[0]
    assert cli.main(["contract", provider, "--base-url", "http://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert env_name(provider, "") in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_requests_say_giftkit_version_and_provider(provider: str) -> None:
    import httpx

    sent: list[httpx.Request] = []
    answer = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(599))
    sim = testing.simulator(provider)
    client = giftkit.connect(
        provider, base_url=sim.base_url, transport=answer, max_retries=0, **sim.fixtures["connect"]
    )
    path = next(op.path for op in sim.index.operations.values() if "{" not in op.path)
    with contextlib.suppress(giftkit.GiftkitError):
        client.get_httpx_client().get(path)
    assert sent and sent[0].headers["User-Agent"] == f"giftkit/{giftkit.__version__} ({provider})"
