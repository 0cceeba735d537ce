"""The runner against in-process simulators: journal durability, resume, reconciliation, guardrails."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import httpx
import pytest
from _bulk_helpers import Spy, fresh, pick, run, with_lookup, without_mechanism, write_rows

import giftkit.bulk as bulk
from giftkit._connect import provider_names
from giftkit.bulk._pace import Pacer
from giftkit.testing import Simulator

N = 6


def _states(journal: Path) -> list[str]:
    with sqlite3.connect(journal) as db:
        return [s for (s,) in db.execute("SELECT state FROM rows ORDER BY line")]


def test_sending_is_committed_before_each_request_leaves(tmp_path: Path) -> None:
    provider = provider_names()[0]
    journal = tmp_path / "run.db"
    seen: list[tuple[int, int]] = []

    def before(request: httpx.Request) -> None:
        with sqlite3.connect(journal) as db:  # another connection: sees only committed data
            counts = dict(db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall())
        seen.append((counts.get("sending", 0), counts.get("confirmed", 0)))

    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", N)
    summary = run(provider, rows, journal, sim, Spy(sim, before), concurrency=1)
    assert summary.counts["confirmed"] == N
    assert seen == [(1, k) for k in range(N)]


def test_journal_and_its_files_are_private(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 2)
    run(provider, rows, tmp_path / "run.db", sim)
    assert stat.S_IMODE((tmp_path / "run.db").stat().st_mode) == 0o600


class Crash(Exception):
    """The process dies here: the runner catches no such error, so nothing after it runs."""


def _crash_after_processing(sim: Simulator, at: int) -> httpx.AsyncBaseTransport:
    inner = sim.async_transport()
    calls = {"n": 0}

    class Crashing(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await inner.handle_async_request(request)
            calls["n"] += 1
            if calls["n"] == at:
                raise Crash  # processed by the provider, the answer never read
            return response

    return Crashing()


def _crash_then_resume(provider: str, tmp_path: Path, **kwargs: object) -> tuple[Simulator, Spy]:
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", N)
    journal = tmp_path / "run.db"
    with pytest.raises(Crash):
        run(provider, rows, journal, sim, _crash_after_processing(sim, 3), concurrency=1)
    assert _states(journal).count("sending") == 1
    assert len(sim.ledger) == 3
    spy = Spy(sim)
    run(provider, rows, journal, sim, spy, concurrency=1, **kwargs)
    return sim, spy


def test_resume_reconciles_a_crashed_row_by_lookup_and_never_resends_it(tmp_path: Path) -> None:
    provider = pick(with_lookup)
    sim, spy = _crash_then_resume(provider, tmp_path)
    writes = [r for r in spy.requests if r.method != "GET"]
    assert len(writes) == N - 3  # the crashed row was found, not sent again
    assert _states(tmp_path / "run.db") == ["confirmed"] * N
    refs = [e.client_reference for e in sim.ledger.entries]
    assert len(refs) == N and len(set(refs)) == N


def test_resume_without_a_way_to_find_out_leaves_the_row_unknown(tmp_path: Path) -> None:
    provider = pick(without_mechanism)
    sim, spy = _crash_then_resume(provider, tmp_path)
    assert len(spy.requests) == N - 3
    assert len(sim.ledger) == N  # nothing issued twice
    states = _states(tmp_path / "run.db")
    assert states.count("unknown") == 1 and states.count("confirmed") == N - 1
    summary = bulk.status(tmp_path / "run.db")
    assert summary.exit_code == 3


def test_resend_unknown_is_an_explicit_choice(tmp_path: Path) -> None:
    provider = pick(without_mechanism)
    sim, spy = _crash_then_resume(provider, tmp_path, resend_unknown=True)
    assert len(spy.requests) == N - 2  # the unknown row was sent again, as asked
    assert len(sim.ledger) == N + 1  # and, the crash having been after processing, issued twice
    assert _states(tmp_path / "run.db") == ["confirmed"] * N


def test_journal_refuses_another_input_or_host(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 2)
    run(provider, rows, tmp_path / "run.db", sim)
    other = write_rows(provider, tmp_path / "other.csv", 3)
    with pytest.raises(bulk.JournalError, match="another input"):
        run(provider, other, tmp_path / "run.db", sim)
    with pytest.raises(bulk.JournalError, match="another base url"):
        bulk.issue(
            provider,
            rows,
            journal=tmp_path / "run.db",
            base_url=sim.base_url + "/elsewhere",
            async_transport=sim.async_transport(),
            **sim.fixtures["connect"],
        )


def test_a_second_runner_on_the_same_journal_is_refused(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 2)
    from giftkit.bulk._journal import open_journal

    held = open_journal(tmp_path / "run.db")
    try:
        with pytest.raises(bulk.JournalError, match="in use by another giftkit runner"):
            run(provider, rows, tmp_path / "run.db", sim)
    finally:
        held.close()
    assert sim.requests == []


def test_an_answer_that_fails_every_row_stops_the_batch(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", N)
    bad = {k: "not-the-credential" for k in sim.fixtures["connect"]}
    spy = Spy(sim)
    summary = bulk.issue(
        provider,
        rows,
        journal=tmp_path / "run.db",
        base_url=sim.base_url,
        rate=1e6,
        concurrency=1,
        async_transport=spy,
        **bad,
    )
    assert summary.stopped and summary.counts["planned"] == N
    assert len(spy.requests) == 1 and summary.exit_code == 3


def test_an_unreadable_answer_makes_the_row_unknown_with_the_raw_answer(tmp_path: Path) -> None:
    provider = pick(without_mechanism)
    sim = fresh(provider)
    inner = sim.async_transport()

    class Garbled(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await inner.handle_async_request(request)
            return httpx.Response(200, content=b"<html>oops", request=request)

    rows = write_rows(provider, tmp_path / "rows.csv", 1)
    summary = run(provider, rows, tmp_path / "run.db", sim, Garbled())
    assert summary.counts["unknown"] == 1 and len(sim.ledger) == 1
    from giftkit.bulk._journal import open_journal

    book = open_journal(tmp_path / "run.db", lock=False)
    try:
        assert book.answer(1 + 1) == {"unreadable": "<html>oops"}
    finally:
        book.close()


def test_a_429_is_retried_and_slows_everyone(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    sim.faults.schedule("*", "status:429", times=1)
    rows = write_rows(provider, tmp_path / "rows.csv", 3)
    summary = run(provider, rows, tmp_path / "run.db", sim)
    assert summary.counts["confirmed"] == 3 and summary.limited == 1
    assert len(sim.ledger) == 3


def test_pacer_pause_holds_every_worker_and_lowers_the_rate() -> None:
    now = [100.0]
    pacer = Pacer(10.0, now=lambda: now[0])
    assert pacer._wait() == 0.0
    pacer.on_limited(2.0)
    assert pacer._wait() == pytest.approx(2.0)
    assert pacer.rate < 10.0
    now[0] += 2.0
    assert pacer._wait() == pytest.approx(1 / pacer.rate)


def test_report_keeps_secrets_out_unless_asked(tmp_path: Path) -> None:
    provider = pick(with_lookup)  # its resource ids are redemption codes
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 3)
    run(provider, rows, tmp_path / "run.db", sim)
    from giftkit.bulk._journal import open_journal

    book = open_journal(tmp_path / "run.db", lock=False)
    try:
        assert bulk.write_report(book, tmp_path / "out.csv") == 3
        bulk.write_report(book, tmp_path / "full.json", include_secrets=True)
    finally:
        book.close()
    codes = [e.reference for e in sim.ledger.entries]
    plain = (tmp_path / "out.csv").read_text()
    assert plain.splitlines()[0] == "reference,state,resource_id,error,attempts"
    assert not any(code in plain for code in codes)
    full = tmp_path / "full.json"
    assert all(code in full.read_text() for code in codes)
    assert stat.S_IMODE(full.stat().st_mode) == 0o600


def test_a_live_host_needs_live(tmp_path: Path) -> None:
    provider = provider_names()[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 1)
    spy = Spy(sim)
    with pytest.raises(bulk.GuardrailError, match="live host"):
        bulk.issue(
            provider,
            rows,
            journal=tmp_path / "run.db",
            base_url="https://giftkit-live.example.com",
            async_transport=spy,
            **sim.fixtures["connect"],
        )
    assert spy.requests == []


def test_dry_run_runs_the_batch_on_the_bundled_simulator(tmp_path: Path) -> None:
    provider = provider_names()[0]
    rows = write_rows(provider, tmp_path / "rows.csv", 4)
    summary = bulk.issue(provider, rows, journal=tmp_path / "run.db", dry_run=True)
    assert summary.dry_run and summary.counts["confirmed"] == 4
    assert not (tmp_path / "run.db").exists()


def test_max_total_refuses_what_it_cannot_add_up(tmp_path: Path) -> None:
    from decimal import Decimal

    unmarked = [p for p in provider_names() if not any(c.money for c in bulk.columns(p))]
    if not unmarked:
        pytest.skip("every spec marks its amounts")
    provider = unmarked[0]
    sim = fresh(provider)
    rows = write_rows(provider, tmp_path / "rows.csv", 2)
    with pytest.raises(bulk.GuardrailError, match="cannot be enforced"):
        run(provider, rows, tmp_path / "run.db", sim, max_total={"USD": Decimal(10)})
    assert sim.requests == []
