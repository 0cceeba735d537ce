"""`giftkit contract`: schemathesis' engine against a simulator or a server, never silently.

Every failure reaches the exit status, the console, the JUnit file and the Markdown table alike
(one `Verdict`): a failing check, a server that is down, refuses, times out or does not speak
HTTP, and credentials that are missing for a server other than the bundled simulator.
"""

from __future__ import annotations

import socket
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._profile import sandbox_hosts
from ._contract import (
    MAX_EXAMPLES,
    SEED,
    Recorder,
    auth_headers,
    env_auth_headers,
    mask,
    secrets_of,
)
from ._contract_report import Case, Verdict, har_entry, write_reports

DEFAULT_TIMEOUT = 10.0  # seconds a server may take to answer one contract call


class CredentialsMissing(Exception):
    """No credentials for a server other than the bundled simulator (names what to set)."""


@dataclass(frozen=True)
class ContractRun:
    providers: tuple[str, ...]
    base_url: str | None = None
    max_examples: int = MAX_EXAMPLES
    seed: int = SEED
    report: Path | None = None
    allow_live_writes: bool = False
    timeout: float = DEFAULT_TIMEOUT


def run(settings: ContractRun) -> int:
    """Run the contract suite; 0 when every check passed, 1 otherwise (the console says why)."""
    from giftkit.testing import simulator

    recorder, verdict = Recorder(), Verdict()
    har: list[dict[str, Any]] = []
    secrets: list[str] = []
    started = time.monotonic()
    plans = [_plan(simulator(name, seed=0, examples=True), settings) for name in settings.providers]
    for sim, headers, refused in plans:
        secrets += secrets_of(sim) + [v for h in headers.values() for v in h.values()]
        problem = _preflight(settings.base_url, settings.timeout) if settings.base_url else None
        if problem:
            _server_problem(sim.provider, problem, recorder, verdict)
            continue
        failures = _run_one(sim, settings, headers, refused, recorder, verdict, har)
        print(f"{sim.provider}: {'FAIL' if failures else 'pass'} ({failures} failing checks)")
    verdict.cases = [(c, k, mask(m, secrets) if m else None) for c, k, m in verdict.cases]
    _print_summary(recorder, verdict, settings, time.monotonic() - started)
    if settings.report:
        paths = write_reports(settings.report, verdict, recorder, har, secrets)
        print(f"details: {', '.join(str(p) for p in paths)}")
    elif verdict.failed:
        print("details: run again with --report FILE for JUnit, Markdown and HAR reports")
    return 1 if verdict.failed or recorder.failed else 0


def _plan(sim: Any, settings: ContractRun) -> tuple[Any, dict[str, dict[str, str]], dict[str, str]]:
    """(simulator, credential headers per method, why a method cannot be sent) for one provider.

    The bundled simulator gets its fixture keys; any other server only the credentials
    connect() would use (GIFTKIT_<PROVIDER>_<KEYWORD>), or CredentialsMissing naming them."""
    if settings.base_url is None:
        fixed = auth_headers(sim)
        return sim, {op.method: fixed for op in sim.index.operations.values()}, {}
    found = env_auth_headers(sim, settings.base_url)
    headers = {m: h for m, h in found.items() if isinstance(h, dict)}
    refused = {m: h for m, h in found.items() if isinstance(h, str)}
    if not headers:
        raise CredentialsMissing(next(iter(refused.values())))
    return sim, headers, refused


def problem_of(exc: BaseException) -> str | None:
    """What went wrong reaching a server, in a few words, or None when it is not a transport
    problem. Looks through the chain of causes (requests -> urllib3 -> socket)."""
    seen: BaseException | None = exc
    names: list[str] = []
    for _ in range(8):
        if seen is None:
            break
        names.append(type(seen).__name__)
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, socket.gaierror):
            return "host not found"
        if isinstance(seen, TimeoutError) or "Timeout" in type(seen).__name__:
            return "timed out"
        seen = seen.__cause__ or seen.__context__
    text = " ".join(names)
    if any(n in text for n in ("RemoteDisconnected", "BadStatusLine", "ProtocolError")):
        return "the answer is not HTTP"
    if "Connection" in text or "NewConnectionError" in text or "ConnectError" in text:
        return f"connection failed ({names[-1]})"
    return None


def _preflight(base_url: str, timeout: float) -> str | None:
    """One request to the server before the suite: a server that is down fails in seconds."""
    import httpx

    try:
        httpx.get(base_url, timeout=timeout)
    except httpx.HTTPError as exc:
        return f"{problem_of(exc) or type(exc).__name__} to {base_url}"
    return None


def _server_problem(provider: str, problem: str, recorder: Recorder, verdict: Verdict) -> None:
    print(f"{provider}: FAIL ({problem})")
    verdict.problems.append(f"{provider}: {problem}")
    verdict.cases.append((f"{provider}.(server)", "contract", problem))
    recorder.record_stateful(provider, "(server)", "server_reachable", False)


def _print_summary(
    recorder: Recorder, verdict: Verdict, settings: ContractRun, took: float
) -> None:
    print()
    print(recorder.summary_table())
    never_ok = [
        f"{p}.{o}"
        for (p, o), codes in sorted(recorder.statuses.items())
        if not any(200 <= c < 300 for c in codes)
    ]
    if never_ok:
        print(f"\nnote: no 2xx for {', '.join(never_ok)}")
    print(
        f"\n{len(verdict.cases)} operations in {took:.1f}s "
        f"(seed {settings.seed}, max examples {settings.max_examples})"
    )
    print(f"contract: {verdict.headline()}")


def _operation_id(sim: Any, label: str) -> str:
    method, _, path = label.partition(" ")
    for op in sim.index.operations.values():
        if op.method == method.upper() and op.path == path:
            return str(op.operation_id)
    return label


def _writes_allowed(sim: Any, settings: ContractRun) -> bool:
    from giftkit._connect import _is_loopback

    if settings.base_url is None or settings.allow_live_writes:
        return True
    host = urllib.parse.urlsplit(settings.base_url).hostname or ""
    return _is_loopback(host) or host in sandbox_hosts(sim.spec)


def _skips(sim: Any, settings: ContractRun, refused: dict[str, str]) -> dict[str, str]:
    """operationId -> why it is not sent: a live write, or a method without credentials."""
    value_creating = set(getattr(sim, "value_creating", ()) or ())
    writes = _writes_allowed(sim, settings)
    out: dict[str, str] = {}
    for op_id, op in sim.index.operations.items():
        if op.method in refused:
            out[op_id] = f"no credentials for {op.method}: {refused[op.method]}"
        elif not writes and (op_id in value_creating or op.method != "GET"):
            out[op_id] = (
                "value-creating call refused against a live server (use --allow-live-writes)"
            )
    return out


def _per_method_auth(schema: Any, headers: dict[str, dict[str, str]]) -> None:
    """Credentials per HTTP method (e.g. a read token for reads, a write token for writes)."""

    class MethodAuth:
        def get(self, case: Any, ctx: Any) -> dict[str, str]:
            return headers.get(case.method.upper(), {})

        def set(self, case: Any, data: dict[str, str], ctx: Any) -> None:
            case.headers = {**(case.headers or {}), **data}

    schema.auth()(MethodAuth)


def _run_one(
    sim: Any,
    settings: ContractRun,
    headers: dict[str, dict[str, str]],
    refused: dict[str, str],
    recorder: Recorder,
    verdict: Verdict,
    har: list[dict[str, Any]],
) -> int:
    """All phases (examples, coverage with negative data, fuzzing, stateful over links) and all
    default checks for one provider, with a progress line per operation and phase."""
    from ._contract import load_schema

    first = next(iter(headers.values()), {})
    schema = load_schema(
        sim,
        seed=settings.seed,
        max_examples=settings.max_examples,
        base_url=settings.base_url,
        headers=first,
        stateful=True,
        request_timeout=settings.timeout if settings.base_url else None,
    )
    if len({tuple(sorted(h.items())) for h in headers.values()}) > 1:
        _per_method_auth(schema, headers)
    skipped = _skips(sim, settings, refused)
    for op_id, why in skipped.items():
        print(f"  skip {op_id}: {why}")
        verdict.cases.append((f"{sim.provider}.{op_id}", "skipped", why))
    if skipped:
        schema = schema.exclude(operation_id=list(skipped))
    errors, transport = _execute(
        sim, schema, len(sim.index.operations) - len(skipped), recorder, har
    )
    for problem, count in sorted(transport.items()):
        line = f"{problem} to {settings.base_url or sim.base_url} on {count} calls"
        print(f"  {line}")
        verdict.problems.append(f"{sim.provider}: {line}")
    for op_id in [*sim.index.operations, "(links)", "(engine)"]:
        if op_id in skipped:
            continue
        found = errors.get(op_id)
        if found or op_id in sim.index.operations:
            verdict.cases.append(
                (f"{sim.provider}.{op_id}", "contract", "\n\n".join(found) if found else None)
            )
    if errors.get("(engine)"):
        recorder.record_stateful(sim.provider, "(engine)", "engine", False)
    return sum(len(v) for v in errors.values())


def _execute(
    sim: Any, schema: Any, operations: int, recorder: Recorder, har: list[dict[str, Any]]
) -> tuple[dict[str, list[str]], Counter[str]]:
    """Drive schemathesis' engine: (failure texts per operation, transport problems counted)."""
    from schemathesis import engine
    from schemathesis.engine import Status, events

    errors: dict[str, list[str]] = {}
    transport: Counter[str] = Counter()
    links: dict[str, Any] = {"calls": 0, "failed": 0, "codes": set()}
    done, total = 0, 3 * operations  # examples, coverage and fuzzing each visit every operation
    for event in engine.from_schema(schema).execute():
        if isinstance(event, events.FatalError):
            print(f"  error: {event.exception}", flush=True)
            errors.setdefault("(engine)", []).append(str(event.exception))
            continue
        if isinstance(event, events.NonFatalError):
            op_id = _operation_id(sim, event.label)
            problem = problem_of(event.value)
            if problem:
                transport[problem] += 1
                recorder.record_stateful(sim.provider, op_id, "server_reachable", False)
            errors.setdefault(op_id, []).append(problem or event.info.message)
            continue
        if not isinstance(event, events.ScenarioFinished) or event.status == Status.SKIP:
            continue
        stateful = event.phase.value == "stateful"
        op_id = "(links)" if stateful else _operation_id(sim, event.label or "")
        statuses = _interactions(sim, event, op_id, recorder, har)
        failed = _checks(sim, event, op_id, recorder, errors)
        if stateful:  # many short scenarios: one summary line at the end
            recorder.calls[(sim.provider, op_id)] += len(statuses)
            recorder.statuses[(sim.provider, op_id)].update(statuses)
            links["calls"] += len(statuses)
            links["failed"] += failed
            links["codes"].update(statuses)
            continue
        done += 1
        codes = ",".join(str(c) for c in sorted(set(statuses))) or "-"
        print(
            f"  [{done:>2}/{total}] {event.phase.value:<9} {op_id:<28} {len(statuses):>4} calls  "
            f"{codes:<20} {'FAIL' if failed else 'ok'}",
            flush=True,
        )
    if links["calls"]:
        codes = ",".join(str(c) for c in sorted(links["codes"]))
        print(
            f"  [links]  stateful  {'(links)':<28} {links['calls']:>4} calls  {codes:<20} "
            f"{'FAIL' if links['failed'] else 'ok'}",
            flush=True,
        )
    return errors, transport


def _interactions(
    sim: Any, event: Any, op_id: str, recorder: Recorder, har: list[dict[str, Any]]
) -> list[int]:
    statuses = []
    for interaction in event.recorder.interactions.values():
        response = interaction.response
        label = op_id
        if op_id == "(links)" or label == event.label:
            method = interaction.request.method.upper()
            path = urllib.parse.urlsplit(interaction.request.uri).path
            routed = sim.operation_for(method, path)
            label = routed.operation_id if routed else f"{method} {path}"
        recorder.calls[(sim.provider, label)] += 1
        if response is not None:
            recorder.statuses[(sim.provider, label)].add(response.status_code)
            statuses.append(response.status_code)
        har.append(har_entry(interaction))
    return statuses


def _checks(
    sim: Any, event: Any, op_id: str, recorder: Recorder, errors: dict[str, list[str]]
) -> int:
    from schemathesis.engine import Status

    failed = 0
    for nodes in event.recorder.checks.values():
        for node in nodes:
            ok = node.status == Status.SUCCESS
            recorder.record_stateful(sim.provider, op_id, node.name, ok)
            if not ok and node.failure_info is not None:
                failed += 1
                failure = node.failure_info.failure
                errors.setdefault(op_id, []).append(
                    f"{node.name}: {failure.title}\n{failure.message}\n"
                    f"{node.failure_info.code_sample}"
                )
    return failed


__all__ = ["Case", "ContractRun", "CredentialsMissing", "problem_of", "run"]
