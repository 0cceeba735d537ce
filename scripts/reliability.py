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
The code is shared with the quick tests: tests/reliability/_campaign.py; the tables are
scripts/reliability_report.py.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

import reliability_report as R  # noqa: E402

import _campaign as C  # noqa: E402

BEGIN, END = "<!-- BEGIN reliability -->", "<!-- END reliability -->"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
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
    return parser.parse_args(argv)


def step(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


def taking_part(providers: list[str], family: str, run: R.Run) -> list[str]:
    """The providers of one family; a declared exception is reported, never silently dropped."""
    out = []
    for provider in providers:
        reason = C.not_applicable(provider, family)
        if reason is None:
            out.append(provider)
        else:
            run.notes.append(f"{provider}: {family} not applicable: {reason}")
    return out


def fault_campaigns(providers: list[str], args: argparse.Namespace, run: R.Run) -> None:
    """1. the fault campaign and 2. its sabotage control, per provider."""
    for provider in taking_part(providers, C.CAMPAIGN, run):
        step(f"fault campaign: {provider}, {args.calls} calls")
        run.campaigns[provider] = r = C.run_campaign(provider, args.calls, seed=args.seed)
        run.failures += [f"{provider} fault campaign: {p}" for p in r.problems()]
        step(f"sabotage control: {provider}")
        run.sabotaged[provider] = s = C.run_campaign(
            provider, args.calls, seed=args.seed, sabotage=True, scan_secrets=False
        )
        run.failures += [f"{provider} sabotage: {p}" for p in s.problems()]
        if s.resubmissions == 0:
            run.failures.append(
                f"{provider} sabotage: no create was re-sent: the control proves nothing"
            )
        if not C.scenario(provider).server_dedupes and s.duplicates == 0:
            run.failures.append(
                f"{provider} sabotage: 0 duplicates with the money rule off: the campaign cannot see them"
            )
    if run.sabotaged and sum(s.duplicates for s in run.sabotaged.values()) == 0:
        run.failures.append("sabotage: 0 duplicates in total")


def bad_inputs(providers: list[str], args: argparse.Namespace, run: R.Run) -> None:
    """3. bad input: nothing invalid reaches the transport."""
    for provider in taking_part(providers, "bad input", run):
        step(f"bad input: {provider}")
        run.bad[provider] = b = C.run_bad_input(provider, args.generated, seed=args.seed)
        if b.wrong or b.requests_sent:
            run.failures.append(
                f"{provider} bad input: {len(b.wrong)} not rejected pre-flight, {b.requests_sent} sent; "
                f"e.g. {b.wrong[:1]}"
            )


def hostile_responses(providers: list[str], args: argparse.Namespace, run: R.Run) -> None:
    """4. hostile responses, and a 50 MB body either way."""
    for provider in taking_part(providers, "hostile responses", run):
        step(f"hostile responses: {provider}, {args.hostile}")
        run.hostile[provider] = h = C.run_hostile(provider, args.hostile, seed=args.seed)
        if h.raw_exceptions:
            run.failures.append(f"{provider} hostile: raw exceptions, e.g. {h.raw_exceptions[0]}")
        if h.leaks:
            run.failures.append(f"{provider} hostile: leaked secrets, e.g. {h.leaks[0]}")
    for chunked in (True, False):
        step(f"50 MB body ({'chunked' if chunked else 'content-length'})")
        found = C.big_body(providers[0], chunked=chunked)
        run.big.append(found)
        if (
            found["outcome"] != "UnexpectedResponseError"
            or found["peak_bytes"] > found["size"] // 2
        ):
            run.failures.append(f"50 MB body: {found}")


def secrets_control(providers: list[str], args: argparse.Namespace, run: R.Run) -> None:
    """5. the planted-leak control: with redaction off, the scan must find leaks."""
    step("secrets: planted-leak control (redaction switched off)")
    import giftkit._redact as redact

    saved = redact.Redactor.text, redact.Redactor.body
    redact.Redactor.text = lambda self, text: text  # type: ignore[method-assign]
    redact.Redactor.body = lambda self, data: data  # type: ignore[method-assign]
    try:
        run.control = C.run_campaign(C.leaking_provider(providers), 300, seed=args.seed)
    finally:
        redact.Redactor.text, redact.Redactor.body = saved  # type: ignore[method-assign]
    if not run.control.leaks:
        run.failures.append(
            "secrets: with redaction switched off the scan found nothing: it cannot see leaks"
        )


def load(args: argparse.Namespace, run: R.Run) -> None:
    """6. load over loopback HTTP."""
    step(f"load: {args.callers} async callers for {args.load_seconds:g} s over loopback HTTP")
    run.load = found = C.run_load(args.load_seconds, args.callers)
    if found.unexplained_errors or any(k.startswith("RAW") for k in found.errors):
        run.failures.append(
            f"load: errors beyond the injected ones: {dict(found.errors)} vs injected {dict(found.injected)}"
        )
    if found.open_connections_after:
        run.failures.append(
            f"load: {found.open_connections_after} connection(s) still open after closing the client"
        )
    if found.rss_growth_mb > 30:
        run.failures.append(f"load: memory grew {found.rss_growth_mb:.1f} MB after warm-up")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    run = R.Run()
    missing = C.missing_simulators()
    if missing:
        run.failures.append(
            f"providers with a spec but no simulator (not covered): {', '.join(missing)}"
        )
    providers = args.providers or C.campaign_providers()
    fault_campaigns(providers, args, run)
    bad_inputs(providers, args, run)
    hostile_responses(providers, args, run)
    secrets_control(providers, args, run)
    load(args, run)
    out = R.report(run, time.perf_counter() - started)
    for line in out:
        print(line, flush=True)
    if not args.no_write:
        write_benchmarks(out, providers, args)
    return 1 if run.failures else 0


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
