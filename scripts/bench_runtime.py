"""Runtime benchmarks of giftkit, registered into scripts/bench.py's SECTIONS.

- per-call cost of giftkit over the bare generated client, both on an httpx.MockTransport;
- end to end on loopback, client and a canned-answer server pinned to one core: raw httpx
  (`response.json()`), the bare generated client and giftkit on the same request;
Both for every provider in the registry: small GET, nested create, 50-item list, error answer.
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
import socket
import statistics
import subprocess
import sys
import time
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from speclib import media_examples

ROOT = Path(__file__).resolve().parent.parent
LIST_ITEMS = 50  # the list answer: the spec example's first item, repeated
# Statuses a client treats specially (auth; rate limit, which is retried) are not the benchmarked
# "error answer"; a documented client error with an example body is.
ERROR_PREFERENCE = (404, 422, 400, 409)
MOCK_BASE = "https://bench.test"
BENCH_HEADER = "x-bench"


class FixedClock:
    """2023-11-14, a day on which every spec example is valid, including documented windows
    relative to today (as the overlay tests' clock); giftkit never sleeps here."""

    def now(self) -> float:
        return 1_700_000_000.0

    def sleep(self, seconds: float) -> None:
        raise RuntimeError("a benchmarked call asked to wait (a retry): not a clean measurement")

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


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


def ratio(a: list[float], b: list[float]) -> float:
    """Median of the per-sample ratios (each pair measured back to back)."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


# --- the benchmarked operations, chosen from every spec -------------------------------------------------


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
    kind: str  # small GET | nested create | 50-item list | error answer
    op_id: str
    method: str
    module: Any  # the generated api module
    kwargs: dict[str, Any]  # for module.sync_detailed, besides client
    status: int
    body: bytes  # the canned answer (the spec example)
    request_json: Any  # the JSON request body, or None
    path: str = ""  # the request path (and query) giftkit sends, learnt from one mocked call
    headers: dict[str, str] | None = None  # the request headers giftkit sends (auth included)

    @property
    def key(self) -> str:
        """The loopback server's name for this operation's answer (sent as `x-bench`)."""
        return f"{self.provider}-{self.op_id}-{self.status}"

    @property
    def label(self) -> str:
        return f"{self.provider} {self.kind}: {self.op_id}"

    @property
    def is_error(self) -> bool:
        return self.status >= 400

    def call(self, client: Any) -> Any:
        try:
            return self.module.sync_detailed(client=client, **self.kwargs)
        except Exception as exc:  # the error answer: both clients raise
            if self.is_error and getattr(exc, "status_code", None) == self.status:
                return exc
            raise


def _parameter_value(param: Mapping[str, Any], hint: Any) -> Any:
    schema = param.get("schema") or {}
    for example in (param.get("example"), *(schema.get("examples") or ())):
        if example is not None:
            return example
    return 1 if hint is int else "BENCH-1"


def _operation(provider: str, kind: str, method: str, op: Any) -> Operation | None:
    from giftkit._connect import profile
    from speclib import resolve

    spec = dict(profile(provider).load_spec())
    module = importlib.import_module(
        f"{provider}_client.api.{snake_case(op['tags'][0])}.{snake_case(op['operationId'])}"
    )
    hints = typing.get_type_hints(module.sync_detailed)
    params = {
        snake_case(resolve(spec, p)["name"]): resolve(spec, p) for p in op.get("parameters", [])
    }
    kwargs: dict[str, Any] = {}
    request_json = None
    for name, param in inspect.signature(module.sync_detailed).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            request_json = media_examples(spec, op["requestBody"])[0]
            kwargs["body"] = _build(hints[name], request_json)
        else:
            kwargs[name] = _parameter_value(params.get(name, {}), hints[name])
    answers = {int(s): r for s, r in op["responses"].items() if s.isdigit()}
    if kind == "error answer":
        found = [(s, media_examples(spec, answers[s])) for s in ERROR_PREFERENCE if s in answers]
        found = [(s, e) for s, e in found if e]
        if not found:
            return None
        status, answer = found[0][0], found[0][1][0]
    else:
        status = min(s for s in answers if 200 <= s < 300)
        examples = media_examples(spec, answers[status])
        if not examples:
            return None
        answer = examples[0]
        if kind == "50-item list":
            answer = [answer[0]] * LIST_ITEMS
    return Operation(
        provider,
        kind,
        op["operationId"],
        method.upper(),
        module,
        kwargs,
        status,
        json.dumps(answer).encode(),
        request_json,
    )


def _success_example(spec: Any, op: Any) -> Any:
    answers = [r for s, r in op["responses"].items() if s.isdigit() and 200 <= int(s) < 300]
    examples = media_examples(spec, answers[0]) if answers else []
    return examples[0] if examples else None


def benchmarked_operations() -> list[Operation]:
    """Per provider (from the registry), the first operation of each kind in its spec: a GET
    answering an object (small GET), a POST with a JSON body (nested create), a GET answering an
    array (the list, its example item repeated 50 times), and a documented client error with an
    example body of the small GET, else of the create (error answer)."""
    from giftkit._connect import profile, provider_names

    ops: list[Operation] = []
    for provider in provider_names():
        spec = dict(profile(provider).load_spec())
        chosen: dict[str, tuple[str, Any]] = {}
        for item in spec["paths"].values():
            for method, op in item.items():
                if not isinstance(op, Mapping) or "operationId" not in op:
                    continue
                example = _success_example(spec, op)
                if method == "get" and isinstance(example, dict):
                    chosen.setdefault("small GET", (method, op))
                elif method == "post" and "requestBody" in op and isinstance(example, dict):
                    chosen.setdefault("nested create", (method, op))
                elif method == "get" and isinstance(example, list) and example:
                    chosen.setdefault("50-item list", (method, op))
        error_source = chosen.get("small GET") or chosen.get("nested create")
        if error_source:
            chosen["error answer"] = error_source
        for kind in ("small GET", "nested create", "50-item list", "error answer"):
            if kind in chosen:
                built = _operation(provider, kind, *chosen[kind])
                if built is not None:
                    ops.append(built)
    return ops


@cache
def credentials(provider: str) -> dict[str, Any]:
    """Placeholder values for the profile's options without a default (no real provider is
    called): every non-secret one and the fewest secrets, in profile order, connect accepts."""
    import giftkit
    from giftkit._connect import profile

    options = [o for o in profile(provider).options if o.default is None and o.kind is str]
    secrets = [o.name for o in options if o.secret]
    plain = {o.name: f"bench-{o.name}" for o in options if not o.secret}
    for count in range(1, len(secrets) + 1):
        given = {**plain, **{name: f"bench-{name}-0001" for name in secrets[:count]}}
        try:
            giftkit.connect(provider, base_url=MOCK_BASE, clock=FixedClock(), **given)
        except giftkit.ConfigurationError:
            continue
        return given
    raise RuntimeError(f"{provider}: no placeholder credentials satisfy connect()")


def _answer(op: Operation) -> Callable[[Any], Any]:
    import httpx

    headers = [("content-type", "application/json"), ("content-length", str(len(op.body)))]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(op.status, headers=headers, content=op.body)

    return handler


def _giftkit_client(op: Operation, base_url: str, transport: Any = None) -> Any:
    import giftkit

    return giftkit.connect(
        op.provider,
        base_url=base_url,
        transport=transport,
        headers={BENCH_HEADER: op.key},
        clock=FixedClock(),
        **credentials(op.provider),
    )


def learn_request(op: Operation) -> None:
    """The path and headers giftkit sends for `op`, from one call on a MockTransport: raw httpx
    and the bare client then send the same request."""
    import httpx

    seen: list[httpx.Request] = []
    answer = _answer(op)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    op.call(_giftkit_client(op, MOCK_BASE, httpx.MockTransport(handler)))
    request = seen[-1]
    op.path = request.url.raw_path.decode()
    skip = {"host", "content-length", "content-type", "accept-encoding", "connection", "user-agent"}
    op.headers = {k: v for k, v in request.headers.items() if k.lower() not in skip}


def _bare_client(op: Operation, base_url: str, transport: Any = None) -> Any:
    """The generated client as its README shows it, on a plain httpx.Client with the headers
    giftkit sends (auth) as default headers."""
    import httpx

    client_module = importlib.import_module(f"{op.provider}_client.client")
    client = client_module.Client(base_url=base_url)
    client.set_httpx_client(
        httpx.Client(base_url=base_url, headers=op.headers, transport=transport)
    )
    return client


def _check(op: Operation, response: Any) -> None:
    if op.is_error:
        if not isinstance(response, Exception) or response.status_code != op.status:  # type: ignore[attr-defined]
            raise RuntimeError(f"{op.label}: expected an error {op.status}, got {response!r}")
        return
    if response.status_code != op.status or response.parsed is None:
        raise RuntimeError(f"{op.label}: expected a parsed {op.status}, got {response.status_code}")


# --- 1. per-call overhead on a MockTransport --------------------------------------------------------------

OVERHEAD_TARGET_US = 10.0


def overhead(repeat: int) -> str:
    """giftkit's per-call cost over the bare generated client, same operation, same canned answer."""
    import httpx

    samples = max(repeat * 3, 9)
    number = 1000
    rows = []
    for op in benchmarked_operations():
        learn_request(op)
        kit = _giftkit_client(op, MOCK_BASE, httpx.MockTransport(_answer(op)))
        bare = _bare_client(op, MOCK_BASE, httpx.MockTransport(_answer(op)))
        for client in (bare, kit):
            _check(op, op.call(client))
        got = interleaved(
            {
                "bare": lambda op=op, bare=bare: op.call(bare),
                "giftkit": lambda op=op, kit=kit: op.call(kit),
            },
            samples,
            number,
        )
        diff = [g - b for g, b in zip(got["giftkit"], got["bare"], strict=True)]
        rows.append((op, got["bare"], got["giftkit"], diff))
    worst = max(statistics.median(r[3]) for r in rows)
    lines = [
        "## Per-call cost of giftkit over the bare generated client (MockTransport)",
        "",
        "Same operation, same canned answer (the spec example; the list: its first item ×50; the "
        "error: the documented error example) on an `httpx.MockTransport`. bare = the generated "
        "client on a plain `httpx.Client(transport=MockTransport)` with the headers giftkit sends "
        "(auth) as default headers (`set_httpx_client`); giftkit = `giftkit.connect(..., "
        "transport=MockTransport)`. Operations: per provider from the registry, the first of each "
        f"kind in its spec. µs per call, {number} calls per sample, {samples} samples "
        "interleaved; differences are per sample.",
        "",
        "| operation | bare | giftkit | giftkit − bare | target |",
        "|---|---|---|---|---|",
    ]
    for op, b, g, d in rows:
        lines.append(
            f"| {op.label} | {fmt_us(b)} | {fmt_us(g)} | **{fmt_us(d)}** | ≤ {OVERHEAD_TARGET_US:g} µs |"
        )
    lines += [
        "",
        f"Worst median overhead: **{worst:.1f} µs per call** (target ≤ {OVERHEAD_TARGET_US:g} µs).",
        "",
    ]
    return "\n".join(lines)


# --- 2. end to end against a loopback server ---------------------------------------------------------------

BARE_TARGET = 1.03
LOOPBACK_TARGET = 1.05
# A canned-answer HTTP/1.1 server far cheaper than any client: an asyncio Protocol that finds the
# end of each request (headers + content-length) and writes the pre-encoded answer named by the
# request's `x-bench` header (every client sends it: the small GET and its error answer share a
# path). A subprocess, pinned to the client's core (see `same_core`).
_SERVER = r"""
import asyncio, json, socket, sys
routes = json.loads(sys.stdin.read())
def encode(status, body):
    body = body.encode()
    return (b"HTTP/1.1 %d X\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
            % (status, len(body))) + body
answers = {k.encode(): encode(*v) for k, v in routes.items()}
missing = b"HTTP/1.1 404 X\r\ncontent-length: 0\r\n\r\n"
class Canned(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport, self.buffer = transport, b""
    def data_received(self, data):
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            length, key = 0, b""
            for line in self.buffer[:end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"x-bench":
                    key = value.strip()
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length:]
            self.transport.write(answers.get(key, missing))
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
async def main():
    server = await asyncio.get_running_loop().create_server(Canned, sock=sock)
    await server.serve_forever()
asyncio.run(main())
"""


@contextlib.contextmanager
def loopback_server(ops: list[Operation]) -> Iterator[tuple[str, int]]:
    routes = {op.key: (op.status, op.body.decode()) for op in ops}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(routes))
        proc.stdin.close()
        port = int(proc.stdout.readline())
        deadline = time.monotonic() + 20
        while True:  # wait until the server accepts
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
def same_core(server_pid: int) -> Iterator[str]:
    """The server and this process on one core (Linux): a call is then the client's work plus
    the tiny server's, with no cross-core wake-up in it. Across two cores every call pays a
    wake-up of the other core (~160 µs on these machines), which hides the client's own cost."""
    import os

    if not hasattr(os, "sched_setaffinity"):
        yield "not pinned (needs Linux)"
        return
    before = os.sched_getaffinity(0)
    core = min(before)
    os.sched_setaffinity(server_pid, {core})
    os.sched_setaffinity(0, {core})
    try:
        yield f"client and server pinned to the same core ({core})"
    finally:
        os.sched_setaffinity(0, before)


def loopback(repeat: int) -> str:
    """raw httpx vs the bare generated client vs giftkit, same request, over TCP on one core."""
    import httpx

    samples = max(repeat * 5, 15)
    number = 200
    ops = benchmarked_operations()
    for op in ops:
        learn_request(op)
    rows = []
    with loopback_server(ops) as (base_url, server_pid), same_core(server_pid) as placement:
        for op in ops:
            raw = httpx.Client(base_url=base_url, headers=op.headers)
            kit = _giftkit_client(op, base_url)
            bare = _bare_client(op, base_url)

            def send_raw(op: Operation = op, raw: httpx.Client = raw) -> httpx.Response:
                if op.request_json is None:
                    response = raw.request(op.method, op.path)
                else:
                    response = raw.request(op.method, op.path, json=op.request_json)
                response.json()  # what a raw-httpx caller does with the body at the least
                return response

            if send_raw().status_code != op.status:
                raise RuntimeError(f"{op.label}: the loopback server did not answer {op.status}")
            _check(op, op.call(kit))
            _check(op, op.call(bare))
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

    lines = [
        "## End to end on loopback: bare generated client and giftkit vs raw httpx",
        "",
        "A canned-answer HTTP/1.1 server (an asyncio Protocol writing pre-encoded bytes chosen by "
        f"an `x-bench` header all three clients send, far cheaper than any client) on 127.0.0.1 in a subprocess; {placement}. "
        "raw = `httpx.Client.request` of the same request giftkit sends (path, query, auth "
        "headers, JSON body) plus `response.json()`; bare = the generated client on a plain "
        "`httpx.Client` with those headers (its typed models: `to_dict` of the body, `from_dict` of "
        "the answer; the error answer raises); giftkit = the generated client from "
        "`giftkit.connect(..., base_url=http://127.0.0.1:port)`. "
        f"µs per call, {number} calls per sample, {samples} samples interleaved; each ratio is the "
        "median of per-sample ratios.",
        "",
        "| operation | raw httpx | bare | giftkit | bare / raw | giftkit / raw | giftkit − bare |",
        "|---|---|---|---|---|---|---|",
    ]
    worst_bare = worst_kit = 0.0
    for op, r, b, g in rows:
        worst_bare = max(worst_bare, ratio(b, r))
        worst_kit = max(worst_kit, ratio(g, r))
        delta = statistics.median(x - y for x, y in zip(g, b, strict=True))
        lines.append(
            f"| {op.label} | {fmt_us(r)} | {fmt_us(b)} | {fmt_us(g)} | **{ratio(b, r):.3f}×** | "
            f"**{ratio(g, r):.3f}×** | {delta:.1f} µs |"
        )
    lines += [
        "",
        f"Worst bare / raw: **{worst_bare:.3f}×** (target ≤ {BARE_TARGET:g}×). "
        f"Worst giftkit / raw: **{worst_kit:.3f}×** (target ≤ {LOOPBACK_TARGET:g}×).",
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
