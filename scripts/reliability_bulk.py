"""The bulk crash campaign: `giftkit issue` killed with SIGKILL at random moments, resumed until it
exits, then `giftkit reconcile`, against `giftkit serve` with faults and a rate limit.

Checked per provider: every input row in the report once; no value-creating request processed
twice (the simulator's ledger, read over HTTP); for a provider with a lookup or a resend-safe
mechanism, ledger == confirmed rows and 0 unknown; for the others every row terminal.
`make test` runs it small (tests/bulk/test_crash.py); `make reliability` large:

    python scripts/reliability_bulk.py --rows 2000 --kills 100
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GIFTKIT = [sys.executable, "-m", "giftkit.cli"]
FAULTS = "reset_after=0.04,reset_before=0.02,status_503=0.03"


@dataclass
class Result:
    provider: str
    rows: int
    kills: int = 0
    mid_request: int = 0  # kills that left a row in `sending` (a request in flight)
    runs: int = 0
    ledger: int = 0
    duplicates: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    mismatched: list[str] = field(default_factory=list)  # ledger vs confirmed, when checkable
    report_ok: bool = False
    reconcilable: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        terminal = not self.counts.get("planned") and not self.counts.get("sending")
        strict = not self.reconcilable or (not self.mismatched and not self.counts.get("unknown"))
        return self.report_ok and not self.duplicates and terminal and strict


def _env(provider: str) -> dict[str, str]:
    from giftkit.testing import simulator

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for key, value in simulator(provider).fixtures["connect"].items():
        env[f"GIFTKIT_{provider.upper()}_{key.upper()}"] = str(value)
    return env


def _serve(provider: str, seed: int, rate_limit: int, workdir: Path) -> tuple[Any, str]:
    log = (workdir / "serve.log").open("w")
    proc = subprocess.Popen(
        [
            *GIFTKIT,
            "serve",
            provider,
            "--seed",
            str(seed),
            "--faults",
            FAULTS,
            "--rate-limit",
            str(rate_limit),
        ],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    line = proc.stdout.readline() if proc.stdout else ""
    if "simulator at" not in line:
        proc.kill()
        raise RuntimeError(f"giftkit serve did not start: {line!r}")
    return proc, line.rsplit(" ", 1)[-1].strip()


def _counts(journal: Path) -> dict[str, int]:
    if not journal.exists():
        return {}
    try:
        db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return {}
    try:  # closed before the next fork: a child inherits no open connection
        return dict(db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall())
    except sqlite3.Error:
        return {}
    finally:
        db.close()


class Forked:
    """`giftkit issue` in a child process forked from this warmed-up one (imports done once, so a
    run costs no interpreter start-up); SIGKILL of the child is a real crash of a separate
    process with its own journal connection. Popen's poll/wait/send_signal/returncode."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.returncode: int | None = None
        pid = os.fork()
        if pid == 0:  # the child: the CLI, nothing of the parent's state after it
            code = 70
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                os.environ.clear()
                os.environ.update(env)
                from giftkit.cli import main

                code = main(argv)
            finally:
                os._exit(code)
        self.pid = pid

    def _reap(self, flags: int) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, flags)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def poll(self) -> int | None:
        return self._reap(os.WNOHANG)

    def wait(self) -> int:
        code = self._reap(0)
        assert code is not None
        return code

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)


def _warm(provider: str) -> None:
    """Import what a run imports, once, before forking."""
    import importlib

    import giftkit.cli  # noqa: F401
    from giftkit._connect import _table, profile
    from giftkit.bulk._rows import _model

    _table(provider)
    _model(provider)
    importlib.import_module(f"{profile(provider).package}.client")


def _issue(provider: str, base: list[str], env: dict[str, str]) -> Forked:
    return Forked(["issue", provider, *base], env)


def _kill_once(proc: Forked, journal: Path, rng: random.Random, started_sent: int) -> bool | None:
    """Wait until this run has sent something, then SIGKILL it at a random moment.
    True: killed with a request in flight; False: killed between requests; None: it finished."""
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        counts = _counts(journal)
        if sum(v for k, v in counts.items() if k != "planned") > started_sent:
            break
        time.sleep(0.02)
    time.sleep(rng.uniform(0.0, 0.4))
    if proc.poll() is not None:
        return None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return _counts(journal).get("sending", 0) > 0


def _ledger(url: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{url}/_giftkit/ledger", timeout=30) as answer:
        entries: list[dict[str, Any]] = json.load(answer)["entries"]
        return entries


def _forms(body: Any) -> list[str]:
    """The request body and its list items, canonical: what a ledger entry's payload may be."""
    found = [body] + (body if isinstance(body, list) else [])
    if isinstance(body, dict):
        found += [i for v in body.values() if isinstance(v, list) for i in v]
    return [json.dumps(f, sort_keys=True) for f in found if isinstance(f, dict | list)]


def _check_ledger(result: Result, journal: Path, entries: list[dict[str, Any]]) -> None:
    by_key: dict[str, str] = {}
    by_body: dict[str, str] = {}
    states: dict[str, str] = {}
    db = sqlite3.connect(journal)
    try:
        found = db.execute("SELECT reference, state, request FROM rows").fetchall()
    finally:
        db.close()
    if found:
        for reference, state, request in found:
            states[reference] = state
            parsed = json.loads(request or "{}")
            for value in (parsed.get("path") or {}).values():
                by_key[str(value)] = reference
            for form in _forms(parsed.get("body")):
                by_body.setdefault(form, reference)
    seen: dict[str, int] = {}
    for entry in entries:
        ref = by_key.get(str(entry.get("client_reference")))
        if ref is None:
            ref = by_body.get(json.dumps(entry.get("request_body"), sort_keys=True))
        if ref is None:
            result.mismatched.append(f"ledger entry {entry.get('operation')} matches no row")
            continue
        seen[ref] = seen.get(ref, 0) + 1
    result.ledger = len(entries)
    result.duplicates = sum(n - 1 for n in seen.values() if n > 1)
    confirmed = {r for r, s in states.items() if s == "confirmed"}
    if result.reconcilable and set(seen) != confirmed:
        result.mismatched.append(
            f"{len(set(seen) - confirmed)} issued but not confirmed, "
            f"{len(confirmed - set(seen))} confirmed but not issued"
        )


def campaign(
    provider: str,
    *,
    rows: int,
    kills: int,
    seed: int = 0,
    rate_limit: int = 100,
    workdir: Path | None = None,
) -> Result:
    from giftkit.bulk import bulk_operation, example_csv

    started = time.perf_counter()
    rng = random.Random(seed)
    own = tempfile.TemporaryDirectory() if workdir is None else None
    work = Path(own.name) if own is not None else workdir
    assert work is not None
    result = Result(provider, rows, reconcilable=bulk_operation(provider).reconcilable)
    source, journal = work / "rows.csv", work / "run.db"
    source.write_text("".join(example_csv(provider, rows)), encoding="utf-8")
    env = _env(provider)
    _warm(provider)
    server, url = _serve(provider, seed, rate_limit, work)
    try:
        base = ["--from", str(source), "--journal", str(journal), "--base-url", url]
        base += ["--rate", str(rate_limit), "--concurrency", "4"]
        while result.kills < kills:
            sent = sum(v for k, v in _counts(journal).items() if k != "planned")
            killed = _kill_once(_issue(provider, base, env), journal, rng, sent)
            result.runs += 1
            if killed is None:
                break  # finished before its kill: nothing left to interrupt
            result.kills += 1
            result.mid_request += int(killed)
        code = None
        while code not in (0, 3):
            code = _issue(provider, base, env).wait()
            result.runs += 1
            if code not in (0, 3) and result.runs > kills + 10:
                raise RuntimeError(f"giftkit issue keeps exiting {code}")
        Forked(["reconcile", "--journal", str(journal)], env).wait()
        report = work / "report.csv"
        Forked(["status", "--journal", str(journal), "--report", str(report)], env).wait()
        with report.open(encoding="utf-8") as handle:
            refs = [r["reference"] for r in csv.DictReader(handle)]
        result.report_ok = sorted(refs) == [f"row-{i:06d}" for i in range(1, rows + 1)]
        result.counts = _counts(journal)
        _check_ledger(result, journal, _ledger(url))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        if own is not None:
            own.cleanup()
    result.seconds = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate-limit", type=int, default=200)
    parser.add_argument("--providers", nargs="*")
    args = parser.parse_args(argv)
    from giftkit._connect import provider_names

    failed = 0
    print(
        "| provider | rows | kills | mid-request | runs | ledger | duplicates | states | ok | s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for provider in args.providers or provider_names():
        r = campaign(
            provider, rows=args.rows, kills=args.kills, seed=args.seed, rate_limit=args.rate_limit
        )
        states = ", ".join(f"{k} {v}" for k, v in sorted(r.counts.items()))
        print(
            f"| {provider} | {r.rows} | {r.kills} | {r.mid_request} | {r.runs} | {r.ledger} | "
            f"{r.duplicates} | {states} | {'yes' if r.ok else 'NO'} | {r.seconds:.0f} |",
            flush=True,
        )
        for problem in r.mismatched:
            print(f"  {provider}: {problem}")
        failed += not r.ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
