"""Ctrl-C: the calls in flight settle, nothing is left `sending`, the rest stays `planned`."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from _bulk_helpers import fresh, write_rows

import giftkit.bulk as bulk
from giftkit._connect import provider_names


def test_stop_lets_in_flight_calls_settle_and_exits_130(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 12)

    async def main() -> bulk.Summary:
        stop = asyncio.Event()
        done = {"n": 0}

        def on_row(state: str) -> None:
            done["n"] += 1
            if done["n"] == 3:
                stop.set()  # what the CLI's SIGINT handler does

        return await bulk.aissue(
            provider,
            rows,
            journal=tmp_path / "run.db",
            base_url=sim.base_url,
            rate=1e6,
            concurrency=2,
            async_transport=sim.async_transport(),
            stop=stop,
            on_row=on_row,
            **sim.fixtures["connect"],
        )

    summary = asyncio.run(main())
    assert summary.interrupted and summary.exit_code == 130
    with sqlite3.connect(tmp_path / "run.db") as db:
        states = [s for (s,) in db.execute("SELECT state FROM rows")]
    assert "sending" not in states
    assert states.count("confirmed") == len(sim.ledger) >= 3
    assert states.count("planned") == 12 - len(sim.ledger) > 0
    resumed = bulk.issue(
        provider,
        rows,
        journal=tmp_path / "run.db",
        base_url=sim.base_url,
        rate=1e6,
        async_transport=sim.async_transport(),
        **sim.fixtures["connect"],
    )
    assert resumed.exit_code == 0 and len(sim.ledger) == 12
