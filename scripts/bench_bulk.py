"""`make bench` for bulk issuance: pacing at a rate limit, journal cost per row, memory on many rows.

  pacing   `giftkit.bulk` against a simulator (in-process, wall clock) limited to --limit calls
           per second: achieved rate (confirmed rows per second while sending) vs the limit, and
           the share of answers that were 429
  journal  one durable transition (`sending`, WAL + synchronous=FULL) and one settle, per row,
           on this machine's disk; and the group commit of --concurrency workers
  memory   --rows rows streamed from a CSV against the in-process simulator: RSS growth (the
           simulator's own store is reset every 5,000 rows, so the figure is the runner's)

Writes its table between `<!-- BEGIN bulk -->` and `<!-- END bulk -->` in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- BEGIN bulk -->", "<!-- END bulk -->"


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rows(provider: str, path: Path, count: int) -> Path:
    from giftkit.bulk import example_csv

    with path.open("w", encoding="utf-8") as out:
        for chunk in example_csv(provider, count):
            out.write(chunk)
    return path


def pacing(provider: str, limit: int, seconds: float, work: Path) -> dict[str, Any]:
    import giftkit.bulk as bulk
    from giftkit.testing import WallClock, simulator

    sim = simulator(provider, clock=WallClock())
    sim.rate_limit(limit, 1.0)
    rows = _rows(provider, work / "pacing.csv", int(limit * seconds))
    answers = {"n": 0}
    sent: list[float] = []

    def on_row(state: str) -> None:
        answers["n"] += 1
        sent.append(time.perf_counter())

    summary = bulk.issue(
        provider,
        rows,
        journal=work / "pacing.db",
        base_url=sim.base_url,
        rate=float(limit),
        concurrency=8,
        async_transport=sim.async_transport(),
        on_row=on_row,
        **sim.fixtures["connect"],
    )
    span = sent[-1] - sent[0] if len(sent) > 1 else float("nan")
    achieved = (len(sent) - 1) / span
    calls = summary.counts["confirmed"] + summary.limited
    return {
        "limit": limit,
        "rows": summary.counts["confirmed"],
        "achieved": achieved,
        "share": achieved / limit,
        "limited": summary.limited,
        "limited_share": summary.limited / calls if calls else 0.0,
    }


def journal_cost(rows: int, concurrency: int, work: Path) -> dict[str, float]:
    from giftkit.bulk._journal import open_journal

    book = open_journal(work / "cost.db")
    book.plan((i, f"r{i}", "planned", {}, None) for i in range(1, rows + 1))
    started = time.perf_counter()
    for line in range(1, rows + 1):
        book.sending(line)
        book.settle(line, "confirmed", resource_id="x")
    serial = (time.perf_counter() - started) / rows * 1000

    async def grouped() -> float:
        book.db.execute("UPDATE rows SET state='planned'")
        queue = list(range(1, rows + 1))

        async def worker() -> None:
            while queue:
                line = queue.pop()
                await book.asending(line)
                await book.asettle(line, "confirmed", resource_id="x")

        begun = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return (time.perf_counter() - begun) / rows * 1000

    group = asyncio.run(grouped())
    book.close()
    return {"serial_ms": serial, "grouped_ms": group, "concurrency": concurrency}


def memory(provider: str, count: int, work: Path) -> dict[str, Any]:
    import giftkit.bulk as bulk
    from giftkit.testing import simulator

    rows = _rows(provider, work / "memory.csv", count)
    sim = simulator(provider)
    done = {"n": 0, "peak": 0.0}

    def on_row(state: str) -> None:
        done["n"] += 1
        if done["n"] % 5000 == 0:
            sim.reset()  # the simulator keeps every coupon; the runner must not
            done["peak"] = max(done["peak"], _rss_mb())

    before = _rss_mb()
    started = time.perf_counter()
    summary = bulk.issue(
        provider,
        rows,
        journal=work / "memory.db",
        base_url=sim.base_url,
        rate=1e9,
        concurrency=16,
        async_transport=sim.async_transport(),
        on_row=on_row,
        **sim.fixtures["connect"],
    )
    return {
        "rows": summary.counts["confirmed"],
        "growth": max(done["peak"], _rss_mb()) - before,
        "seconds": time.perf_counter() - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--provider", default="rebilly")
    parser.add_argument("--limit", type=int, default=20, help="the simulator's calls per second")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--rows", type=int, default=100_000, help="rows for the memory figure")
    parser.add_argument("--journal-rows", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pace = pacing(args.provider, args.limit, args.seconds, work)
        cost = journal_cost(args.journal_rows, args.concurrency, work)
        mem = memory(args.provider, args.rows, work)
    ok = pace["share"] >= 0.95 and pace["limited_share"] < 0.01 and mem["growth"] < 50
    lines = [
        "| bulk | figure |",
        "|---|---|",
        f"| pacing ({args.provider}, limit {pace['limit']}/s, {pace['rows']} rows) | "
        f"{pace['achieved']:.2f}/s = {pace['share']:.1%} of the limit; 429: {pace['limited']} "
        f"({pace['limited_share']:.2%} of answers) |",
        f"| journal, per row (2 durable commits) | {cost['serial_ms']:.2f} ms alone; "
        f"{cost['grouped_ms']:.2f} ms with {cost['concurrency']} workers (group commit) |",
        f"| memory, {mem['rows']:,} rows streamed (in-process simulator) | RSS growth "
        f"{mem['growth']:.1f} MB in {mem['seconds']:.0f} s |",
        "",
        f"bulk guarantees: {'met' if ok else 'NOT met'} (rate >= 95% of the limit, < 1% 429, "
        "RSS growth < 50 MB)",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        target = ROOT / "BENCHMARKS.md"
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        block = f"{BEGIN}\n{text}\n{END}"
        if BEGIN in old and END in old:
            new = old[: old.index(BEGIN)] + block + old[old.index(END) + len(END) :]
        else:
            new = old.rstrip("\n") + "\n\n## Bulk issuance\n\n" + block + "\n"
        target.write_text(new, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
