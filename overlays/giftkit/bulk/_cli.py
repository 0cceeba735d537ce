"""`giftkit issue | reconcile | status`: a thin shell over giftkit.bulk.

Exit codes, the same for all three: 0 every row confirmed; 3 some rows failed, unknown, skipped
or not sent; 2 bad input, usage, a journal that does not match, or a locked journal; 130 after
Ctrl-C once in-flight calls settled.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

EXIT_BAD_INPUT = 2


def add_commands(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Register the subcommands on cli.py's subparsers; returns name -> handler."""
    issue = sub.add_parser("issue", help="issue one value per input row, journaled and resumable")
    from giftkit.cli import simulated_providers

    issue.add_argument(
        "provider", choices=simulated_providers(), help=f"one of {', '.join(simulated_providers())}"
    )
    issue.add_argument("--from", dest="source", help="rows.csv or rows.jsonl")
    issue.add_argument("--journal", help="the run's SQLite journal (created, or resumed)")
    issue.add_argument("--example", type=int, metavar="N", help="print N valid example rows (CSV)")
    issue.add_argument("--base-url", help="default: GIFTKIT_<PROVIDER>_BASE_URL, else the spec's")
    issue.add_argument(
        "--rate", type=float, help="calls per second (default: the documented limit)"
    )
    issue.add_argument(
        "--concurrency", type=int, default=4, help="calls in flight at once (default 4)"
    )
    issue.add_argument("--live", action="store_true", help="allow a live (non-sandbox) host")
    issue.add_argument("--dry-run", action="store_true", help="run against the bundled simulator")
    issue.add_argument("--skip-invalid", action="store_true", help="send the valid rows only")
    issue.add_argument(
        "--resend-unknown",
        action="store_true",
        help="re-send rows whose outcome is unknown (only after checking with the provider)",
    )
    issue.add_argument("--max-total", help="per currency, e.g. 5000USD,2000EUR")
    _report_options(issue)
    for name, text in (
        ("reconcile", "resolve unknown rows through the provider's lookup"),
        ("status", "print the counts of a journal"),
    ):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("--journal", required=True, help="the run's SQLite journal")
        parser.add_argument("--base-url", help=argparse.SUPPRESS)
        _report_options(parser)
    return {"issue": _issue, "reconcile": _reconcile, "status": _status}


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", help="out.csv or out.json: one line per input row")
    parser.add_argument(
        "--include-secrets",
        action="store_true",
        help="put codes/PINs (the provider's answers) in the report (created with mode 0600)",
    )


def parse_max_total(text: str | None) -> dict[str, Decimal] | None:
    if not text:
        return None
    out: dict[str, Decimal] = {}
    for part in text.split(","):
        match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]{3})\s*", part)
        if match is None:
            raise ValueError(f"--max-total: {part!r} is not <amount><ISO currency>, e.g. 5000USD")
        try:
            out[match.group(2).upper()] = Decimal(match.group(1))
        except InvalidOperation:
            raise ValueError(f"--max-total: {part!r} is not an amount") from None
    return out


def _fail(message: str) -> int:
    print(f"giftkit: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _issue(args: argparse.Namespace) -> int:
    from .._connect import env_name, provider_names

    if args.provider not in provider_names():
        return _fail(f"unknown provider {args.provider!r}; known: {', '.join(provider_names())}")
    from . import example_csv

    if args.example is not None:
        for chunk in example_csv(args.provider, args.example):
            sys.stdout.write(chunk)
        return 0
    if not args.source or not (args.journal or args.dry_run):
        return _fail("issue needs --from ROWS and --journal RUN.db (or --example N)")
    try:
        limits = parse_max_total(args.max_total)
    except ValueError as exc:
        return _fail(str(exc))
    base_url = args.base_url or os.environ.get(env_name(args.provider, "base_url")) or None
    kwargs: dict[str, Any] = {
        "journal": args.journal or "",
        "base_url": base_url,
        "rate": args.rate,
        "concurrency": args.concurrency,
        "live": args.live,
        "dry_run": args.dry_run,
        "skip_invalid": args.skip_invalid,
        "resend_unknown": args.resend_unknown,
        "max_total": limits,
    }
    return _run(args, lambda stop, bar: _aissue(args.provider, args.source, stop, bar, kwargs))


async def _aissue(provider: str, source: str, stop: Any, bar: Any, kwargs: Any) -> Any:
    from . import aissue

    return await aissue(
        provider, source, stop=stop, on_row=bar.advance, on_start=bar.start, **kwargs
    )


def _reconcile(args: argparse.Namespace) -> int:
    from . import areconcile

    return _run(args, lambda stop, bar: areconcile(args.journal))


def _status(args: argparse.Namespace) -> int:
    from . import status

    return _finish(args, _guard(lambda: status(args.journal)))


def _guard(call: Callable[[], Any]) -> Any:
    from .._errors import GiftkitError

    try:
        return call()
    except (GiftkitError, TypeError, OSError) as exc:
        return exc


def _run(args: argparse.Namespace, make: Callable[[asyncio.Event, Any], Any]) -> int:
    from ._progress import Progress

    progress = Progress(enabled=sys.stderr.isatty())

    async def main() -> Any:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGINT, stop.set)
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        with progress:
            return await make(stop, progress)

    from .._errors import GiftkitError

    try:
        summary = asyncio.run(main())
    except (GiftkitError, TypeError, OSError) as exc:
        summary = exc
    return _finish(args, summary)


def _finish(args: argparse.Namespace, summary: Any) -> int:
    if isinstance(summary, BaseException):
        return _fail(str(summary))
    from ._progress import print_summary

    print_summary(summary, sys.stdout)
    if getattr(args, "report", None) and not summary.dry_run:
        from . import write_report
        from ._journal import Journal

        book = Journal(summary.journal, lock=False, create=False)
        try:
            count = write_report(book, args.report, include_secrets=args.include_secrets)
        finally:
            book.close()
        print(f"report: {args.report} ({count} rows)")
    if summary.interrupted:
        print(
            "interrupted: the calls in flight settled and are journaled; run the same command "
            "again to resume",
            file=sys.stderr,
        )
    elif summary.stopped:
        print(
            f"stopped: {summary.stopped}; the rest of the rows are still planned", file=sys.stderr
        )
    return int(summary.exit_code)
