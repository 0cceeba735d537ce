"""Schemathesis glue shared by tests/contract, scripts/contract.py and `giftkit contract`.

One place decides how a provider is contract-tested: the seed, the phases, the credentials
sent, and the per-operation expectations a simulator declares (`contract_expectations`) where
a faithful provider legitimately rejects schema-valid data. Checks are never disabled.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._core import Simulator

SEED = 20240601
MAX_EXAMPLES = 25
DEEP_MAX_EXAMPLES = 200
PHASES = ("examples", "coverage", "fuzzing")


def run_settings() -> tuple[int | None, int]:
    """(seed, max_examples) for this run: fixed and small by default, random and deep with
    GIFTKIT_CONTRACT_DEEP=1 (what `make contract-deep` sets)."""
    import os

    if os.environ.get("GIFTKIT_CONTRACT_DEEP"):
        return None, int(os.environ.get("GIFTKIT_CONTRACT_MAX_EXAMPLES", DEEP_MAX_EXAMPLES))
    return SEED, int(os.environ.get("GIFTKIT_CONTRACT_MAX_EXAMPLES", MAX_EXAMPLES))


def auth_headers(sim: Simulator) -> dict[str, str]:
    """Headers carrying the simulator's valid credentials, per the spec's security.

    Every alternative requirement the fixtures can satisfy is sent (first one wins a header),
    so no credential a schema declares is left for the generator to invent.
    """
    credentials = sim.fixtures.get("credentials", {})
    schemes = sim.index.security_schemes
    headers: dict[str, str] = {}
    for requirement in sim.spec.get("security") or _any_op_security(sim):
        if not requirement or not all(credentials.get(name) for name in requirement):
            continue
        wanted: dict[str, str] = {}
        for name in requirement:
            scheme, value = schemes.get(name, {}), _first(credentials[name])
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                wanted[scheme["name"]] = value
            elif scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "basic":
                wanted["Authorization"] = f"Basic {value}"
            elif scheme.get("type") == "apiKey":
                continue  # query / cookie keys are not headers
            else:
                wanted["Authorization"] = f"Bearer {value}"
        if wanted and not set(wanted) & set(headers):
            headers.update(wanted)
    return headers


def env_auth_headers(
    sim: Simulator, base_url: str, env: Mapping[str, str] | None = None
) -> dict[str, dict[str, str] | str]:
    """Per HTTP method of the spec: the credential headers giftkit would send to `base_url`,
    from the credentials `connect()` reads (GIFTKIT_<PROVIDER>_<KEYWORD>, one resolver), or
    the ConfigurationError text naming what to set when a method's credentials are missing.
    Never the simulator's fixture keys: they are for the bundled simulator only."""
    from giftkit._connect import profile, resolve_auth
    from giftkit._errors import ConfigurationError

    methods = sorted({op.method for op in sim.index.operations.values()})
    try:
        _, auth = resolve_auth(profile(sim.provider), base_url, env=env)
    except ConfigurationError as exc:
        return dict.fromkeys(methods, str(exc))
    out: dict[str, dict[str, str] | str] = {}
    with httpx.Client(timeout=10.0) as client:  # sends a token request, for OAuth only
        for method in methods:
            try:
                out[method] = _headers_of(auth, httpx.Request(method, base_url), client)
            except ConfigurationError as exc:
                out[method] = str(exc)
    return out


def _headers_of(
    auth: httpx.Auth | None, request: httpx.Request, client: httpx.Client
) -> dict[str, str]:
    """The headers `auth` adds to `request` (an OAuth token request on the way is sent)."""
    if auth is None:
        return {}
    before = dict(request.headers)
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    while sent is not request:
        response = client.send(sent)
        response.read()
        sent = flow.send(response)
    # raw: the header names as the auth spelled them (schemathesis matches them case-sensitively)
    raw = {k.decode("latin-1"): v.decode("latin-1") for k, v in request.headers.raw}
    return {k: v for k, v in raw.items() if before.get(k.lower()) != v}


def _any_op_security(sim: Simulator) -> list[dict[str, list[str]]]:
    for op in sim.index.operations.values():
        if op.security:
            return op.security
    return []


def _first(value: Any) -> str:
    return str(value[0] if isinstance(value, list | tuple) else value)


def config_dict(
    sim_cls: type[Simulator],
    *,
    seed: int | None = SEED,
    max_examples: int = MAX_EXAMPLES,
    headers: dict[str, str] | None = None,
    stateful: bool = False,
    base_url: str | None = None,
    request_timeout: float | None = None,
) -> dict[str, Any]:
    operations = [
        {
            "include-operation-id": op_id,
            "checks": {
                check: {"expected-statuses": statuses} for check, statuses in checks.items()
            },
        }
        for op_id, checks in getattr(sim_cls, "contract_expectations", {}).items()
    ]
    data: dict[str, Any] = {
        "generation": {"max-examples": max_examples, "deterministic": seed is not None},
        "phases": {
            "examples": {"enabled": True, "fill-missing": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": stateful},
        },
        "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
    }
    if seed is not None:
        data["seed"] = seed
    # Fixed values for parameters a simulator pins (e.g. an API version header) in the phases
    # that need it (schemathesis' stateful runner drops explicit headers when they are set).
    pinned = getattr(sim_cls, "contract_parameters", None)
    if pinned and not stateful:
        data["parameters"] = dict(pinned)
    if headers:
        data["headers"] = headers
    if operations:
        data["operations"] = operations
    if base_url:
        data["base-url"] = base_url
    if request_timeout:
        data["request-timeout"] = request_timeout
    return data


def load_schema(
    sim: Simulator,
    *,
    seed: int | None = SEED,
    max_examples: int = MAX_EXAMPLES,
    base_url: str | None = None,
    headers: dict[str, str] | None = None,
    stateful: bool = False,
    recorder: Recorder | None = None,
    request_timeout: float | None = None,
) -> Any:
    """A schemathesis schema of the simulator's spec, wired to the simulator in-process
    (or to `base_url` when given)."""
    import schemathesis
    from schemathesis.config import SchemathesisConfig

    cfg = SchemathesisConfig.from_dict(
        config_dict(
            type(sim),
            seed=seed,
            max_examples=max_examples,
            headers=headers if headers is not None else auth_headers(sim),
            stateful=stateful,
            base_url=base_url,
            request_timeout=request_timeout,
        )
    )
    schema = schemathesis.openapi.from_dict(sim.spec, config=cfg)
    if base_url is None:
        schema.app = sim.app
    if stateful:
        _explicit_auth(schema, headers if headers is not None else auth_headers(sim))
    if recorder is not None:
        recorder.attach(schema, sim.provider)
    return schema


def _explicit_auth(schema: Any, headers: dict[str, str]) -> None:
    """Send the credentials as schemathesis auth: its stateful runner loses configured headers
    for operations that declare header parameters of their own (e.g. an API version header),
    and would then take the credentials for generated ones."""
    if not headers:
        return

    class SimulatorAuth:
        def get(self, case: Any, ctx: Any) -> dict[str, str]:
            return headers

        def set(self, case: Any, data: dict[str, str], ctx: Any) -> None:
            case.headers = {**(case.headers or {}), **data}

    schema.auth()(SimulatorAuth)


@dataclass
class Tally:
    passed: int = 0
    failed: int = 0

    @property
    def result(self) -> str:
        if self.failed:
            return f"FAIL {self.failed}/{self.passed + self.failed}"
        return f"ok {self.passed}"


@dataclass
class Recorder:
    """Collects operation x check x result via schemathesis' `after_validate` hook."""

    results: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    calls: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    statuses: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))
    started: float = field(default_factory=time.monotonic)

    def attach(self, schema: Any, provider: str) -> None:
        recorder = self

        def after_validate(context: Any, case: Any, response: Any, results: list[Any]) -> None:
            label = _label(case)
            recorder.calls[(provider, label)] += 1
            recorder.statuses[(provider, label)].add(response.status_code)
            for result in results:
                tally = recorder.results[(provider, label, result.name)]
                if str(getattr(result.status, "name", result.status)).upper() == "SUCCESS":
                    tally.passed += 1
                else:
                    tally.failed += 1

        after_validate.__name__ = "after_validate"
        schema.hook(after_validate)

    def record_stateful(self, provider: str, label: str, check: str, ok: bool) -> None:
        tally = self.results[(provider, label, check)]
        if ok:
            tally.passed += 1
        else:
            tally.failed += 1

    @property
    def failed(self) -> bool:
        return any(t.failed for t in self.results.values())

    def operations(self) -> list[tuple[str, str]]:
        return sorted({(p, op) for p, op, _ in self.results})

    def checks(self) -> list[str]:
        return sorted({c for _, _, c in self.results})

    def summary_rows(self) -> list[tuple[str, str, int, str, str]]:
        rows = []
        for provider, op in self.operations():
            tallies = [(c, t) for (p, o, c), t in self.results.items() if (p, o) == (provider, op)]
            bad = [f"{c} {t.failed}" for c, t in tallies if t.failed]
            statuses = ",".join(str(s) for s in sorted(self.statuses.get((provider, op), ())))
            rows.append(
                (
                    provider,
                    op,
                    self.calls.get((provider, op), 0),
                    statuses,
                    "FAIL: " + "; ".join(bad) if bad else "pass",
                )
            )
        return rows

    def summary_table(self) -> str:
        lines = [_row(["provider", "operation", "calls", "statuses", "result"]), _row(["---"] * 5)]
        lines += [_row([p, o, str(n), s, r]) for p, o, n, s, r in self.summary_rows()]
        return "\n".join(lines)

    def coverage_table(self) -> str:
        checks = self.checks()
        lines = [_row(["provider", "operation", *(_short(c) for c in checks)])]
        lines.append(_row(["---"] * (2 + len(checks))))
        for provider, op in self.operations():
            cells = []
            for check in checks:
                tally = self.results.get((provider, op, check))
                cells.append("-" if tally is None else tally.result)
            lines.append(_row([provider, op, *cells]))
        legend = "\n".join(f"- `{_short(c)}` = {c}" for c in checks) or "(no checks ran)"
        return "\n".join(lines) + "\n\nChecks:\n" + legend

    def markdown(self, title: str = "Contract coverage") -> str:
        return (
            f"# {title}\n\n{self.summary_table()}\n\n## Operation x check x result\n\n"
            f"{self.coverage_table()}\n"
        )


def _row(cells: list[str]) -> str:
    """A Markdown table row; a `|` inside a cell is escaped so the columns stay aligned."""
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _short(check: str) -> str:
    return "".join(part[0] for part in check.split("_")).upper()


def _label(case: Any) -> str:
    op = case.operation
    op_id = (op.definition.raw or {}).get("operationId") if hasattr(op, "definition") else None
    return op_id or f"{case.method} {op.path}"


def mask(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return re.sub(
        r"(?i)(authorization|api[-_]?key|token|pin)(['\"]?\s*[:=]\s*['\"]?)"
        r"(?:Bearer\s+)?[^\s'\",}]+",
        r"\1\2***",
        text,
    )


def secrets_of(sim: Simulator) -> list[str]:
    found: list[str] = []
    for values in sim.fixtures.get("credentials", {}).values():
        found += [str(v) for v in (values if isinstance(values, list | tuple) else [values])]
    return found


# The recorder a pytest session shares between its test modules and its terminal summary.
SESSION_RECORDER = Recorder()
