"""The reliability and security campaign (issue 6), shared by tests/reliability (quick, bounded)
and scripts/reliability.py (`make reliability`, the full figures).

Everything runs against giftkit's simulators (`giftkit.testing`): their in-process transports,
ledgers, fault schedules and virtual clocks. No real sleeping, except the loopback load test.

    fault campaign   value-creating calls with random faults -> one outcome per logical call,
                     reconciled with the ledger (duplicates, issued-but-told-failed, unknowns)
    sabotage         the same with giftkit's money rule switched off: duplicates must appear
    bad input        constraint / documented-rule violations -> RequestValidationError, 0 sent
    hostile          malformed responses -> only giftkit errors; a 50 MB body within memory
    secrets          planted credentials, codes, PINs, links: scanned everywhere -> 0 hits
    load             64 async callers over loopback HTTP (uvicorn): only injected errors

Provider knowledge lives in each simulator's family hooks (giftkit.testing._families: how to make
a valid value-creating call carrying a unique tag, how to find that tag in a ledger entry, which
documented rules to break) and in each profile (test credentials, the documented reconciliation);
the machinery never branches on a provider.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import gc
import json
import logging
import os
import pickle
import random
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
for _extra in (ROOT / "tests" / "contract", ROOT / "tests" / "specs", ROOT / "scripts"):
    if str(_extra) not in sys.path:
        sys.path.append(str(_extra))

import _clients  # noqa: E402  (tests/contract: operations, generated modules, models)
import giftkit  # noqa: E402
import giftkit.testing as gt  # noqa: E402
from giftkit._connect import build, profile  # noqa: E402

LEAK = "GKLEAK"  # every planted secret contains this marker


# -- providers --------------------------------------------------------------------------------

CAMPAIGN = "fault campaign"  # the families' names, as a simulator's `not_applicable` keys them
FAMILIES = (CAMPAIGN, "bad input", "hostile responses", "secrets")


def spec_providers() -> list[str]:
    return sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.startswith("."))


def simulated_providers() -> list[str]:
    return gt.providers()


def missing_simulators() -> list[str]:
    """Providers with a spec but no simulator: the campaign refuses to skip them silently."""
    return sorted(set(spec_providers()) - set(simulated_providers()))


def campaign_providers() -> list[str]:
    """Every provider with a spec or a simulator: one without what a family needs fails it."""
    return sorted(set(spec_providers()) | set(simulated_providers()))


def not_applicable(provider: str, family: str) -> str | None:
    """The reason `provider`'s simulator gives for not taking part in `family` (None: it does)."""
    if provider not in simulated_providers():
        return None  # no simulator: the family fails on it, naming it
    return gt.simulator_class(provider).not_applicable.get(family)


def family_params(family: str) -> list[Any]:
    """pytest parameters of a family: every provider; one declaring the family not applicable
    is reported as skipped with its reason."""
    import pytest

    out: list[Any] = []
    for provider in campaign_providers():
        reason = not_applicable(provider, family)
        if reason is None:
            out.append(provider)
        else:
            why = f"{provider}: {family} not applicable: {reason}"
            out.append(pytest.param(provider, marks=pytest.mark.skip(reason=why)))
    return out


def operations(provider: str) -> dict[str, Any]:
    return {op.operation_id: op for op in _clients.operations(provider)}


# -- scenarios: one valid value-creating call per provider, carrying unique tags ----------------

Call = gt.TaggedCall  # one logical value-creating call and the tags of what it issues


@dataclass(frozen=True)
class Scenario:
    """A provider's part in the campaign, read from its simulator (giftkit.testing._families)
    and its profile (the documented reconciliation); the machinery never names a provider."""

    provider: str
    sim_class: Any

    def make(self, sim: Any, n: int, rng: random.Random) -> Call:
        call: Call | None = sim.tagged_call(n, rng, LEAK)
        if call is None:
            raise AssertionError(
                f"{self.provider}: the simulator makes no tagged value-creating call: set its "
                f"tag_field or override tagged_call(), or declare not_applicable[{CAMPAIGN!r}]"
            )
        return call

    def tag_of(self, entry: Any) -> str | None:
        tag: str | None = self.sim_class.tag_of(entry.payload)
        return tag

    def tags_of_body(self, body: Any) -> list[str]:
        tags: list[str] = self.sim_class.request_tags(body)
        return tags

    @property
    def reconcile(self) -> Callable[[Any, Any, Call], bool] | None:
        """The profile's documented reconciliation: (client, sim, call) -> found?"""
        found = profile(self.provider).reconcile
        if found is None:
            return None
        return lambda client, sim, call: found(client, call.op_id, call.body, call.path)

    @property
    def server_dedupes(self) -> bool:
        return bool(self.sim_class.server_dedupes)

    @property
    def money_keys(self) -> tuple[str, ...]:
        return tuple(self.sim_class.money_keys)

    @property
    def plant_response(self) -> bool:
        return bool(self.sim_class.plant_response)


def scenario(provider: str) -> Scenario:
    return Scenario(provider, gt.simulator_class(provider))


def leaking_provider(providers: list[str]) -> str:
    """A provider whose campaign tags are secrets (what the planted-leak control needs)."""
    for provider in providers:
        if not_applicable(provider, CAMPAIGN) is None:
            call = scenario(provider).make(gt.simulator(provider), 0, random.Random(0))
            if any(LEAK in tag for tag in call.tags):
                return provider
    return providers[0]


def _example(provider: str, op_id: str) -> Any:
    op = operations(provider)[op_id]
    return copy.deepcopy(op.body_examples(_clients._spec(provider))[0])


# -- planted secrets ------------------------------------------------------------------------------


class Secrets:
    """Every planted secret of a run: scanned for in every text the run produces."""

    def __init__(self) -> None:
        self.values: set[str] = set()

    def add(self, value: Any) -> None:
        if value is None or isinstance(value, bool):
            return
        text = str(value)
        if len(text) >= 6:
            self.values.add(text)

    def forms(self) -> list[str]:
        """Every planted secret as it may be written: plain (the marker finds it, and its
        percent-, JSON- and repr-escaped forms, which keep the marker), base64 (alone and as a
        Basic-auth `a:b` pair of planted values), and the unmarked values exactly."""
        import base64
        import itertools
        import json as _json
        from urllib.parse import quote

        unmarked = {v for v in self.values if LEAK not in v}
        found = set(unmarked)
        for value in unmarked:
            found |= {quote(value, safe=""), _json.dumps(value)[1:-1], repr(value)[1:-1]}
        marked = sorted(v for v in self.values if LEAK in v)[:40]
        pairs = [f"{a}:{b}" for a, b in itertools.permutations(marked, 2)][:400]
        for value in (*marked, *pairs):
            encoded = base64.b64encode(value.encode()).decode()
            found.add(encoded.rstrip("=")[:-4] if len(encoded) > 12 else encoded)
        return sorted((f for f in found if len(f) >= 6), key=len, reverse=True)

    def scan(self, texts: Iterable[str]) -> list[tuple[str, str]]:
        """(secret, excerpt) for every planted secret (or the marker) found in `texts`, in every
        form of forms().

        Planted secrets carry the LEAK marker, so one substring search per text finds them all;
        the few values the simulator chooses without it (e.g. a numeric PIN) are checked exactly.
        """
        hits: list[tuple[str, str]] = []
        unmarked = self.forms()
        for text in texts:
            if not text:
                continue
            for value in (LEAK, *unmarked):
                at = text.find(value)
                if at >= 0:
                    hits.append((value, text[max(0, at - 60) : at + len(value) + 40]))
                    break
        return hits


def plant_credentials(provider: str, sim: Any, secrets: Secrets) -> dict[str, Any]:
    """Recognisable credentials the simulator accepts; the connect() keywords that carry them.

    Each credential keyword of the simulator's `fixtures["connect"]` gets a planted value, which
    the simulator accepts wherever it accepts the keyword's own value."""
    kwargs = _clients.connect_kwargs(provider, sim.fixtures)
    credentials = sim.fixtures["credentials"]
    secret = {o.name for o in profile(provider).options if o.secret}
    for keyword, value in list(kwargs.items()):
        schemes = [s for s, accepted in credentials.items() if value in accepted]
        if keyword not in secret or not schemes:
            continue
        planted = f"{LEAK}-{provider}-{keyword}-{abs(hash((provider, keyword))) % 10**8:08d}"
        for scheme in schemes:
            credentials[scheme] = [*credentials[scheme], planted]
        kwargs[keyword] = planted
        secrets.add(planted)
    for value in sim.plant_secrets(LEAK):
        secrets.add(value)
    return kwargs


class PlantingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Between giftkit and the simulator: money values in responses become planted ones (or are
    recorded as secrets), and each request that reached the simulator's app is counted per tag."""

    def __init__(
        self,
        sim: Any,
        scenario: Scenario,
        secrets: Secrets,
        submissions: Counter[str],
        tags_of_request: Callable[[bytes], Iterable[str]],
    ) -> None:
        self.sim = sim
        self.scenario = scenario
        self.secrets = secrets
        self.submissions = submissions
        self.tags_of_request = tags_of_request
        self.sync_inner = sim.transport()
        self.async_inner = sim.async_transport()
        self.counter = 0

    def _reached_app(self, before: int, outcome: str) -> bool:
        fired = self.sim.faults.fired[before:]
        kind = fired[-1][1] if fired else None
        if kind is None or kind == "reset_after":
            return outcome in ("response", "reset_after")
        return kind.startswith("delay:") and outcome == "response"

    def _count(self, request: httpx.Request, before: int, outcome: str, status: int | None) -> None:
        if request.method in ("GET", "HEAD"):
            return
        if self._reached_app(before, outcome) and (status is None or 200 <= status < 300):
            for tag in self.tags_of_request(request.content):
                self.submissions[tag] += 1

    def _plant(self, response: httpx.Response) -> httpx.Response:
        keys = self.scenario.money_keys
        if not keys or not 200 <= response.status_code < 300:
            return response
        try:
            data = json.loads(response.content)
        except ValueError:
            return response
        changed = False

        def walk(node: Any) -> None:
            nonlocal changed
            if isinstance(node, dict):
                for key, value in list(node.items()):
                    if (
                        key in keys
                        and isinstance(value, (str, int))
                        and not isinstance(value, bool)
                    ):
                        if self.scenario.plant_response:
                            self.counter += 1
                            value = node[key] = (
                                f"https://{LEAK.lower()}.example/{LEAK}L{self.counter}"
                                if str(value).startswith("http")
                                else f"{LEAK}{key.upper()}{self.counter:07d}"
                            )
                            changed = True
                        self.secrets.add(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(data)
        if not changed:
            return response
        headers = [
            (k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=json.dumps(data).encode(),
            request=response.request,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        before = len(self.sim.faults.fired)
        try:
            response = self.sync_inner.handle_request(request)
        except httpx.ReadError:
            self._count(request, before, "reset_after", None)
            raise
        response.read()
        self._count(request, before, "response", response.status_code)
        return self._plant(response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        before = len(self.sim.faults.fired)
        try:
            response = await self.async_inner.handle_async_request(request)
        except httpx.ReadError:
            self._count(request, before, "reset_after", None)
            raise
        await response.aread()
        self._count(request, before, "response", response.status_code)
        return self._plant(response)


class LogCapture(logging.Handler):
    """Every record of the `giftkit` logger, formatted, for the secrets scan."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextlib.contextmanager
def capture_logs() -> Iterator[LogCapture]:
    logger = logging.getLogger("giftkit")
    handler = LogCapture()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def _giftkit_frame_locals(exc: BaseException) -> list[str]:
    """The locals of giftkit's own frames in the traceback and its chain, as a tool that prints
    frame locals (Sentry, rich) shows them. The caller's and httpx's frames hold the caller's
    own data (the body it passed), which is not giftkit's to mask; they are not repr'd at all,
    which also keeps the scan cheap."""
    package = str(Path(giftkit.__file__).parent)
    texts: list[str] = []
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        tb = node.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if frame.f_code.co_filename.startswith(package):
                texts.append(repr({k: repr(v) for k, v in frame.f_locals.items()}))
            tb = tb.tb_next
        node = node.__cause__ or node.__context__
    return texts


def error_texts(exc: BaseException) -> list[str]:
    """Everything a user could print or log about an error: str, repr, traceback, fields, the
    redacted request and response, every chained cause."""
    texts = ["".join(traceback.format_exception(exc)), *_giftkit_frame_locals(exc)]
    try:
        texts.append(pickle.dumps(exc).decode("latin-1"))
    except Exception as failure:  # an error that cannot be pickled is a finding too
        texts.append(f"UNPICKLABLE {type(exc).__name__}: {failure}")
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        texts += [str(node), repr(node)]
        if isinstance(node, giftkit.GiftkitError):
            for name in (
                "body",
                "field_errors",
                "code",
                "message",
                "operation",
                "how_to_reconcile",
            ):
                if hasattr(node, name):
                    texts.append(repr(getattr(node, name)))
            request = getattr(node, "request", None)
            if isinstance(request, httpx.Request):
                texts += [
                    str(request.url),
                    repr(list(request.headers.multi_items())),
                    request.content.decode("utf-8", "replace") if _has_content(request) else "",
                ]
            response = getattr(node, "response", None)
            if isinstance(response, httpx.Response):
                texts += [repr(list(response.headers.multi_items())), _content(response)]
        node = node.__cause__ or node.__context__
    return texts


def _has_content(request: httpx.Request) -> bool:
    try:
        request.content  # noqa: B018
        return True
    except httpx.RequestNotRead:
        return False


def _content(response: httpx.Response) -> str:
    try:
        return response.content.decode("utf-8", "replace")
    except httpx.ResponseNotRead:
        return ""


# -- the fault campaign -----------------------------------------------------------------------

CLIENT_TIMEOUT = 10.0  # seconds (read): a delay past it is a timeout, on the virtual clock
FAULTS: tuple[tuple[str, float], ...] = (
    ("refuse", 0.03),
    ("reset_before", 0.03),
    ("reset_after", 0.05),
    ("status:500", 0.02),
    ("status:502", 0.02),
    ("status:503", 0.02),
    ("status:504", 0.02),
    ("status:429", 0.03),
    (f"delay:{CLIENT_TIMEOUT * 1.5:g}", 0.03),  # past the client timeout
    ("delay:2", 0.02),  # slow, within the timeout
)
RATE_LIMIT = (40, 30.0)  # the simulator answers 429 with its reset headers past 40 calls / 30 s


@dataclass
class Outcome:
    call: Call
    kind: str  # success | failed | unknown | raw
    error: BaseException | None = None
    mode: str = "sync"


@dataclass
class CampaignResult:
    provider: str
    sabotage: bool
    calls: int = 0
    modes: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    failures_by_class: Counter[str] = field(default_factory=Counter)
    issued: int = 0  # ledger entries of the run
    duplicates: int = 0  # tags issued more than once
    resubmissions: int = (
        0  # tags whose request reached the server's app more than once (non-idempotent ops)
    )
    told_failed_but_issued: int = 0
    # an idempotent create (an upsert by the caller's id) that failed after a lost attempt may
    # exist: giftkit reports its last error, and repeating it is the documented, safe remedy
    failed_idempotent_issued: int = 0
    repeat_duplicates: int = 0  # ... repeating such a call issued a second time
    success_not_issued: int = 0
    unknown_multi_match: int = 0  # OutcomeUnknownError whose client reference matches > 1 entry
    unknown_wrong_match: int = 0  # ... matching an entry of another call
    unknown_issued: int = 0
    unknown_not_issued: int = 0
    reconciled: int = 0  # unknowns checked with the provider's documented read endpoint
    reconcile_mismatch: int = 0  # ... where it disagreed with the ledger
    reconcile: str = "n/a"
    raw_exceptions: list[str] = field(default_factory=list)
    leaks: list[tuple[str, str]] = field(default_factory=list)
    texts_scanned: int = 0
    elapsed: float = 0.0

    def problems(self) -> list[str]:
        """The guarantees this run breaks (the sabotage control inverts the duplicate one)."""
        out = []
        if self.raw_exceptions:
            out.append(
                f"{len(self.raw_exceptions)} raw exception(s), e.g. {self.raw_exceptions[0]}"
            )
        if self.leaks:
            out.append(f"{len(self.leaks)} leaked secret(s), e.g. {self.leaks[0]}")
        if self.sabotage:
            return out
        for name in (
            "duplicates",
            "resubmissions",
            "told_failed_but_issued",
            "success_not_issued",
            "repeat_duplicates",
            "unknown_multi_match",
            "unknown_wrong_match",
            "reconcile_mismatch",
        ):
            if getattr(self, name):
                out.append(f"{name} = {getattr(self, name)}")
        return out


def connect_sim(
    provider: str,
    sim: Any,
    kwargs: dict[str, Any],
    transport: Any,
    *,
    sabotage: bool = False,
    seed: int = 0,
) -> Any:
    """A giftkit client on the simulator's transports (sabotage: the money rule switched off)."""
    client = build(
        profile(provider),
        base_url=sim.base_url,
        timeout=CLIENT_TIMEOUT,
        max_retries=None,
        headers=None,
        verify=True,
        transport=transport,
        async_transport=transport,
        clock=sim.clock,
        credentials=kwargs,
        retry_everything=sabotage,
    )
    client._giftkit.engine._random.seed(seed)  # deterministic jitter and client references
    return client


def _tags_of_request(provider: str, sim: Any) -> Callable[[bytes], Iterable[str]]:
    found = scenario(provider)

    def tags(content: bytes) -> Iterable[str]:
        try:
            body = json.loads(content)
        except ValueError:
            return []
        return found.tags_of_body(body)

    return tags


def _function(provider: str, op_id: str) -> Any:
    return operations(provider)[op_id].module


def _kwargs(provider: str, call: Call) -> dict[str, Any]:
    op = operations(provider)[call.op_id]
    return {
        **call.path,
        "body": _clients.to_model(_clients.body_annotation(op), copy.deepcopy(call.body)),
    }


def _classify(call: Call, exc: BaseException | None, mode: str) -> Outcome:
    if exc is None:
        return Outcome(call, "success", mode=mode)
    if isinstance(exc, giftkit.OutcomeUnknownError):
        return Outcome(call, "unknown", exc, mode)
    if isinstance(exc, giftkit.GiftkitError):
        return Outcome(call, "failed", exc, mode)
    return Outcome(call, "raw", exc, mode)


def run_campaign(
    provider: str,
    calls: int,
    *,
    seed: int = 0,
    sabotage: bool = False,
    concurrency: int = 16,
    scan_secrets: bool = True,
) -> CampaignResult:
    """`calls` logical value-creating calls (40% sync, 30% async one by one, 30% async `concurrency`
    at a time) with random faults, then reconciled with the simulator's ledger."""
    started = time.perf_counter()
    plan = scenario(provider)
    result = CampaignResult(provider, sabotage)
    sim = gt.simulator(provider, seed=seed)
    secrets = Secrets()
    kwargs = plant_credentials(provider, sim, secrets)
    submissions: Counter[str] = Counter()
    transport = PlantingTransport(sim, plan, secrets, submissions, _tags_of_request(provider, sim))
    client = connect_sim(provider, sim, kwargs, transport, sabotage=sabotage, seed=seed)
    rng = random.Random(f"tags-{seed}")
    for kind, probability in FAULTS:
        sim.faults.schedule("*", kind, times=None, probability=probability)
    sim.rate_limit(*RATE_LIMIT)
    planned = [plan.make(sim, n, rng) for n in range(calls)]
    for call in planned:
        for tag in call.tags:
            secrets.add(tag) if tag.startswith(LEAK) else None
        for value in call.path.values():
            secrets.add(value)
    outcomes: list[Outcome] = []
    texts: list[str] = [repr(client), repr(client._giftkit.engine.clock)]
    n_sync = int(calls * 0.4)
    n_async = int(calls * 0.3)

    with capture_logs() as logs:
        for call in planned[:n_sync]:
            module = _function(provider, call.op_id)
            try:
                module.sync(client=client, **_kwargs(provider, call))
                outcomes.append(_classify(call, None, "sync"))
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt):
                    raise
                outcomes.append(_classify(call, exc, "sync"))

        async def one(call: Call, mode: str) -> Outcome:
            module = _function(provider, call.op_id)
            try:
                await module.asyncio(client=client, **_kwargs(provider, call))
                return _classify(call, None, mode)
            except Exception as exc:
                return _classify(call, exc, mode)

        async def run_async() -> None:
            for call in planned[n_sync : n_sync + n_async]:
                outcomes.append(await one(call, "async"))
            rest = planned[n_sync + n_async :]
            for i in range(0, len(rest), concurrency):
                outcomes.extend(
                    await asyncio.gather(*(one(c, "concurrent") for c in rest[i : i + concurrency]))
                )
            await client.get_async_httpx_client().aclose()

        asyncio.run(run_async())
        sim.faults.clear()
        sim.rate_limit(None)
        sim.clock.advance(30 * 86400.0)  # let background work (async imports) finish
        entries = sim.ledger.entries
        by_tag: Counter[str] = Counter(
            t for t in (plan.tag_of(e) for e in entries) if t is not None
        )
        by_ref: dict[str, list[Any]] = {}
        for entry in entries:
            if entry.client_reference is not None:
                by_ref.setdefault(entry.client_reference, []).append(entry)

        result.calls = len(outcomes)
        result.issued = len(entries)
        result.faults = Counter(kind for _, kind in sim.faults.fired)
        result.faults["429 (rate limit, reset headers)"] = sum(
            1 for _, _, s in sim.requests if s == 429
        )
        result.duplicates = sum(1 for count in by_tag.values() if count > 1)
        idempotent = profile(provider).idempotent
        repeat: list[Call] = []
        for outcome in outcomes:
            call = outcome.call
            result.modes[outcome.mode] += 1
            result.outcomes[outcome.kind] += 1
            issued = sum(by_tag[t] for t in call.tags)
            if call.op_id not in idempotent:
                result.resubmissions += sum(1 for t in call.tags if submissions[t] > 1)
            if outcome.kind == "success" and any(by_tag[t] == 0 for t in call.tags):
                result.success_not_issued += 1
            elif outcome.kind == "failed":
                result.failures_by_class[type(outcome.error).__name__] += 1
                if issued and call.op_id in idempotent:
                    result.failed_idempotent_issued += 1
                    repeat.append(call)
                elif issued:
                    result.told_failed_but_issued += 1
            elif outcome.kind == "unknown":
                err = outcome.error
                assert isinstance(err, giftkit.OutcomeUnknownError)
                refs = err.client_references or ()
                for ref in refs:
                    matched = by_ref.get(ref, [])
                    if len(matched) > 1:
                        result.unknown_multi_match += 1
                    if any(plan.tag_of(e) not in call.tags for e in matched):
                        result.unknown_wrong_match += 1
                result.unknown_issued += bool(issued)
                result.unknown_not_issued += not issued
            elif outcome.kind == "raw":
                err = outcome.error
                result.raw_exceptions.append(
                    f"{type(err).__module__}.{type(err).__name__}: {str(err)[:200]}"
                )
            if outcome.error is not None and scan_secrets:
                texts += error_texts(outcome.error)
        # the documented reconciliation, through a fresh client with no faults
        if plan.reconcile is not None and not sabotage:
            checker = connect_sim(provider, sim, kwargs, transport, seed=seed + 1)
            unknown = [o for o in outcomes if o.kind == "unknown"]
            for outcome in unknown:
                found = plan.reconcile(checker, sim, outcome.call)
                issued = any(by_tag[t] for t in outcome.call.tags)
                result.reconciled += 1
                result.reconcile_mismatch += found != issued
            result.reconcile = (
                f"{result.reconciled} checked, {result.reconcile_mismatch} disagree with the ledger"
            )
            for call in repeat:  # the documented remedy for a failed upsert: send it again
                _function(provider, call.op_id).sync(client=checker, **_kwargs(provider, call))
            if repeat:
                again = Counter(
                    t for t in (plan.tag_of(e) for e in sim.ledger.entries) if t is not None
                )
                result.repeat_duplicates = sum(1 for c in repeat for t in c.tags if again[t] > 1)
            checker.get_httpx_client().close()
        elif plan.reconcile is None:
            result.reconcile = "no read endpoint (reconcile in the dashboard)"
        client.get_httpx_client().close()
    if scan_secrets:
        texts += logs.lines
        result.texts_scanned = len(texts)
        result.leaks = secrets.scan(texts)
    result.elapsed = time.perf_counter() - started
    return result


# -- bad input --------------------------------------------------------------------------------


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers 500 to anything and records it: a validation test expects it never to be called."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


def fake_credentials(provider: str) -> dict[str, Any]:
    """The profile's offline test options, every secret one carrying the LEAK marker."""
    prof = profile(provider)
    if not prof.test_options:
        raise AssertionError(f"{provider}: its profile has no test_options (offline credentials)")
    secret = {o.name for o in prof.options if o.secret}
    return {k: f"{LEAK}-{v}" if k in secret else v for k, v in prof.test_options.items()}


def offline_client(provider: str, transport: Any, clock: Any = None) -> Any:
    """A giftkit client on a fake transport (no simulator): for validation and hostile responses."""
    kwargs = fake_credentials(provider)
    from giftkit.testing import VirtualClock

    return giftkit.connect(
        provider,
        transport=transport,
        async_transport=transport,
        clock=clock or VirtualClock(),
        **kwargs,
    )


@dataclass
class BadInput:
    provider: str
    op_id: str
    rule: str  # e.g. "orders.0.amount:pattern" or "documented: expiration_date in the past"
    method: str
    path: str  # path with parameters filled
    body: Any


def body_operations(provider: str) -> list[Any]:
    """Operations with a JSON request body (giftkit validates those pre-flight)."""
    return [op for op in operations(provider).values() if any("json" in m for m in op.body_media)]


def filled_path(op: Any) -> str:
    path = op.path
    for param in op.params:
        if param.location == "path":
            value = param.examples[0] if param.examples else "x1"
            path = path.replace("{" + param.name + "}", str(value))
    return path


def constraint_violations(provider: str) -> tuple[list[BadInput], list[str]]:
    """A request body violating each constraint of the spec (tests/specs/_constraints), and the
    parameter constraints (not validated pre-flight by giftkit: bodies only, issue 4)."""
    from _constraints import Spec
    from speclib import load_spec

    spec = Spec(provider, load_spec(provider))
    ops = {op.operation_id: op for op in body_operations(provider)}
    found: list[BadInput] = []
    params: list[str] = []
    for target in spec.targets():
        name, _, rest = target.label.partition(" ")
        if rest == "request" and name in ops:
            for violation in spec.violations(target):
                if violation.problem is not None:
                    raise AssertionError(f"{violation.id}: {violation.problem}")
                op = ops[name]
                found.append(
                    BadInput(
                        provider,
                        name,
                        violation.id.split(":", 2)[2],
                        op.method,
                        filled_path(op),
                        violation.payload,
                    )
                )
        elif rest.split(" ")[0] in ("query", "path", "header"):
            params += [v.id for v in spec.violations(target)]
    return found, params


def documented_rule_violations(provider: str, now: float) -> list[BadInput]:
    """The documented rules a schema cannot hold (giftkit's profile `extra_rules`), broken."""
    today = datetime.fromtimestamp(now, tz=UTC).date()
    ops = {op.operation_id: op for op in body_operations(provider)}
    out: list[BadInput] = []
    for op_id, rule, mutate in gt.simulator_class(provider).rule_breakers(today):
        body = _example(provider, op_id)
        mutate(body)
        op = ops[op_id]
        out.append(
            BadInput(provider, op_id, f"documented: {rule}", op.method, filled_path(op), body)
        )
    return out


def has_documented_rules(provider: str) -> bool:
    return profile(provider).extra_rules is not None


def send_bad_input(client: Any, bad: BadInput) -> BaseException | None:
    """Send `bad` through giftkit's wired httpx client; the exception raised (None: accepted)."""
    try:
        client.get_httpx_client().request(
            bad.method,
            bad.path,
            content=json.dumps(bad.body).encode(),
            headers={"content-type": "application/json"},
        )
    except BaseException as exc:
        return exc
    return None


def is_invalid(provider: str, op: Any, body: Any) -> bool:
    """True when the spec's schema rejects `body` for `op` (the generator's ground truth)."""
    from giftkit._connect import _table
    from giftkit._spec import schema_errors

    table = _table(provider)
    match = table.match(op.method, op.path)
    return bool(schema_errors(table.validator(match.request_pointer), body))


# -- hostile responses ---------------------------------------------------------------------------

ODD_STATUSES = (
    0,
    99,
    100,
    101,
    199,
    201,
    202,
    204,
    206,
    299,
    301,
    302,
    304,
    399,
    400,
    401,
    403,
    404,
    408,
    409,
    418,
    422,
    429,
    451,
    499,
    500,
    502,
    503,
    504,
    520,
    599,
    600,
    999,
)
CONTENT_TYPES = (
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "text/html",
    "text/plain",
    "application/octet-stream",
    "application/xml",
    "",
    "json",
    "application/json; charset=latin-1",
)


def response_examples(provider: str, op: Any) -> dict[int, list[Any]]:
    """status -> documented example bodies (the material the mutations start from)."""
    root = _clients._spec(provider)
    out: dict[int, list[Any]] = {}
    for status, response in (op.raw.get("responses") or {}).items():
        response = _clients.deref(root, response)
        for _media, content in (response.get("content") or {}).items():
            content = _clients.deref(root, content)
            values = [
                _clients.deref(root, e).get("value")
                for e in (content.get("examples") or {}).values()
            ]
            if "example" in content:
                values.append(content["example"])
            if status.isdigit():
                out.setdefault(int(status), []).extend(v for v in values if v is not None)
    return out


@dataclass
class HostileResult:
    provider: str
    responses: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    raw_exceptions: list[str] = field(default_factory=list)
    leaks: list[tuple[str, str]] = field(default_factory=list)
    big_body: dict[str, Any] = field(default_factory=dict)


def hostile_strategy(provider: str, echoed: dict[str, list[str]], money: list[str]) -> Any:
    """A hypothesis strategy of (operation id, status, headers, body bytes, async?).

    `echoed`: per operation, secrets the client knows (its credentials, secret values that call
    sent), echoed anywhere
    in a body; `money`: planted gift codes / PINs / links, placed under the provider's documented
    money keys (the simulator's money_keys) - both must come out masked.
    """
    from hypothesis import strategies as st

    ops = operations(provider)
    examples = {op_id: response_examples(provider, op) for op_id, op in ops.items()}
    money_keys = list(scenario(provider).money_keys)

    def strategies(secret_values: list[str]) -> tuple[Any, Any]:
        json_leaf = st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=True),
            st.text(max_size=40),
            st.sampled_from(secret_values or ["x"]),
        )
        any_json = st.recursive(
            json_leaf,
            lambda inner: st.one_of(
                st.lists(inner, max_size=4),
                st.dictionaries(st.text(max_size=12), inner, max_size=5),
            ),
            max_leaves=20,
        )
        weird_values = st.one_of(
            any_json,
            st.just("UNKNOWN_ENUM_VALUE"),
            st.just("x" * 100_000),
            st.just(-(2**70)),
            st.just(1e308),
            st.just([]),
            st.just({}),
            st.sampled_from(secret_values or ["x"]),
        )
        return any_json, weird_values

    by_op = {op_id: strategies(echoed.get(op_id, [])) for op_id in ops}

    @st.composite
    def mutated(draw: Any, base: Any, any_json: Any, weird_values: Any, money: list[str]) -> Any:
        data = copy.deepcopy(base)
        for _ in range(draw(st.integers(1, 4))):
            paths = list(_paths(data))
            if not paths:
                return draw(any_json)
            path = draw(st.sampled_from(paths))
            action = draw(st.sampled_from(("drop", "replace", "add", "wrap", "money")))
            if action == "money" and money_keys and money:
                value = {draw(st.sampled_from(money_keys)): draw(st.sampled_from(money))}
                data = _mutate(data, path, "replace", value)
            else:
                data = _mutate(data, path, action, draw(weird_values))
        return data

    @st.composite
    def case(draw: Any) -> tuple[str, int, list[tuple[str, str]], bytes, bool]:
        op_id = draw(st.sampled_from(sorted(ops)))
        any_json, weird_values = by_op[op_id]
        bases = examples[op_id]
        status = draw(
            st.one_of(st.sampled_from(sorted(bases) or [200]), st.sampled_from(ODD_STATUSES))
        )
        candidates = bases.get(status) or [b for v in bases.values() for b in v] or [{}]
        base = draw(st.sampled_from(candidates))
        # money lives in success bodies: planted there under the documented keys; an error body
        # only echoes what the client itself sent (field-error messages are not secrets)
        money_here = money if 200 <= status < 300 else []
        kind = draw(
            st.sampled_from(
                (
                    "mutated",
                    "mutated",
                    "mutated",
                    "json",
                    "html",
                    "truncated",
                    "bytes",
                    "empty",
                    "huge",
                    "deep",
                    "valid",
                )
            )
        )
        if kind == "mutated":
            body = json.dumps(draw(mutated(base, any_json, weird_values, money_here))).encode()
        elif kind == "json":
            body = json.dumps(draw(any_json)).encode()
        elif kind == "html":
            body = (
                b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>"
                + draw(st.binary(max_size=50))
                + b"</body></html>"
            )
        elif kind == "truncated":
            text = json.dumps(base).encode()
            body = text[: draw(st.integers(0, max(0, len(text) - 1)))]
        elif kind == "bytes":
            body = draw(st.binary(max_size=200))
        elif kind == "empty":
            body = b""
        elif kind == "huge":
            body = json.dumps({"message": "x" * draw(st.integers(10_000, 2_000_000))}).encode()
        elif kind == "deep":
            depth = draw(st.integers(500, 100_000))
            body = b"[" * depth + b"]" * depth
        else:
            body = json.dumps(base).encode()
        headers: list[tuple[str, str]] = []
        ctype = draw(st.sampled_from(CONTENT_TYPES))
        if ctype:
            headers.append(("content-type", ctype))
        for name in draw(
            st.lists(
                st.sampled_from(
                    (
                        "retry-after",
                        "retry-after-ms",
                        "x-ratelimit-retry-after",
                        "x-rate-limit-retry",
                        "content-encoding",
                        "content-length",
                        "x-request-id",
                        "location",
                        "pagination-total",
                    )
                ),
                max_size=3,
                unique=True,
            )
        ):
            headers.append(
                (
                    name,
                    draw(
                        st.one_of(
                            st.sampled_from(
                                (
                                    "0",
                                    "1",
                                    "-5",
                                    "abc",
                                    "1e308",
                                    "nan",
                                    "gzip",
                                    "br",
                                    "deflate",
                                    "99999999999999",
                                    "Wed, 21 Oct 2015 07:28:00 GMT",
                                    "",
                                    "2",
                                    "10",
                                )
                            ),
                            st.text(
                                alphabet=st.characters(min_codepoint=32, max_codepoint=126),
                                max_size=20,
                            ),
                        )
                    ),
                )
            )
        return op_id, status, headers, body, draw(st.booleans())

    return case()


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


def _mutate(data: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "drop":
        if isinstance(parent, dict):
            parent.pop(last, None)
        elif isinstance(parent, list) and last < len(parent):
            parent.pop(last)
    elif action == "replace":
        parent[last] = value
    elif action == "add" and isinstance(parent, dict):
        parent[f"unknown_{len(parent)}"] = value
    elif action == "wrap":
        parent[last] = [parent[last]]
    return data


def hostile_call_kwargs(
    provider: str, secrets: Secrets, echoed: dict[str, list[str]]
) -> dict[str, dict[str, Any]]:
    """Valid keyword arguments for every operation: the spec's examples, and for value-creating
    operations the campaign's scenario (valid on the virtual clock, planted secrets included)."""
    sim = gt.simulator(provider)
    fixture_secrets = Secrets()  # credentials the offline client does not use: not scanned for
    plant_credentials(provider, sim, fixture_secrets)
    secrets.values |= {v for v in fixture_secrets.values if LEAK not in v}  # e.g. the cashier PIN
    out = {}
    for op_id, op in operations(provider).items():
        out[op_id] = _clients.call_kwargs(op, {}, {})
    for n in range(8):
        call = scenario(provider).make(sim, n, random.Random(n))
        out[call.op_id] = _kwargs(provider, call)
        sent = [str(v) for v in (*call.tags, *call.path.values()) if LEAK in str(v)]
        for value in sent:
            secrets.add(value)
        echoed[call.op_id] = sent
    return out


def run_hostile(provider: str, examples: int, *, seed: int = 0) -> HostileResult:
    """`examples` hypothesis-generated malformed responses, each answered to a call of a random
    operation, sync or async: only giftkit errors (or a documented success) may come out."""
    from hypothesis import HealthCheck, Phase, given, settings

    from giftkit.testing import VirtualClock

    result = HostileResult(provider)
    secrets = Secrets()
    echoed: dict[str, list[str]] = {}
    kwargs = hostile_call_kwargs(provider, secrets, echoed)
    credentials = [str(v) for v in fake_credentials(provider).values() if LEAK in str(v)]
    for value in credentials:
        secrets.add(value)
    echoed = {op_id: [*credentials, *echoed.get(op_id, [])] for op_id in operations(provider)}
    money = [f"{LEAK}CODE{i:04d}" for i in range(4)] + [
        f"https://{LEAK.lower()}.example/r?pin={LEAK}PIN"
    ]
    box: dict[str, Any] = {}
    clock = VirtualClock()

    class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
        """A body streamed as a network transport would (decoded only when read, by giftkit)."""

        def __init__(self, content: bytes) -> None:
            self.content = content

        def __iter__(self) -> Iterator[bytes]:
            yield self.content

        async def __aiter__(self) -> Any:
            yield self.content

    def handler(request: httpx.Request) -> httpx.Response:
        status, headers, body = box["response"]
        return httpx.Response(status, headers=headers, stream=Body(body))

    class Transport(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            request.read()
            return handler(request)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await request.aread()
            return handler(request)

    client = offline_client(provider, Transport(), clock)
    ops = operations(provider)
    loop = asyncio.new_event_loop()
    texts: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(hostile_strategy(provider, echoed, money))
    def check(case: tuple[str, int, list[tuple[str, str]], bytes, bool]) -> None:
        op_id, status, headers, body, use_async = case
        box["response"] = (status, headers, body)
        module = ops[op_id].module
        result.responses += 1
        try:
            if use_async:
                loop.run_until_complete(module.asyncio(client=client, **kwargs[op_id]))
            else:
                module.sync(client=client, **kwargs[op_id])
            result.outcomes["documented success"] += 1
        except giftkit.GiftkitError as exc:
            result.outcomes[type(exc).__name__] += 1
            if result.outcomes[type(exc).__name__] <= 50 or random.random() < 0.02:
                texts.extend(error_texts(exc))
        except Exception as exc:
            result.outcomes["RAW " + type(exc).__name__] += 1
            if len(result.raw_exceptions) < 20:
                result.raw_exceptions.append(
                    f"{op_id} status={status} headers={headers} body={body[:80]!r}: "
                    f"{type(exc).__module__}.{type(exc).__name__}: {str(exc)[:160]}"
                )

    random.seed(seed)
    with capture_logs() as logs:
        check()
    loop.run_until_complete(client.get_async_httpx_client().aclose())
    loop.close()
    client.get_httpx_client().close()
    result.leaks = secrets.scan(texts + logs.lines)
    return result


def big_body(
    provider: str, size: int = 50 * 1024 * 1024, *, chunked: bool = True
) -> dict[str, Any]:
    """A `size`-byte body streamed in 64 KiB chunks (no Content-Length when chunked): the call
    raises a giftkit error, and Python's traced memory peak stays far below `size`."""
    import tracemalloc

    chunk = b"x" * 65536
    sent = {"bytes": 0}

    class Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            remaining = size
            while remaining > 0:
                piece = b"x" * min(
                    remaining, len(chunk)
                )  # a fresh object: held only if the reader keeps it
                remaining -= len(piece)
                sent["bytes"] += len(piece)
                yield piece

        async def __aiter__(self) -> Any:
            for piece in self.__iter__():
                yield piece

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if not chunked:
            headers["content-length"] = str(size)
        return httpx.Response(200, headers=headers, stream=Stream())

    client = offline_client(provider, httpx.MockTransport(handler))
    valid = hostile_call_kwargs(provider, Secrets(), {})
    ops = operations(provider)
    op = (
        next((o for o in ops.values() if not o.body_media), None)
        or ops[scenario(provider).make(gt.simulator(provider), 0, random.Random(0)).op_id]
    )
    kwargs = valid[op.operation_id]
    gc.collect()
    tracemalloc.start()
    try:
        op.module.sync(client=client, **kwargs)
        outcome = "returned"
    except giftkit.GiftkitError as exc:
        outcome = type(exc).__name__
    except Exception as exc:
        outcome = f"RAW {type(exc).__name__}"
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    client.get_httpx_client().close()
    return {
        "provider": provider,
        "operation": op.operation_id,
        "size": size,
        "chunked": chunked,
        "outcome": outcome,
        "peak_bytes": peak,
        "streamed_bytes": sent["bytes"],
    }


# -- load over loopback ----------------------------------------------------------------------------

LOAD_PROVIDER = "rebilly"
LOAD_FAULT_RATE = 0.01  # share of requests the server answers 503 (injected) / 429 (injected)


def serve_main(
    provider: str, fault_rate: float, seed: int = 0
) -> None:  # pragma: no cover - subprocess
    """Run `provider`'s simulator over loopback HTTP, injecting 503s and 429s at `fault_rate`,
    print `PORT <n>`, and serve until killed. Counts of injected faults: GET /__injected."""
    import socket

    import uvicorn

    from giftkit.testing import WallClock

    sim = gt.simulator(provider, seed=seed, clock=WallClock())
    rng = random.Random(seed)
    injected: Counter[str] = Counter()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/__injected":
            payload = json.dumps(injected).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": payload})
            return
        if scope["type"] == "http":
            roll = rng.random()
            if roll < fault_rate or fault_rate <= roll < 2 * fault_rate:
                status = 503 if roll < fault_rate else 429
                key = f"{scope['method']} {status}"
                injected[key] += 1
                while (await receive()).get("more_body"):
                    pass
                await send(
                    {
                        "type": "http.response.start",
                        "status": status,
                        "headers": [(b"content-type", b"application/json"), (b"retry-after", b"0")],
                    }
                )
                await send({"type": "http.response.body", "body": b'{"detail": "injected"}'})
                return
        await sim.app(scope, receive, send)

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(f"PORT {sock.getsockname()[1]} {sim.index.base_path}", flush=True)
    print("FIXTURES " + json.dumps(_clients.connect_kwargs(provider, sim.fixtures)), flush=True)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


@dataclass
class LoadResult:
    provider: str
    callers: int
    seconds: float
    calls: int = 0
    by_op: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    injected: Counter[str] = field(default_factory=Counter)
    unexplained_errors: int = 0
    open_connections_after: int = -1
    pool_connections_peak: int = 0
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    rss_growth_mb: float = 0.0
    calls_per_second: float = 0.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _established(port: int) -> int:
    """TCP connections to or from `port` in ESTABLISHED state (this network namespace)."""
    count = 0
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            local, remote, state = parts[1], parts[2], parts[3]
            ports = {int(local.rsplit(":", 1)[1], 16), int(remote.rsplit(":", 1)[1], 16)}
            if state == "01" and port in ports:
                count += 1
    return count


def run_load(
    seconds: float,
    callers: int = 64,
    *,
    provider: str = LOAD_PROVIDER,
    fault_rate: float = LOAD_FAULT_RATE,
) -> LoadResult:
    """`callers` async callers for `seconds` against the simulator served by uvicorn on
    127.0.0.1 (a subprocess): creates, upserts and reads; only injected faults may surface."""
    result = LoadResult(provider, callers, seconds)
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import _campaign; "
        f"_campaign.serve_main({provider!r}, {fault_rate!r})"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        first = server.stdout.readline().split()  # type: ignore[union-attr]
        fixtures = json.loads(server.stdout.readline().split(" ", 1)[1])  # type: ignore[union-attr]
        if not first or first[0] != "PORT":
            raise RuntimeError(f"the simulator server did not start: {server.stderr.read()}")  # type: ignore[union-attr]
        port, base_path = int(first[1]), first[2] if len(first) > 2 else ""
        asyncio.run(
            _load(result, f"http://127.0.0.1:{port}{base_path}", fixtures, port, seconds, callers)
        )
        injected = httpx.get(f"http://127.0.0.1:{port}/__injected", timeout=5).json()
        result.injected = Counter(injected)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    # errors only where faults were injected: a 503 on a create -> OutcomeUnknownError; a read is
    # retried (its error needs 3 injected faults in a row); 429 is retried (Retry-After: 0)
    allowed = (
        result.injected.get("POST 503", 0)
        + result.injected.get("PUT 503", 0)
        + result.injected.get("GET 503", 0)
    )
    result.unexplained_errors = max(0, sum(result.errors.values()) - allowed) + sum(
        n
        for name, n in result.errors.items()
        if name not in ("OutcomeUnknownError", "InternalServerError", "RateLimitError")
    )
    result.calls_per_second = result.calls / seconds if seconds else 0.0
    return result


async def _load(
    result: LoadResult,
    base_url: str,
    kwargs: dict[str, Any],
    port: int,
    seconds: float,
    callers: int,
) -> None:
    from rebilly_client.api.coupons import get_coupon, post_coupon, put_coupon

    client = giftkit.connect(result.provider, base_url=base_url, **kwargs)
    body_json = _example("rebilly", "PostCoupon")
    model = _clients.to_model(
        _clients.body_annotation(operations("rebilly")["PostCoupon"]), body_json
    )
    deadline = time.monotonic() + seconds
    rss: list[float] = []
    pool = (
        client.get_async_httpx_client()._transport.inner._pool
    )  # AsyncGiftkitTransport -> httpcore pool

    async def caller(index: int) -> None:
        n = 0
        created: list[str] = []
        while time.monotonic() < deadline:
            n += 1
            try:
                if n % 3 == 1 or not created:
                    coupon = await post_coupon.asyncio(client=client, body=model)
                    created.append(coupon.id)
                    result.by_op["PostCoupon"] += 1
                elif n % 3 == 2:
                    await put_coupon.asyncio(f"load-{index}-{n}", client=client, body=model)
                    result.by_op["PutCoupon"] += 1
                else:
                    await get_coupon.asyncio(created[n % len(created)], client=client)
                    result.by_op["GetCoupon"] += 1
            except giftkit.GiftkitError as exc:
                result.errors[type(exc).__name__] += 1
            except Exception as exc:
                result.errors["RAW " + type(exc).__name__] += 1
            result.calls += 1

    async def sampler() -> None:
        while time.monotonic() < deadline:
            gc.collect()
            rss.append(_rss_mb())
            result.pool_connections_peak = max(result.pool_connections_peak, len(pool.connections))
            await asyncio.sleep(max(0.05, seconds / 40))

    await asyncio.gather(sampler(), *(caller(i) for i in range(callers)))
    await client.get_async_httpx_client().aclose()
    client.get_httpx_client().close()
    await asyncio.sleep(0.3)
    result.open_connections_after = _established(port)
    if rss:
        warm = rss[len(rss) // 4] if len(rss) >= 4 else rss[0]
        result.rss_start_mb, result.rss_end_mb = warm, rss[-1]
        result.rss_growth_mb = max(rss[len(rss) // 4 :]) - warm


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "serve":  # pragma: no cover
    serve_main(sys.argv[2], float(sys.argv[3]))


@dataclass
class BadInputResult:
    provider: str
    constraint_cases: int = 0
    rule_cases: int = 0
    generated: int = 0  # hypothesis-generated invalid bodies sent
    outcomes: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)  # anything but RequestValidationError
    requests_sent: int = 0
    parameter_constraints: int = 0  # not validated pre-flight (giftkit validates bodies: issue 4)


def run_bad_input(provider: str, generated_examples: int, *, seed: int = 0) -> BadInputResult:
    """Every body constraint and documented rule broken, then `generated_examples` hypothesis-
    generated invalid bodies per operation with a JSON body: each must raise
    RequestValidationError, and the transport must see no request at all."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from giftkit.testing import VirtualClock

    result = BadInputResult(provider)
    clock = VirtualClock()
    recorder = RecordingTransport()
    client = offline_client(provider, recorder, clock)

    def send(bad: BadInput) -> None:
        exc = send_bad_input(client, bad)
        name = type(exc).__name__ if exc is not None else "accepted"
        result.outcomes[name] += 1
        if not isinstance(exc, giftkit.RequestValidationError) and len(result.wrong) < 20:
            result.wrong.append(f"{bad.op_id} {bad.rule}: {name}: {str(exc)[:160]}")

    constraints, params = constraint_violations(provider)
    rules = documented_rule_violations(provider, clock.now())
    result.constraint_cases, result.rule_cases, result.parameter_constraints = (
        len(constraints),
        len(rules),
        len(params),
    )
    for bad in [*constraints, *rules]:
        send(bad)

    leaf = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    )
    any_json = st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=4)
        ),
        max_leaves=12,
    )

    def check_operation(op: Any) -> None:
        base = _example(provider, op.operation_id)

        @st.composite
        def invalid(draw: Any) -> Any:
            if draw(st.booleans()):
                return draw(any_json)
            data = copy.deepcopy(base)
            for _ in range(draw(st.integers(1, 3))):
                paths = list(_paths(data))
                if not paths:
                    return draw(any_json)
                data = _mutate(
                    data,
                    draw(st.sampled_from(paths)),
                    draw(st.sampled_from(("drop", "replace", "wrap"))),
                    draw(any_json),
                )
            return data

        @settings(
            max_examples=generated_examples,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.generate],
        )
        @given(invalid())
        def check(body: Any) -> None:
            if not is_invalid(provider, op, body):
                return  # a valid body (rare): not this test's business
            result.generated += 1
            send(BadInput(provider, op.operation_id, "generated", op.method, filled_path(op), body))

        check()

    for op in body_operations(provider):
        check_operation(op)
    result.requests_sent = len(recorder.requests)
    client.get_httpx_client().close()
    return result
