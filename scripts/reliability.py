"""`make reliability`: the reliability and security campaign (issue 6), in full.

Per provider with a simulator (a provider with a spec but no simulator fails the run):
  fault campaign   >= 10,000 value-creating calls (sync, async, concurrent) with random faults on
                   the virtual clock, reconciled with the simulator's ledger
  sabotage         the same with the money rule switched off: duplicates must appear
  bad input        every body constraint and documented rule broken + hypothesis-generated
                   invalid bodies -> RequestValidationError, nothing sent
  hostile          >= 10,000 hypothesis-generated malformed responses -> only giftkit errors;
                   a 50 MB body (chunked and with Content-Length) within memory
  secrets          every log line, error string, repr and this report scanned for planted
                   credentials, codes, PINs and links; a deliberately broken redaction is caught
and once: 64 async callers for 60 s against a simulator over loopback HTTP (uvicorn).

Prints the tables, writes them between `<!-- BEGIN reliability -->` and `<!-- END reliability -->`
in BENCHMARKS.md (the rest of the file is kept), exits 1 if any guarantee fails.
The code is shared with the quick tests: tests/reliability/_campaign.py.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

import _campaign as C  # noqa: E402

BEGIN, END = "<!-- BEGIN reliability -->", "<!-- END reliability -->"


def table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def counter_text(counter: Counter[str]) -> str:
    return (
        ", ".join(
            f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])) if v
        )
        or "-"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--calls", type=int, default=10_000, help="value-creating calls per provider"
    )
    parser.add_argument(
        "--hostile", type=int, default=10_000, help="malformed responses per provider"
    )
    parser.add_argument(
        "--generated", type=int, default=500, help="generated invalid bodies per operation"
    )
    parser.add_argument("--load-seconds", type=float, default=60.0)
    parser.add_argument("--callers", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--providers", nargs="*", help="default: every provider with a simulator")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    failures: list[str] = []
    missing = C.missing_simulators()
    if missing:
        failures.append(
            f"providers with a spec but no simulator (not covered): {', '.join(missing)}"
        )
    providers = args.providers or C.campaign_providers()
    out: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        out.append(text)

    def step(text: str) -> None:
        print(f"... {text}", file=sys.stderr, flush=True)

    # 1. fault campaign and 2. sabotage control
    campaigns: dict[str, Any] = {}
    sabotaged: dict[str, Any] = {}
    for provider in providers:
        step(f"fault campaign: {provider}, {args.calls} calls")
        campaigns[provider] = r = C.run_campaign(provider, args.calls, seed=args.seed)
        failures += [f"{provider} fault campaign: {p}" for p in r.problems()]
        step(f"sabotage control: {provider}")
        sabotaged[provider] = s = C.run_campaign(
            provider, args.calls, seed=args.seed, sabotage=True, scan_secrets=False
        )
        failures += [f"{provider} sabotage: {p}" for p in s.problems()]
        if s.resubmissions == 0:
            failures.append(
                f"{provider} sabotage: no create was re-sent: the control proves nothing"
            )
        if not C.SCENARIOS[provider].server_dedupes and s.duplicates == 0:
            failures.append(
                f"{provider} sabotage: 0 duplicates with the money rule off: the campaign cannot see them"
            )
    if sabotaged and sum(s.duplicates for s in sabotaged.values()) == 0:
        failures.append("sabotage: 0 duplicates in total")

    # 3. bad input
    bad: dict[str, Any] = {}
    for provider in providers:
        step(f"bad input: {provider}")
        bad[provider] = b = C.run_bad_input(provider, args.generated, seed=args.seed)
        if b.wrong or b.requests_sent:
            failures.append(
                f"{provider} bad input: {len(b.wrong)} not rejected pre-flight, {b.requests_sent} sent; "
                f"e.g. {b.wrong[:1]}"
            )

    # 4. hostile responses
    hostile: dict[str, Any] = {}
    for provider in providers:
        step(f"hostile responses: {provider}, {args.hostile}")
        hostile[provider] = h = C.run_hostile(provider, args.hostile, seed=args.seed)
        if h.raw_exceptions:
            failures.append(f"{provider} hostile: raw exceptions, e.g. {h.raw_exceptions[0]}")
        if h.leaks:
            failures.append(f"{provider} hostile: leaked secrets, e.g. {h.leaks[0]}")
    big = []
    for chunked in (True, False):
        step(f"50 MB body ({'chunked' if chunked else 'content-length'})")
        found = C.big_body(providers[0], chunked=chunked)
        big.append(found)
        if (
            found["outcome"] != "UnexpectedResponseError"
            or found["peak_bytes"] > found["size"] // 2
        ):
            failures.append(f"50 MB body: {found}")

    # 5. secrets: the planted-leak control
    step("secrets: planted-leak control (redaction switched off)")
    import giftkit._redact as redact

    saved = redact.Redactor.text, redact.Redactor.body
    redact.Redactor.text = lambda self, text: text  # type: ignore[method-assign]
    redact.Redactor.body = lambda self, data: data  # type: ignore[method-assign]
    try:
        control = C.run_campaign(
            "voucherify" if "voucherify" in providers else providers[0], 300, seed=args.seed
        )
    finally:
        redact.Redactor.text, redact.Redactor.body = saved  # type: ignore[method-assign]
    if not control.leaks:
        failures.append(
            "secrets: with redaction switched off the scan found nothing: it cannot see leaks"
        )

    # 6. load
    step(f"load: {args.callers} async callers for {args.load_seconds:g} s over loopback HTTP")
    load = C.run_load(args.load_seconds, args.callers)
    if load.unexplained_errors or any(k.startswith("RAW") for k in load.errors):
        failures.append(
            f"load: errors beyond the injected ones: {dict(load.errors)} vs injected {dict(load.injected)}"
        )
    if load.open_connections_after:
        failures.append(
            f"load: {load.open_connections_after} connection(s) still open after closing the client"
        )
    if load.rss_growth_mb > 30:
        failures.append(f"load: memory grew {load.rss_growth_mb:.1f} MB after warm-up")

    # tables
    say("### Fault campaign (per provider; faults at random on the virtual clock)")
    say()
    say(
        table(
            [
                "provider",
                "calls (sync / async / concurrent)",
                "faults injected",
                "success",
                "clean failure",
                "OutcomeUnknownError (issued / not)",
                "issued (ledger)",
                "duplicates",
                "told failed but issued",
                "raw exceptions",
                "reconciliation (read endpoint)",
            ],
            [
                [
                    p,
                    f"{r.calls} ({r.modes['sync']} / {r.modes['async']} / {r.modes['concurrent']})",
                    sum(r.faults.values()),
                    r.outcomes["success"],
                    r.outcomes["failed"],
                    f"{r.outcomes['unknown']} ({r.unknown_issued} / {r.unknown_not_issued})",
                    r.issued,
                    r.duplicates,
                    r.told_failed_but_issued,
                    len(r.raw_exceptions),
                    r.reconcile,
                ]
                for p, r in campaigns.items()
            ],
        )
    )
    say()
    say(
        table(
            [
                "provider",
                "faults by kind",
                "clean failures by class",
                "unknown refs matching > 1 entry",
                "failed upserts that existed (re-sent: duplicates)",
            ],
            [
                [
                    p,
                    counter_text(r.faults),
                    counter_text(r.failures_by_class),
                    r.unknown_multi_match + r.unknown_wrong_match,
                    f"{r.failed_idempotent_issued} ({r.repeat_duplicates})",
                ]
                for p, r in campaigns.items()
            ],
        )
    )
    say()
    say("### Sabotage control (money rule off: retry everything)")
    say()
    say(
        table(
            [
                "provider",
                "calls",
                "creates re-sent after processing",
                "duplicates (double issuances)",
                "note",
            ],
            [
                [
                    p,
                    s.calls,
                    s.resubmissions,
                    s.duplicates,
                    "provider refuses re-sent codes" if C.SCENARIOS[p].server_dedupes else "",
                ]
                for p, s in sabotaged.items()
            ],
        )
    )
    say()
    say("### Bad input (nothing may reach the transport)")
    say()
    say(
        table(
            [
                "provider",
                "body constraints broken",
                "documented rules broken",
                "generated invalid bodies",
                "RequestValidationError",
                "other outcome",
                "requests sent",
                "parameter constraints (not validated)",
            ],
            [
                [
                    p,
                    b.constraint_cases,
                    b.rule_cases,
                    b.generated,
                    b.outcomes["RequestValidationError"],
                    sum(n for k, n in b.outcomes.items() if k != "RequestValidationError"),
                    b.requests_sent,
                    b.parameter_constraints,
                ]
                for p, b in bad.items()
            ],
        )
    )
    say()
    say("### Hostile responses")
    say()
    say(
        table(
            ["provider", "malformed responses", "outcomes", "raw exceptions", "leaked secrets"],
            [
                [p, h.responses, counter_text(h.outcomes), len(h.raw_exceptions), len(h.leaks)]
                for p, h in hostile.items()
            ],
        )
    )
    say()
    say(
        table(
            ["50 MB body", "outcome", "Python memory peak", "bytes read before refusing"],
            [
                [
                    "chunked" if b["chunked"] else "Content-Length",
                    b["outcome"],
                    f"{b['peak_bytes'] / 1e6:.1f} MB",
                    f"{b['streamed_bytes'] / 1e6:.1f} MB",
                ]
                for b in big
            ],
        )
    )
    say()
    say("### Secrets")
    say()
    say(
        table(
            ["run", "texts scanned (log lines, errors, reprs)", "leaked secrets"],
            [
                *[
                    [f"fault campaign {p}", r.texts_scanned, len(r.leaks)]
                    for p, r in campaigns.items()
                ],
                *[
                    [f"hostile {p}", "sampled errors + every log line", len(h.leaks)]
                    for p, h in hostile.items()
                ],
                [
                    "control: redaction switched off",
                    control.texts_scanned,
                    f"{len(control.leaks)} (must be > 0)",
                ],
            ],
        )
    )
    say()
    say("### Load (loopback HTTP, uvicorn)")
    say()
    say(
        table(
            [
                "provider",
                "callers",
                "seconds",
                "calls",
                "calls/s",
                "errors",
                "injected faults",
                "unexplained errors",
                "pool peak",
                "open connections after close",
                "RSS growth after warm-up",
            ],
            [
                [
                    load.provider,
                    load.callers,
                    f"{load.seconds:g}",
                    load.calls,
                    f"{load.calls_per_second:.0f}",
                    counter_text(load.errors),
                    counter_text(load.injected),
                    load.unexplained_errors,
                    load.pool_connections_peak,
                    load.open_connections_after,
                    f"{load.rss_growth_mb:.1f} MB",
                ]
            ],
        )
    )
    say()

    # the report itself must not carry a secret
    planted = C.Secrets()
    report_leaks = planted.scan(out)
    if report_leaks:
        failures.append(f"the report itself leaks: {report_leaks[0]}")
    total_raw = sum(len(r.raw_exceptions) for r in campaigns.values()) + sum(
        len(h.raw_exceptions) for h in hostile.values()
    )
    total_leaks = (
        sum(len(r.leaks) for r in campaigns.values())
        + sum(len(h.leaks) for h in hostile.values())
        + len(report_leaks)
    )
    elapsed = time.perf_counter() - started
    summary = (
        f"**Result: {'PASS' if not failures else 'FAIL'}** - duplicates "
        f"{sum(r.duplicates for r in campaigns.values())}, told failed but issued "
        f"{sum(r.told_failed_but_issued for r in campaigns.values())}, raw exceptions {total_raw}, "
        f"leaked secrets {total_leaks}; sabotage duplicates {sum(s.duplicates for s in sabotaged.values())}. "
        f"Campaign time {elapsed:.0f} s."
    )
    say(summary)
    for failure in failures:
        say(f"- FAILED: {failure}")

    if not args.no_write:
        write_benchmarks(out, providers, args)
    return 1 if failures else 0


def write_benchmarks(lines: list[str], providers: list[str], args: argparse.Namespace) -> None:
    path = ROOT / "BENCHMARKS.md"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = "\n".join(
        [
            BEGIN,
            "## Reliability and security campaign (issue 6)",
            "",
            f"Written by `make reliability` (scripts/reliability.py); quick version in `make test` "
            f"(tests/reliability). {stamp}, {platform.machine()}, {platform.python_implementation()} "
            f"{platform.python_version()}; providers: {', '.join(providers)}; seed {args.seed}; "
            f"{args.calls} calls and {args.hostile} malformed responses per provider.",
            "",
            *lines,
            END,
        ]
    )
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
