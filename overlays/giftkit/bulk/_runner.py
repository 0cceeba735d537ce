"""The bulk run: plan the rows into the journal, settle what a crash left open, send, summarise."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .._connect import _table, connect, profile
from .._errors import GiftkitError
from ._effects import BulkOperation, bulk_operation
from ._journal import Journal, JournalError
from ._pace import Pacer, seed_rate
from ._rows import Problem, read_rows
from ._send import ACCEPTED, Outcome, body_key, lookup, send


class InvalidRowsError(GiftkitError):
    """Rows break the row format or a documented rule; nothing was sent. `.problems` lists them."""

    def __init__(self, problems: list[Problem], provider: str) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"{len(problems)} problem(s) in the input; nothing was sent (use --skip-invalid "
            f"to send the valid rows only):\n{shown}{more}",
            provider=provider,
        )
        self.problems = problems


class GuardrailError(GiftkitError):
    """The batch was refused before anything was sent (a live host, a total above the limit)."""


@dataclass
class Summary:
    provider: str
    journal: Path
    counts: dict[str, int]
    totals: dict[str, Decimal] = field(default_factory=dict)
    stopped: str | None = None  # why the batch stopped early (an answer that fails every row)
    interrupted: bool = False
    limited: int = 0  # 429 answers seen
    dry_run: bool = False

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        open_rows = sum(v for k, v in self.counts.items() if k != "confirmed")
        return 0 if open_rows == 0 and self.stopped is None else 3


def fingerprint(source: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def derived_key(salt: str, reference: str, limit: int = 32) -> str:
    """A caller-chosen id from the row's reference: the same on every resend, unguessable (HMAC
    with the journal's own random salt), since such ids are often redemption codes."""
    mac = hmac.new(salt.encode(), reference.encode(), hashlib.sha256).hexdigest()
    return ("gk" + mac)[:limit].upper()


def plan(
    journal: Journal,
    provider: str,
    source: Path,
    base_url: str,
    *,
    skip_invalid: bool,
    max_total: Mapping[str, Decimal] | None = None,
) -> dict[str, Decimal]:
    """Check every row, then write them all `planned` (or `skipped`); the journal remembers which
    input, provider and host it is for. Returns the totals per currency of the rows to send."""
    bulk = bulk_operation(provider)
    expected = {"provider": provider, "base_url": base_url, "input": fingerprint(source)}
    meta = journal.meta()
    if journal.planned:
        for key, value in expected.items():
            if meta.get(key) != value:
                raise JournalError(
                    f"{journal.path} was made for another {key.replace('_', ' ')} "
                    f"({meta.get(key)!r}); use a new journal for this command",
                    provider=provider,
                )
        return {k: Decimal(v) for k, v in _totals_meta(meta).items()}
    problems: list[Problem] = []
    totals: dict[str, Decimal] = {}
    for row in read_rows(provider, source):
        problems += row.problems
        if not row.problems:
            for currency, amount in row.totals.items():
                totals[currency] = totals.get(currency, Decimal(0)) + amount
    if problems and not skip_invalid:
        raise InvalidRowsError(problems, provider)
    _check_total(provider, totals, max_total)
    salt = secrets.token_hex(16)

    def rows() -> Any:
        for row in read_rows(provider, source):
            if row.problems:
                reason = "; ".join(f"{p.field}: {p.rule}" for p in row.problems)
                yield row.line, row.reference or f"(line {row.line})", "skipped", {}, reason
                continue
            path = dict(row.path)
            if bulk.key_param and bulk.key_param not in path:
                path[bulk.key_param] = derived_key(salt, row.reference)
            yield row.line, row.reference, "planned", {"path": path, "body": row.body}, None

    journal.set_meta(
        {
            **expected,
            "operation": bulk.operation_id,
            **{f"total:{k}": str(v) for k, v in totals.items()},
        }
    )
    journal.plan(rows())
    return totals


def _totals_meta(meta: Mapping[str, str]) -> dict[str, str]:
    return {k.split(":", 1)[1]: v for k, v in meta.items() if k.startswith("total:")}


def _check_total(
    provider: str, totals: Mapping[str, Decimal], limits: Mapping[str, Decimal] | None
) -> None:
    if not limits:
        return
    if not totals:
        raise GuardrailError(
            f"--max-total cannot be enforced: {provider}'s spec marks no amount field "
            "(x-giftkit-money), so giftkit cannot add the rows up",
            provider=provider,
        )
    for currency, amount in totals.items():
        limit = limits.get(currency)
        if limit is None or amount > limit:
            raise GuardrailError(
                f"the batch totals {amount} {currency}, above --max-total "
                f"({'none given' if limit is None else f'{limit} {currency}'}); nothing was sent",
                provider=provider,
            )


@dataclass
class RunContext:
    journal: Journal
    bulk: BulkOperation
    client: Any  # the giftkit async httpx client
    engine: Any  # its engine: reads Retry-After and the profile's rate-limit headers
    pacer: Pacer
    concurrency: int
    resend_unknown: bool = False
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    stopped: str | None = None
    on_row: Callable[[str], None] | None = None


def _key(ctx: RunContext, request: dict[str, Any]) -> str | None:
    bulk = ctx.bulk
    if bulk.key_param:
        return str((request.get("path") or {}).get(bulk.key_param) or "") or None
    ref = bulk.client_reference
    if ref is None:
        return None
    dotted = ref.path.replace("*.", "0.")
    return body_key(request, dotted)


async def settle_open(ctx: RunContext, *states: str) -> None:
    """Rows a crash left in `sending`, and `unknown` rows: the provider's lookup decides; a row
    certainly not created, or safe to resend, goes back to `planned`; otherwise it stays unknown."""
    table: Any = _table(ctx.bulk.provider)
    lookup_op = table.by_id.get(ctx.bulk.lookup) if ctx.bulk.lookup else None
    for entry in list(ctx.journal.entries(*states)):
        key = _key(ctx, entry.request)
        found: bool | None = None
        answer = None
        if lookup_op is not None and key and lookup_op.path_params:
            found, answer = await lookup(
                ctx.client, lookup_op.template, lookup_op.path_params[0], key
            )
        if found:
            from ._send import resource_id

            ctx.journal.settle(
                entry.line, "confirmed", resource_id=resource_id(answer, key), answer=answer
            )
        elif entry.error == ACCEPTED and not ctx.resend_unknown:
            continue  # accepted and not created yet: still on its way, not absent
        elif found is False or ctx.bulk.resend_safe or ctx.resend_unknown:
            ctx.journal.settle(entry.line, "planned", error=entry.error)
        elif entry.state == "sending":
            ctx.journal.settle(
                entry.line,
                "unknown",
                error=profile(ctx.bulk.provider).reconcile_text(ctx.bulk.operation_id),
            )


async def _send_row(ctx: RunContext, line: int, request: dict[str, Any]) -> None:
    engine = ctx.engine
    while not ctx.stop.is_set():
        await ctx.pacer.acquire()
        if ctx.stop.is_set():
            return
        await ctx.journal.asending(line)  # durable before the request leaves
        outcome: Outcome = await send(ctx.client, ctx.bulk, request)
        if outcome.headers is not None:
            ctx.pacer.on_answer(dict(outcome.headers), engine.retry_after(outcome.headers))
        if outcome.state == "retry":  # not processed (429, not sent): the row is untouched
            await ctx.journal.asettle(line, "planned", error=outcome.error)
            if outcome.limited:
                ctx.pacer.on_limited(outcome.retry_after)
            else:
                ctx.pacer.pause(0.5)
            continue
        if outcome.state == "stop":
            await ctx.journal.asettle(line, "planned", error=outcome.error)
            ctx.stopped = outcome.error
            ctx.stop.set()
            return
        await ctx.journal.asettle(
            line,
            outcome.state,
            resource_id=outcome.resource_id,
            answer=outcome.answer,
            error=outcome.error,
        )
        if ctx.on_row is not None:
            ctx.on_row(outcome.state)
        return


async def send_planned(ctx: RunContext) -> None:
    """Planned rows, in line order, through `concurrency` workers; an error in one ends all."""
    queue: asyncio.Queue[tuple[int, dict[str, Any]] | None] = asyncio.Queue(ctx.concurrency * 2)

    async def worker() -> None:
        while (item := await queue.get()) is not None:
            if not ctx.stop.is_set():
                await _send_row(ctx, *item)

    async def feed() -> None:
        for entry in ctx.journal.entries("planned"):
            if ctx.stop.is_set():
                break
            await queue.put((entry.line, entry.request))
        for _ in range(ctx.concurrency):
            await queue.put(None)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(feed())
            for _ in range(ctx.concurrency):
                group.create_task(worker())
    except ExceptionGroup as failed:
        raise failed.exceptions[0] from None  # the first error, as a plain loop would raise it


def make_client(
    provider: str,
    *,
    base_url: str | None,
    credentials: Mapping[str, Any],
    async_transport: Any = None,
) -> tuple[Any, Any, str]:
    """connect() as usual (keywords, else GIFTKIT_<PROVIDER>_<KEYWORD>), retries left to the runner."""
    import httpx

    from ._send import KeepRaw

    inner = async_transport or httpx.AsyncHTTPTransport(retries=0)
    client = connect(
        provider,
        base_url=base_url,
        max_retries=0,
        async_transport=KeepRaw(inner),
        **credentials,
    )
    wiring = client._giftkit
    return client.get_async_httpx_client(), wiring.engine, str(wiring.base_url)


def pacer_for(provider: str, rate: float | None) -> Pacer:
    return Pacer(seed_rate(rate, profile(provider).rate_limit))
