"""`giftkit serve` extras: fault rates, the rate limit, and the read-only ledger endpoint."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _bulk_helpers import fresh, pick, with_lookup

import giftkit.bulk as bulk
from giftkit.testing._serve import ServeApp, parse_faults


def _client(app: ServeApp) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=app.sim.base_url)


def _create(provider: str, index: int) -> tuple[str, str, Any]:
    op = bulk.bulk_operation(provider)
    row = list(bulk.example_rows(provider, index))[-1]
    path = op.template.replace("{" + (op.key_param or "") + "}", f"KEY{index}")
    from giftkit.bulk._format import unflatten

    body = unflatten({k: v for k, v in row.items() if k != "reference"})
    return op.method, path, body


def _auth(provider: str) -> dict[str, str]:
    from giftkit.testing._contract import auth_headers

    return auth_headers(fresh(provider))


async def test_reset_after_is_processed_and_listed_in_the_ledger() -> None:
    provider = pick(with_lookup)
    sim = fresh(provider)
    app = ServeApp(sim, faults={"reset_after": 1.0})
    method, path, body = _create(provider, 1)
    async with _client(app) as client:
        with pytest.raises(ConnectionResetError):
            await client.request(method, path, json=body, headers=_auth(provider))
        app.faults = {}
        listed = (await client.get("/_giftkit/ledger")).json()["entries"]
        refused = await client.post("/_giftkit/ledger")
    assert [e["operation"] for e in listed] == [bulk.bulk_operation(provider).operation_id]
    assert listed[0]["request_body"] == body
    assert refused.status_code == 405


async def test_reset_before_and_status_faults_process_nothing() -> None:
    provider = pick(with_lookup)
    sim = fresh(provider)
    app = ServeApp(sim, faults={"reset_before": 0.5, "status_503": 0.5})
    seen: set[Any] = set()
    async with _client(app) as client:
        for index in range(1, 21):
            method, path, body = _create(provider, index)
            try:
                seen.add(
                    (
                        await client.request(method, path, json=body, headers=_auth(provider))
                    ).status_code
                )
            except ConnectionResetError:
                seen.add("reset")
    assert seen == {503, "reset"}
    assert len(sim.ledger) == 0
    assert app.fired["reset_before"] + app.fired["status_503"] == 20


async def test_rate_limit_answers_429_with_the_providers_headers() -> None:
    provider = pick(with_lookup)
    sim = fresh(provider)
    app = ServeApp(sim, rate_limit=2)
    statuses = []
    async with _client(app) as client:
        for index in range(1, 5):
            method, path, body = _create(provider, index)
            answer = await client.request(method, path, json=body, headers=_auth(provider))
            statuses.append(answer.status_code)
    assert statuses[:2] != [429, 429] and statuses[-1] == 429
    assert answer.headers.get("retry-after") is not None
    assert len(sim.ledger) == statuses.count(201) + statuses.count(200)


def test_fault_rates_are_checked() -> None:
    assert parse_faults("reset_after=0.05,status_503=0.02") == {
        "reset_after": 0.05,
        "status_503": 0.02,
    }
    for bad in ("explode=0.1", "reset_after", "status_99=0.1", "reset_after=2", "timeout=x"):
        with pytest.raises(ValueError, match="--faults"):
            parse_faults(bad)
