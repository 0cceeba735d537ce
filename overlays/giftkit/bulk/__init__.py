"""Bulk issuance: one value-creating call per input row, journaled, paced, resumable, never twice.

    import giftkit.bulk
    summary = giftkit.bulk.issue("rebilly", "rows.csv", journal="run.db", base_url=...)
    summary.counts   # {"confirmed": ..., "failed": ..., "unknown": ..., ...}

`aissue` / `areconcile` are the async twins; `giftkit issue|reconcile|status` are a thin shell.
Credentials are read as `giftkit.connect()` reads them (keywords, else GIFTKIT_<PROVIDER>_*).
"""

from __future__ import annotations

import asyncio
import tempfile
import urllib.parse
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from .._connect import _is_loopback, _table
from .._profile import sandbox_hosts
from ._effects import BulkOperation, bulk_operation
from ._examples import example_csv, example_rows
from ._format import Column, columns
from ._journal import Journal, JournalError, open_journal
from ._report import write_report
from ._rows import Problem, read_rows
from ._runner import (
    GuardrailError,
    InvalidRowsError,
    RunContext,
    Summary,
    make_client,
    pacer_for,
    plan,
    send_planned,
    settle_open,
)

__all__ = [
    "BulkOperation",
    "Column",
    "GuardrailError",
    "InvalidRowsError",
    "JournalError",
    "Problem",
    "Summary",
    "aissue",
    "areconcile",
    "bulk_operation",
    "columns",
    "example_csv",
    "example_rows",
    "issue",
    "read_rows",
    "reconcile",
    "status",
    "write_report",
]

DEFAULT_CONCURRENCY = 4
PASSES = 3  # send, settle lost answers, send again: bounded, so a stubborn row ends unknown


def _is_sandbox(provider: str, base_url: str) -> bool:
    """Loopback, or a host only the spec's sandbox servers use."""
    host = urllib.parse.urlsplit(base_url).hostname or ""
    return _is_loopback(host) or host in sandbox_hosts(_table(provider).spec)


async def aissue(
    provider: str,
    source: str | Path,
    *,
    journal: str | Path,
    base_url: str | None = None,
    rate: float | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    live: bool = False,
    dry_run: bool = False,
    skip_invalid: bool = False,
    resend_unknown: bool = False,
    max_total: Mapping[str, Decimal] | None = None,
    async_transport: Any = None,
    stop: asyncio.Event | None = None,
    on_row: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    **credentials: Any,
) -> Summary:
    """Issue one value-creating call per row of `source` (CSV or JSON Lines), journaled in
    `journal`; re-running the same call resumes. See the README's "Bulk issuance"."""
    source = Path(source)
    if dry_run:
        return await _dry_run(provider, source, rate, concurrency, skip_invalid, max_total)
    client, engine, url = make_client(
        provider, base_url=base_url, credentials=credentials, async_transport=async_transport
    )
    if not live and not _is_sandbox(provider, url):
        raise GuardrailError(
            f"{url} is a live host: pass --live (live=True) to issue real value", provider=provider
        )
    book = open_journal(journal)
    try:
        totals = plan(book, provider, source, url, skip_invalid=skip_invalid, max_total=max_total)
        ctx = RunContext(
            book,
            bulk_operation(provider),
            client,
            engine,
            pacer_for(provider, rate),
            max(1, concurrency),
            resend_unknown=resend_unknown,
            stop=stop or asyncio.Event(),
            on_row=on_row,
        )
        await settle_open(ctx, "sending", *(("unknown",) if resend_unknown else ()))
        if on_start is not None:
            on_start(book.counts()["planned"])
        for _ in range(PASSES):
            await send_planned(ctx)
            if ctx.stop.is_set() or not ctx.bulk.reconcilable:
                break
            # answers lost in this pass: the lookup settles them; the rest are sent again
            await settle_open(ctx, "sending", "unknown")
            if not book.counts()["planned"]:
                break
        interrupted = ctx.stop.is_set() and ctx.stopped is None
        return Summary(
            provider,
            book.path,
            book.counts(),
            totals,
            stopped=ctx.stopped,
            interrupted=interrupted,
            limited=ctx.pacer.limited,
        )
    finally:
        book.close()
        await client.aclose()


async def _dry_run(
    provider: str,
    source: Path,
    rate: float | None,
    concurrency: int,
    skip_invalid: bool,
    max_total: Mapping[str, Decimal] | None,
) -> Summary:
    """Every row validated and the whole batch run against the bundled simulator."""
    from ..testing import simulator

    sim = simulator(provider)
    with tempfile.TemporaryDirectory() as tmp:
        summary = await aissue(
            provider,
            source,
            journal=Path(tmp) / "dry-run.db",
            base_url=sim.base_url,
            rate=rate or 1e6,
            concurrency=concurrency,
            skip_invalid=skip_invalid,
            max_total=max_total,
            async_transport=sim.async_transport(),
            **sim.fixtures.get("connect", {}),
        )
    summary.dry_run = True
    return summary


def issue(provider: str, source: str | Path, **kwargs: Any) -> Summary:
    """The sync twin of aissue."""
    return asyncio.run(aissue(provider, source, **kwargs))


async def areconcile(
    journal: str | Path, *, async_transport: Any = None, **credentials: Any
) -> Summary:
    """Resolve `unknown` rows (and rows a crash left `sending`) through the provider's lookup."""
    book = open_journal(journal, create=False)
    try:
        meta = book.meta()
        provider = meta.get("provider")
        if not provider:
            raise JournalError(f"{journal} is not a giftkit journal (no provider recorded)")
        client, engine, _ = make_client(
            provider,
            base_url=meta["base_url"],
            credentials=credentials,
            async_transport=async_transport,
        )
        try:
            ctx = RunContext(
                book, bulk_operation(provider), client, engine, pacer_for(provider, None), 1
            )
            await settle_open(ctx, "sending", "unknown")
        finally:
            await client.aclose()
        return Summary(provider, book.path, book.counts())
    finally:
        book.close()


def reconcile(journal: str | Path, **kwargs: Any) -> Summary:
    """The sync twin of areconcile."""
    return asyncio.run(areconcile(journal, **kwargs))


def status(journal: str | Path) -> Summary:
    """The counts of a journal (read-only; works while a runner holds it, or after a crash)."""
    book = Journal(Path(journal), lock=False, create=False)
    try:
        return Summary(book.meta().get("provider", "?"), book.path, book.counts())
    finally:
        book.close()
