"""Runtime benchmarks of giftkit, registered into scripts/bench.py's SECTIONS.

- per-call cost of giftkit over the bare generated client, both on an httpx.MockTransport;
- end to end against a loopback HTTP server: giftkit vs raw httpx;
- `import giftkit` vs `import httpx` in fresh interpreters;
- contract calls/s: the in-process schemathesis run against each simulator vs a null app.

Each figure is a median over samples taken side by side (interleaved) in one process; the raw
samples are printed. Nothing here asserts a speed.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import inspect
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from speclib import media_examples

ROOT = Path(__file__).resolve().parent.parent
# Fixed credentials for the mocked / loopback runs (no real provider is ever called).
CREDENTIALS: dict[str, dict[str, Any]] = {
    "rebilly": {"api_key": "rb-APIKEY-bench-0003", "organization_id": "org-bench"},
    "voucherify": {"app_id": "vf-APPID-bench-0004", "app_token": "vf-APPTOKEN-bench-0005"},
}
AUTH_HEADERS: dict[str, dict[str, str]] = {
    "rebilly": {"REB-APIKEY": "rb-APIKEY-bench-0003"},
    "voucherify": {"X-App-Id": "vf-APPID-bench-0004", "X-App-Token": "vf-APPTOKEN-bench-0005"},
}
# (provider, operationId): a read and a create (POST with a JSON body) for two providers
OPERATIONS: tuple[tuple[str, str], ...] = (
    ("rebilly", "GetCoupon"),
    ("rebilly", "PostCoupon"),
    ("voucherify", "get-voucher"),
    ("voucherify", "import-vouchers"),
)


def fmt_us(samples: list[float]) -> str:
    return (
        f"{statistics.median(samples):.1f} µs (samples: {', '.join(f'{s:.1f}' for s in samples)})"
    )


def fmt_ms(samples: list[float]) -> str:
    return (
        f"{statistics.median(samples):.1f} ms (samples: {', '.join(f'{s:.1f}' for s in samples)})"
    )


def per_call_us(fn: Callable[[], object], number: int) -> float:
    """timeit-style: µs per call over `number` back-to-back calls, GC off as timeit does."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        return (time.perf_counter() - start) / number * 1e6
    finally:
        if enabled:
            gc.enable()


def interleaved(
    fns: Mapping[str, Callable[[], object]], samples: int, number: int
) -> dict[str, list[float]]:
    """Samples of µs per call, the candidates alternating so drift hits them alike."""
    for fn in fns.values():  # warm up: imports, compiled validators, connection pools
        for _ in range(max(10, number // 10)):
            fn()
    out: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(samples):
        for name, fn in fns.items():
            out[name].append(per_call_us(fn, number))
    return out


# --- operations from the spec examples ----------------------------------------------------------------


def _build(hint: Any, value: Any) -> Any:
    """A generated model (or list of them) from JSON, choosing the union member that round-trips."""
    if typing.get_origin(hint) is list:
        (inner,) = typing.get_args(hint)
        return [_build(inner, v) for v in value]
    candidates = [a for a in (typing.get_args(hint) or (hint,)) if hasattr(a, "from_dict")]
    fallback = None
    for cls in candidates:
        try:
            obj = cls.from_dict(value)
        except Exception:
            continue
        if obj.to_dict() == value:
            return obj
        fallback = fallback or obj
    return fallback if candidates else value


@dataclass
class Operation:
    provider: str
    op_id: str
    method: str
    path: str  # the template with its path parameters filled
    module: Any  # the generated api module
    kwargs: dict[str, Any]  # for module.sync_detailed, besides client
    status: int
    body: bytes  # the canned success body (the spec example)
    request_json: Any  # the JSON request body, or None

    @property
    def label(self) -> str:
        return f"{self.provider} {self.op_id} ({self.method})"

    def call(self, client: Any) -> Any:
        return self.module.sync_detailed(client=client, **self.kwargs)


def operation(provider: str, op_id: str) -> Operation:
    from giftkit._connect import profile

    spec = profile(provider).load_spec()
    for template, item in spec["paths"].items():  # noqa: B007 - template and method are used after the break
        for method, op in item.items():  # noqa: B007
            if isinstance(op, Mapping) and op.get("operationId") == op_id:
                break
        else:
            continue
        break
    else:
        raise LookupError(f"{provider} has no operation {op_id}")
    module = importlib.import_module(
        f"{provider}_client.api.{snake_case(op['tags'][0])}.{snake_case(op_id)}"
    )
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    request_json = None
    path = template
    for name, param in inspect.signature(module.sync_detailed).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            request_json = media_examples(spec, op["requestBody"])[0]
            kwargs["body"] = _build(hints[name], request_json)
        else:
            kwargs[name] = 1 if hints[name] is int else "BENCH-CODE-1"
    for name in re.findall(r"\{([^}/]+)\}", template):
        path = path.replace("{" + name + "}", str(kwargs[snake_case(name)]))
    status, response = next(
        (int(s), r) for s, r in op["responses"].items() if s.isdigit() and 200 <= int(s) < 300
    )
    body = json.dumps(media_examples(spec, response)[0]).encode()
    return Operation(
        provider, op_id, method.upper(), path, module, kwargs, status, body, request_json
    )


def _response_headers(op: Operation) -> list[tuple[str, str]]:
    return [("content-type", "application/json"), ("content-length", str(len(op.body)))]


def _mock(op: Operation) -> Any:
    import httpx

    headers = _response_headers(op)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(op.status, headers=headers, content=op.body)

    return httpx.MockTransport(handler)


def _bare_client(op: Operation, base_url: str, transport: Any = None) -> Any:
    """The generated client as its README shows it, on a plain httpx.Client."""
    import httpx

    client_module = importlib.import_module(f"{op.provider}_client.client")
    client = client_module.Client(base_url=base_url)
    client.set_httpx_client(
        httpx.Client(base_url=base_url, headers=AUTH_HEADERS[op.provider], transport=transport)
    )
    return client


def _giftkit_client(op: Operation, base_url: str | None, transport: Any = None) -> Any:
    import giftkit

    kwargs: dict[str, Any] = {**CREDENTIALS[op.provider]}
    if base_url is not None:
        kwargs["base_url"] = base_url
    if transport is not None:
        kwargs["transport"] = transport
    return giftkit.connect(op.provider, **kwargs)


def _check(op: Operation, response: Any) -> None:
    if response.status_code != op.status or response.parsed is None:
        raise RuntimeError(f"{op.label}: expected a parsed {op.status}, got {response.status_code}")


# --- 1. per-call overhead on a MockTransport --------------------------------------------------------------

OVERHEAD_TARGET_US = 15.0


def _with_httpx_cookie_jar(client: Any) -> Any:
    """A giftkit client whose httpx clients parse and keep cookies as plain httpx does: giftkit's
    rules alone, without the saving of its cookie-less clients."""
    import httpx

    client.get_httpx_client().__class__ = httpx.Client
    client.get_async_httpx_client().__class__ = httpx.AsyncClient
    return client


def overhead(repeat: int) -> str:
    """giftkit's per-call cost over the bare generated client, same operation, same canned response."""
    samples = max(repeat * 3, 9)
    number = 2000
    rows = []
    for provider, op_id in OPERATIONS:
        op = operation(provider, op_id)
        kit = _giftkit_client(op, None, _mock(op))
        rules = _with_httpx_cookie_jar(_giftkit_client(op, None, _mock(op)))
        # the same URL for both: the provider's base URL as giftkit resolves it
        bare = _bare_client(op, str(kit.get_httpx_client().base_url), _mock(op))
        for client in (bare, kit, rules):
            _check(op, op.call(client))
        got = interleaved(
            {
                "bare": lambda op=op, bare=bare: op.call(bare),
                "giftkit": lambda op=op, kit=kit: op.call(kit),
                "rules": lambda op=op, rules=rules: op.call(rules),
            },
            samples,
            number,
        )
        diff = [g - b for g, b in zip(got["giftkit"], got["bare"], strict=True)]
        rules_diff = [g - b for g, b in zip(got["rules"], got["bare"], strict=True)]
        rows.append((op, got["bare"], got["giftkit"], diff, rules_diff))
    worst = max(statistics.median(r[3]) for r in rows)
    lines = [
        "## Per-call cost of giftkit over the bare generated client",
        "",
        "Same operation, same canned success body (the spec example) on an `httpx.MockTransport`. "
        "bare = the generated client on a plain `httpx.Client(transport=MockTransport)` with the auth "
        "header as a default header (`set_httpx_client`) and the same base URL; giftkit = `giftkit.connect(..., "
        "transport=MockTransport)`: pre-flight validation of parameters and body, operation "
        "matching, auth, the retry loop, the check of the answer against the spec (which hands its "
        "parsed JSON to the generated parser, so the body is parsed once), and no cookie jar. "
        "The last column is giftkit with httpx's cookie handling put back: the cost of giftkit's "
        "rules alone. µs per call, "
        f"{number} calls per sample, {samples} samples interleaved; differences are per sample.",
        "",
        "| operation | bare | giftkit | giftkit − bare | target | rules alone (giftkit with httpx's cookie jar − bare) |",
        "|---|---|---|---|---|---|",
    ]
    for op, b, g, d, r in rows:
        lines.append(
            f"| {op.label} | {fmt_us(b)} | {fmt_us(g)} | **{fmt_us(d)}** | ≤ {OVERHEAD_TARGET_US:g} µs | {fmt_us(r)} |"
        )
    lines += [
        "",
        f"Worst median overhead: **{worst:.1f} µs per call** (target ≤ {OVERHEAD_TARGET_US:g} µs).",
        "",
    ]
    return "\n".join(lines)


# --- 2. end to end against a loopback server ---------------------------------------------------------------

LOOPBACK_TARGET = 1.05
# A minimal ASGI app answering each operation's canned success; run by uvicorn in a subprocess
# on an ephemeral port it binds itself and reports on stdout.
_SERVER = r"""
import json, socket, sys
import uvicorn
routes = {tuple(k.split(" ", 1)): v for k, v in json.loads(sys.stdin.read()).items()}
encoded = {k: (v[0], [(b"content-type", b"application/json"), (b"content-length", str(len(v[1])).encode())],
               v[1].encode()) for k, v in routes.items()}
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    status, headers, body = encoded.get((scope["method"], scope["path"]), (404, [(b"content-length", b"0")], b""))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # proto set: asyncio then sets TCP_NODELAY
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="error", access_log=False, lifespan="off")).run(sockets=[sock])
"""


@contextlib.contextmanager
def loopback_server(ops: list[Operation]) -> Iterator[tuple[str, int]]:
    routes = {f"{op.method} {op.path}": (op.status, op.body.decode()) for op in ops}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(routes))
        proc.stdin.close()
        port = int(proc.stdout.readline())
        deadline = time.monotonic() + 20
        while True:  # wait until uvicorn accepts
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def pinned(server_pid: int) -> Iterator[str]:
    """The server on one core and this process on another, when the machine has two or more
    (Linux): the client and the server then never compete for a core, which is most of the noise
    of a loopback measurement on a small machine."""
    import os

    if not hasattr(os, "sched_setaffinity") or (os.cpu_count() or 1) < 2:
        yield "not pinned (needs Linux and two cores)"
        return
    before = os.sched_getaffinity(0)
    cores = sorted(before)
    if len(cores) < 2:
        yield "not pinned (one core available)"
        return
    os.sched_setaffinity(server_pid, {cores[1]})
    os.sched_setaffinity(0, {cores[0]})
    try:
        yield f"client pinned to core {cores[0]}, server to core {cores[1]}"
    finally:
        os.sched_setaffinity(0, before)


def loopback(repeat: int) -> str:
    """giftkit's generated-client call vs raw httpx.Client.get/post of the same request, over TCP."""
    import httpx

    samples = max(repeat * 5, 15)
    number = 200
    ops = [operation(p, o) for p, o in OPERATIONS]
    rows = []
    with loopback_server(ops) as (base_url, server_pid), pinned(server_pid) as placement:
        for op in ops:
            raw = httpx.Client(base_url=base_url, headers=AUTH_HEADERS[op.provider])
            kit = _giftkit_client(op, base_url)
            bare = _bare_client(op, base_url)

            def send_raw(op: Operation = op, raw: httpx.Client = raw) -> httpx.Response:
                if op.method == "GET":
                    response = raw.get(op.path)
                else:
                    response = raw.request(op.method, op.path, json=op.request_json)
                response.json()  # what a raw-httpx caller does with the body at the least
                return response

            if send_raw().status_code != op.status:
                raise RuntimeError(f"{op.label}: the loopback server did not answer {op.status}")
            _check(op, op.call(kit))
            got = interleaved(
                {
                    "raw": send_raw,
                    "bare": lambda op=op, bare=bare: op.call(bare),
                    "giftkit": lambda op=op, kit=kit: op.call(kit),
                },
                samples,
                number,
            )
            raw.close()
            rows.append((op, got["raw"], got["bare"], got["giftkit"]))

    def ratio(a: list[float], b: list[float]) -> float:
        """Median of the per-sample ratios (each pair measured back to back)."""
        return statistics.median(x / y for x, y in zip(a, b, strict=True))

    lines = [
        "## End to end against a loopback server: giftkit vs raw httpx",
        "",
        "A minimal ASGI app under uvicorn on 127.0.0.1 (a subprocess, ephemeral port) answers each "
        f"operation's spec example; {placement}. raw = `httpx.Client.get/post` of the same request "
        "(auth header, JSON body) plus `response.json()`; bare = the generated client on a plain "
        "`httpx.Client` (its typed models: `to_dict` of the body, `from_dict` of the answer); "
        "giftkit = the generated client from `giftkit.connect(..., base_url=http://127.0.0.1:port)`. "
        f"µs per call, {number} calls per sample, {samples} samples interleaved; each ratio is the "
        "median of per-sample ratios.",
        "",
        "| operation | raw httpx | bare generated client | giftkit | bare / raw | giftkit / bare | giftkit / raw | target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    worst = 0.0
    worst_overlay = 0.0
    for op, r, b, g in rows:
        kit_raw = ratio(g, r)
        kit_bare = ratio(g, b)
        worst = max(worst, kit_raw)
        worst_overlay = max(worst_overlay, kit_bare)
        lines.append(
            f"| {op.label} | {fmt_us(r)} | {fmt_us(b)} | {fmt_us(g)} | {ratio(b, r):.3f}× | "
            f"{kit_bare:.3f}× | **{kit_raw:.3f}×** | ≤ {LOOPBACK_TARGET:g}× |"
        )
    lines += [
        "",
        f"Worst giftkit / raw httpx: **{worst:.3f}×** (target ≤ {LOOPBACK_TARGET:g}×). "
        f"Worst giftkit / bare generated client (what the overlay adds): {worst_overlay:.3f}×. "
        "The bare / raw column is the generated client's own cost (typed models), which giftkit "
        "does not change.",
        "",
    ]
    return "\n".join(lines)


# --- 3. import time ----------------------------------------------------------------------------------------

IMPORT_TARGET = 1.1
_IMPORT = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"


def import_time(repeat: int) -> str:
    """`import giftkit` vs `import httpx`, each in a fresh interpreter, alternating."""
    runs = max(repeat * 7, 21)
    got: dict[str, list[float]] = {"httpx": [], "giftkit": []}
    wall: dict[str, list[float]] = {"httpx": [], "giftkit": []}
    for name in got:  # warm the file-system cache and the bytecode
        subprocess.run(
            [sys.executable, "-c", _IMPORT.format(name)], check=True, capture_output=True
        )
    for _ in range(runs):
        for name in got:
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", _IMPORT.format(name)],
                check=True,
                capture_output=True,
                text=True,
            )
            wall[name].append((time.perf_counter() - start) * 1e3)
            got[name].append(float(out.stdout) * 1e3)
    ratio = statistics.median(got["giftkit"]) / statistics.median(got["httpx"])
    wall_ratio = statistics.median(wall["giftkit"]) / statistics.median(wall["httpx"])
    return "\n".join(
        [
            "## `import giftkit` vs `import httpx`",
            "",
            f"Each import in a fresh interpreter (`python -c`), {runs} runs each, alternating. "
            "import = the import statement timed inside the interpreter; process = the whole "
            "`python -c` run (interpreter start-up included).",
            "",
            "| measurement | httpx | giftkit | ratio giftkit / httpx | target |",
            "|---|---|---|---|---|",
            f"| import | {fmt_ms(got['httpx'])} | {fmt_ms(got['giftkit'])} | **{ratio:.3f}×** | ≤ {IMPORT_TARGET:g}× |",
            f"| process | {fmt_ms(wall['httpx'])} | {fmt_ms(wall['giftkit'])} | {wall_ratio:.3f}× | |",
            "",
        ]
    )


# --- 4. contract calls/s: simulators vs a null app --------------------------------------------------------

CONTRACT_TARGET = 0.80
# One pytest run of the in-process schemathesis suite for one provider, configured exactly as
# tests/contract/test_schemathesis.py (load_schema: seed, phases, examples, credentials,
# expectations), against the simulator or against a null app. A failing check is counted, not
# raised: the same cases are generated for both apps (hypothesis does not shrink either).
_CONTRACT_TEST = r"""
import json, os, time
import giftkit.testing as testing
from giftkit.testing._contract import load_schema, run_settings
from giftkit._spec import OperationTable

PROVIDER, TARGET, OUT = os.environ["BENCH_PROVIDER"], os.environ["BENCH_TARGET"], os.environ["BENCH_OUT"]
sim = testing.simulator(PROVIDER, seed=0, examples=True)
seed, max_examples = run_settings()
schema = load_schema(sim, seed=seed, max_examples=max_examples)


def _null_app(sim):
    table = OperationTable(sim.spec)
    canned = {}
    for op in table.operations:
        status = min(int(s) for s in op.responses if s.isdigit() and 200 <= int(s) < 300)
        raw = table.spec["paths"][op.template][op.method.lower()]["responses"][str(status)]
        raw = table.resolve(raw["$ref"]) if "$ref" in raw else raw
        body = b""
        for media, content in (raw.get("content") or {}).items():
            if "json" in media:
                examples = [table.resolve(e["$ref"]) if "$ref" in e else e for e in (content.get("examples") or {}).values()]
                value = next((e["value"] for e in examples if "value" in e), content.get("example"))
                body = json.dumps(value).encode()
        headers = [(b"content-length", str(len(body)).encode())]
        if body:
            headers.append((b"content-type", b"application/json"))
        canned[op.id] = (status, headers, body)

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        parts = scope["path"].split("/")
        op = None
        for start in range(1, len(parts)):  # the operation path after whatever server base path
            op = table.match(scope["method"], "/" + "/".join(parts[start:]))
            if op is not None:
                break
        status, headers, body = canned[op.id] if op else (404, [(b"content-length", b"0")], b"")
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


if TARGET == "null":
    schema.app = _null_app(sim)
STATS = {"calls": 0, "failed": 0, "seconds": 0.0, "requests": 0, "request_seconds": 0.0}

from schemathesis.generation.case import Case

_call = Case.call


def _timed_call(self, *args, **kwargs):  # the request through the app alone, checks excluded
    begun = time.perf_counter()
    try:
        return _call(self, *args, **kwargs)
    finally:
        STATS["requests"] += 1
        STATS["request_seconds"] += time.perf_counter() - begun


Case.call = _timed_call


@schema.parametrize()
def test_contract(case):
    started = time.perf_counter()
    STATS["calls"] += 1
    try:
        case.call_and_validate()
    except (Exception, BaseExceptionGroup):  # schemathesis' FailureGroup is a BaseExceptionGroup
        STATS["failed"] += 1
    STATS["seconds"] += time.perf_counter() - started


def teardown_module():
    with open(OUT, "w") as f:
        json.dump(STATS, f)
"""


def _contract_run(provider: str, target: str, work: Path) -> dict[str, float]:
    import os

    test = work / f"test_bench_contract_{target}.py"
    test.write_text(_CONTRACT_TEST)
    out = work / f"{provider}-{target}.json"
    env = {**os.environ, "BENCH_PROVIDER": provider, "BENCH_TARGET": target, "BENCH_OUT": str(out)}
    env.pop("GIFTKIT_CONTRACT_DEEP", None)
    env.pop("GIFTKIT_CONTRACT_MAX_EXAMPLES", None)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--no-header",
            "-o",
            "addopts=",
            "-W",
            "ignore::DeprecationWarning",
            "--rootdir",
            str(work),
            str(test),
        ],
        cwd=work,
        env=env,
        check=False,
        capture_output=True,
    )  # the null app fails checks
    if not out.exists():
        raise RuntimeError(f"contract bench run {provider}/{target} did not finish")
    stats = json.loads(out.read_text())
    out.unlink()
    stats["wall"] = time.perf_counter() - started
    return stats


def contract_rate(repeat: int) -> str:
    """Calls/s of the in-process schemathesis run: each simulator vs a null app, same cases."""
    import tempfile

    import giftkit.testing as testing

    samples = max(repeat, 3)
    rows = []
    with tempfile.TemporaryDirectory(prefix="giftkit-bench-contract-") as tmp:
        work = Path(tmp)
        for provider in testing.providers():
            rate: dict[str, list[float]] = {"simulator": [], "null": []}
            request_rate: dict[str, list[float]] = {"simulator": [], "null": []}
            stats: dict[str, dict[str, float]] = {}
            for _ in range(samples):
                for target in rate:
                    stats[target] = _contract_run(provider, target, work)
                    rate[target].append(stats[target]["calls"] / stats[target]["seconds"])
                    request_rate[target].append(
                        stats[target]["requests"] / stats[target]["request_seconds"]
                    )
            rows.append((provider, rate, request_rate, stats))
    lines = [
        "## Contract calls/s: simulators vs a null app",
        "",
        "The in-process schemathesis run of tests/contract/test_schemathesis.py (`load_schema`: same "
        "seed, phases, examples per operation, credentials and expectations), one pytest process per "
        "provider and app, against (a) the simulator and (b) a null ASGI app answering each "
        "operation's documented success example whatever the request. calls/s = calls / time inside "
        "`case.call_and_validate()` (generation by hypothesis excluded; checks included). Failed "
        "checks are counted, not raised, so both apps see the same cases; the null app fails the "
        f"negative-data checks by design, and wording those failures is part of its time. "
        "requests/s = the same runs timed inside `case.call()` only (the request through the app, "
        f"no checks). {samples} samples, alternating.",
        "",
        "| provider | calls (sim / null) | simulator calls/s | null app calls/s | simulator / null | target "
        "| requests/s: simulator / null app (ratio) |",
        "|---|---|---|---|---|---|---|",
    ]
    ratios = []
    for provider, rate, request_rate, stats in rows:
        ratio = statistics.median(rate["simulator"]) / statistics.median(rate["null"])
        ratios.append(ratio)
        sim_rate = f"{statistics.median(rate['simulator']):.0f} (samples: {', '.join(f'{r:.0f}' for r in rate['simulator'])})"
        null_rate = f"{statistics.median(rate['null']):.0f} (samples: {', '.join(f'{r:.0f}' for r in rate['null'])})"
        calls = f"{stats['simulator']['calls']:.0f} / {stats['null']['calls']:.0f}"
        req_sim, req_null = (
            statistics.median(request_rate["simulator"]),
            statistics.median(request_rate["null"]),
        )
        lines.append(
            f"| {provider} | {calls} | {sim_rate} | {null_rate} | {ratio:.0%} | ≥ {CONTRACT_TARGET:.0%} "
            f"| {req_sim:.0f} / {req_null:.0f} ({req_sim / req_null:.0%}) |"
        )
    lines += [
        "",
        f"Worst: **{min(ratios):.0%}** of the null app's rate (target ≥ {CONTRACT_TARGET:.0%}).",
        "",
    ]
    return "\n".join(lines)


SECTIONS: dict[str, Callable[[int], str]] = {
    "runtime-overhead": overhead,
    "runtime-loopback": loopback,
    "runtime-import": import_time,
    "runtime-contract": contract_rate,
}

if __name__ == "__main__":
    only = sys.argv[1:] or list(SECTIONS)
    for name in only:
        print(SECTIONS[name](3))
