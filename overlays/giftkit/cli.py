"""`giftkit serve | contract | providers`: run a simulator, contract-check a server."""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import re
import socket
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="giftkit", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run a provider simulator over HTTP")
    serve.add_argument("provider")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 = an ephemeral port")
    serve.add_argument("--fixtures", action="store_true", help="print test credentials")
    serve.add_argument("--seed", type=int, default=0)
    serve.add_argument("--faults", help="fault rates, e.g. reset_after=0.05,status_503=0.02")
    serve.add_argument("--rate-limit", type=int, help="answer 429 above N calls per second")

    contract = sub.add_parser("contract", help="schemathesis contract checks against a server")
    contract.add_argument("provider", help="a provider key, or `all`")
    contract.add_argument("--base-url", help="server to test (default: the bundled simulator)")
    contract.add_argument("--max-examples", type=int, default=None)
    contract.add_argument("--seed", type=int, default=None)
    contract.add_argument(
        "--report", help="JUnit XML report file (a .md summary is written next to it)"
    )
    contract.add_argument(
        "--allow-live-writes",
        action="store_true",
        help="run value-creating operations against a non-sandbox server",
    )

    sub.add_parser("providers", help="list the providers that have a simulator")
    from giftkit.bulk._cli import add_commands

    bulk_commands = add_commands(sub)  # issue, reconcile, status
    args = parser.parse_args(argv)
    if args.command in bulk_commands:
        return bulk_commands[args.command](args)
    if args.command == "serve":
        return _serve(args)
    if args.command == "contract":
        return _contract(args)
    from giftkit.testing import providers

    print("\n".join(providers()))
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:
        print("giftkit serve needs uvicorn: pip install 'giftkit[serve]'", file=sys.stderr)
        return 2
    from giftkit.testing import WallClock, simulator
    from giftkit.testing._serve import ServeApp, parse_faults

    sim = simulator(args.provider, seed=args.seed, clock=WallClock())
    try:
        app = ServeApp(sim, faults=parse_faults(args.faults), rate_limit=args.rate_limit)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    base_url = f"http://{host}:{port}{sim.index.base_path}"
    sim.base_url = base_url
    print(f"giftkit {args.provider} simulator at {base_url}", flush=True)
    if args.fixtures:
        from giftkit.testing._contract import auth_headers

        for key, value in sim.fixtures.items():
            print(f"  {key}: {value}", flush=True)
        for name, value in auth_headers(sim).items():
            print(f"  header {name}: {value}", flush=True)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


def _is_loopback(base_url: str) -> bool:
    host = urllib.parse.urlsplit(base_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _sandbox_hosts(spec: dict[str, Any]) -> set[str]:
    """Hosts only sandbox servers use. A host a live server shares (e.g. a provider whose
    environment is chosen by the keys, not the host) never counts as a sandbox."""
    hosts: dict[str, set[str]] = {"sandbox": set(), "live": set()}
    for server in spec.get("servers") or []:
        urls = {server.get("url", "")}
        for name, var in (server.get("variables") or {}).items():
            values = [str(v) for v in var.get("enum") or [var.get("default", "")]]
            urls = {u.replace("{" + name + "}", v) for u in urls for v in values}
        kind = "sandbox" if server.get("x-environment") == "sandbox" else "live"
        hosts[kind] |= {urllib.parse.urlsplit(u).hostname or "" for u in urls}
    return hosts["sandbox"] - hosts["live"] - {""}


def _contract(args: argparse.Namespace) -> int:
    import os

    from giftkit.testing import providers, simulator
    from giftkit.testing._contract import (
        MAX_EXAMPLES,
        SEED,
        Recorder,
        auth_headers,
        mask,
        secrets_of,
    )

    names = providers() if args.provider == "all" else [args.provider]
    unknown = [n for n in names if n not in providers()]
    if unknown:
        print(
            f"no simulator for {', '.join(unknown)}; have {', '.join(providers())}", file=sys.stderr
        )
        return 2
    recorder = Recorder()
    junit: list[tuple[str, str, str | None]] = []
    har: list[dict[str, Any]] = []
    secrets: list[str] = []
    started = time.monotonic()
    seed = SEED if args.seed is None else args.seed
    max_examples = args.max_examples or MAX_EXAMPLES
    for name in names:
        # The bundled simulator knows the objects the spec's examples name, so every operation's
        # success path is reachable; against --base-url it only lends its spec and fixtures.
        sim = simulator(name, seed=0, examples=True)
        headers = auth_headers(sim)
        writes_allowed = True
        if args.base_url:
            headers = _env_headers(sim, os) or headers
            host = urllib.parse.urlsplit(args.base_url).hostname or ""
            writes_allowed = (
                _is_loopback(args.base_url)
                or host in _sandbox_hosts(sim.spec)
                or args.allow_live_writes
            )
        secrets += secrets_of(sim) + list(headers.values())
        failures = _run_one(
            sim,
            args,
            headers,
            recorder,
            writes_allowed,
            junit,
            har,
            seed=seed,
            max_examples=max_examples,
        )
        print(f"{name}: {'FAIL' if failures else 'pass'} ({failures} failing checks)", flush=True)
    for i, (case, check, message) in enumerate(junit):
        junit[i] = (case, check, mask(message, secrets) if message else None)
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
        f"\n{len(junit)} operations in {time.monotonic() - started:.1f}s "
        f"(seed {seed}, max examples {max_examples})"
    )
    if args.report:
        report = Path(args.report)
        _write_junit(report, junit)
        report.with_suffix(".md").write_text(recorder.markdown())
        _write_har(report.with_suffix(".har"), har, secrets, mask)
        print(f"reports: {report}, {report.with_suffix('.md')}, {report.with_suffix('.har')}")
    return 1 if recorder.failed else 0


def _env_headers(sim: Any, os: Any) -> dict[str, str]:
    """Credentials from GIFTKIT_<PROVIDER>_<SCHEME> environment variables, when set."""
    out: dict[str, str] = {}
    for name, scheme in sim.index.security_schemes.items():
        value = os.environ.get(f"GIFTKIT_{sim.provider.upper()}_{name.upper().replace('-', '_')}")
        if not value:
            continue
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            out.setdefault(scheme["name"], value)
        else:
            out.setdefault("Authorization", f"Bearer {value}")
    return out


def _operation_id(sim: Any, label: str) -> str:
    method, _, path = label.partition(" ")
    for op in sim.index.operations.values():
        if op.method == method.upper() and op.path == path:
            return str(op.operation_id)
    return label


def _run_one(
    sim: Any,
    args: argparse.Namespace,
    headers: dict[str, str],
    recorder: Any,
    writes_allowed: bool,
    junit: list[tuple[str, str, str | None]],
    har: list[dict[str, Any]],
    *,
    seed: int,
    max_examples: int,
) -> int:
    """All phases (examples, coverage with negative data, fuzzing, stateful over links) and all
    default checks for one provider, through schemathesis' engine, with a progress line per
    operation and phase."""
    from schemathesis import engine
    from schemathesis.engine import Status, events

    from giftkit.testing._contract import load_schema

    schema = load_schema(
        sim,
        seed=seed,
        max_examples=max_examples,
        base_url=args.base_url,
        headers=headers,
        stateful=True,
    )
    value_creating = set(getattr(sim, "value_creating", ()) or ())
    skipped = [
        op_id
        for op_id, op in sim.index.operations.items()
        if not writes_allowed and (op_id in value_creating or op.method != "GET")
    ]
    for op_id in skipped:
        print(
            f"  skip {op_id}: value-creating call refused against a live server "
            "(use --allow-live-writes)"
        )
        junit.append((f"{sim.provider}.{op_id}", "skipped", "live writes not allowed"))
    if skipped:
        schema = schema.exclude(operation_id=skipped)
    errors: dict[str, list[str]] = {}
    links: dict[str, Any] = {"calls": 0, "failed": 0, "codes": set()}
    done = 0
    # examples, coverage and fuzzing each visit every operation once
    total = 3 * (len(sim.index.operations) - len(skipped))
    for event in engine.from_schema(schema).execute():
        if isinstance(event, events.FatalError):
            print(f"  error: {event.exception}", flush=True)
            errors.setdefault("(engine)", []).append(str(event.exception))
            continue
        if isinstance(event, events.NonFatalError):
            errors.setdefault(_operation_id(sim, event.label), []).append(
                event.info.message if hasattr(event, "info") else str(event.value)
            )
            continue
        if not isinstance(event, events.ScenarioFinished) or event.status == Status.SKIP:
            continue
        phase = event.phase.value
        stateful = phase == "stateful"
        op_id = "(links)" if stateful else _operation_id(sim, event.label or "")
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
            har.append(_har_entry(interaction))
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
        if stateful:  # many short scenarios: one summary line at the end
            recorder.calls[(sim.provider, op_id)] += len(statuses)
            recorder.statuses[(sim.provider, op_id)].update(statuses)
            links["calls"] += len(statuses)
            links["failed"] += failed
            links["codes"].update(statuses)
            continue
        done += 1
        mark = "FAIL" if failed else "ok"
        codes = ",".join(str(c) for c in sorted(set(statuses))) or "-"
        print(
            f"  [{done:>2}/{total}] {phase:<9} {op_id:<28} {len(statuses):>4} calls  "
            f"{codes:<20} {mark}",
            flush=True,
        )
    if links["calls"]:
        codes = ",".join(str(c) for c in sorted(links["codes"]))
        print(
            f"  [links]  stateful  {'(links)':<28} {links['calls']:>4} calls  {codes:<20} "
            f"{'FAIL' if links['failed'] else 'ok'}",
            flush=True,
        )
    for op_id in sim.index.operations:
        if op_id in skipped:
            continue
        found = errors.get(op_id)
        junit.append((f"{sim.provider}.{op_id}", "contract", "\n\n".join(found) if found else None))
    if errors.get("(links)"):
        junit.append((f"{sim.provider}.(links)", "contract", "\n\n".join(errors["(links)"])))
    if errors.get("(engine)"):
        junit.append((f"{sim.provider}.(engine)", "contract", "\n\n".join(errors["(engine)"])))
        recorder.record_stateful(sim.provider, "(engine)", "engine", False)
    return sum(len(v) for v in errors.values())


def _har_entry(interaction: Any) -> dict[str, Any]:
    from datetime import UTC, datetime

    request, response = interaction.request, interaction.response
    body = request.body.decode("utf-8", "replace") if request.body is not None else None
    entry: dict[str, Any] = {
        "startedDateTime": datetime.fromtimestamp(interaction.timestamp, UTC).isoformat(),
        "time": round((response.elapsed if response is not None else 0) * 1000, 2),
        "request": {
            "method": request.method.upper(),
            "url": request.uri,
            "httpVersion": "HTTP/1.1",
            "headers": [{"name": k, "value": v[0]} for k, v in request.headers.items()],
            "queryString": [
                {"name": k, "value": v}
                for k, v in urllib.parse.parse_qsl(
                    urllib.parse.urlsplit(request.uri).query, keep_blank_values=True
                )
            ],
            "cookies": [],
            "headersSize": -1,
            "bodySize": request.body_size or 0,
        },
        "response": {
            "status": 0,
            "statusText": "",
            "httpVersion": "",
            "headers": [],
            "cookies": [],
            "content": {"size": 0, "mimeType": ""},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 0, "receive": 0},
    }
    if body is not None:
        entry["request"]["postData"] = {
            "mimeType": request.headers.get("Content-Type", [""])[0],
            "text": body,
        }
    if response is not None:
        text = response.text_lossy() if response.content is not None else ""
        entry["response"] = {
            "status": response.status_code,
            "statusText": response.message,
            "httpVersion": f"HTTP/{response.http_version}",
            "headers": [{"name": k, "value": v[0]} for k, v in response.headers.items()],
            "cookies": [],
            "content": {
                "size": response.body_size or 0,
                "mimeType": response.headers.get("content-type", [""])[0],
                "text": text,
            },
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": response.body_size or 0,
        }
        entry["timings"]["receive"] = entry["time"]
    return entry


def _write_har(path: Path, entries: list[dict[str, Any]], secrets: list[str], mask: Any) -> None:
    """A HAR 1.2 log of every call, with credentials and secret values masked."""
    import json
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        version = dist_version("giftkit")
    except PackageNotFoundError:
        version = "0"

    secret_header = re.compile(r"token|key|authorization|secret|pin|cookie", re.IGNORECASE)

    def clean(node: Any) -> Any:
        if isinstance(node, str):
            return mask(node, secrets)
        if isinstance(node, list):
            return [clean(item) for item in node]
        if isinstance(node, dict):
            if set(node) == {"name", "value"} and secret_header.search(str(node["name"])):
                return {"name": node["name"], "value": "***"}
            return {key: clean(value) for key, value in node.items()}
        return node

    log = {
        "log": {
            "version": "1.2",
            "creator": {"name": "giftkit contract", "version": version},
            "entries": [clean(entry) for entry in entries],
        }
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(log, indent=1, ensure_ascii=False) + "\n")


def _write_junit(path: Path, cases: list[tuple[str, str, str | None]]) -> None:
    from xml.sax.saxutils import escape, quoteattr

    failures = sum(1 for _, kind, msg in cases if msg and kind != "skipped")
    skipped = sum(1 for _, kind, _ in cases if kind == "skipped")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<testsuite name="giftkit-contract" tests="{len(cases)}" failures="{failures}" '
        f'skipped="{skipped}">',
    ]
    for name, kind, message in cases:
        lines.append(f'  <testcase classname="giftkit.contract" name={quoteattr(name)}>')
        if kind == "skipped":
            lines.append(f"    <skipped message={quoteattr(message or '')}/>")
        elif message:
            lines.append(f'    <failure message="contract failure">{escape(message)}</failure>')
        lines.append("  </testcase>")
    lines.append("</testsuite>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
