"""`giftkit serve | contract | providers`: run a simulator, contract-check a server."""

from __future__ import annotations

import argparse
import ipaddress
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

    contract = sub.add_parser("contract", help="schemathesis contract checks against a server")
    contract.add_argument("provider", help="a provider key, or `all`")
    contract.add_argument("--base-url", help="server to test (default: the bundled simulator)")
    contract.add_argument("--max-examples", type=int, default=None)
    contract.add_argument("--seed", type=int, default=None)
    contract.add_argument("--report", help="JUnit XML report file (a .md summary is written next to it)")
    contract.add_argument("--allow-live-writes", action="store_true",
                          help="run value-creating operations against a non-sandbox server")

    sub.add_parser("providers", help="list the providers that have a simulator")
    args = parser.parse_args(argv)
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

    sim = simulator(args.provider, seed=args.seed, clock=WallClock())
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
    config = uvicorn.Config(sim.app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
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
    hosts = set()
    for server in spec.get("servers") or []:
        if server.get("x-environment") == "sandbox":
            url = server.get("url", "")
            for name, var in (server.get("variables") or {}).items():
                url = url.replace("{" + name + "}", str(var.get("default", "")))
            hosts.add(urllib.parse.urlsplit(url).hostname or "")
    return hosts - {""}


def _contract(args: argparse.Namespace) -> int:
    import os

    from giftkit.testing import providers, simulator
    from giftkit.testing._contract import MAX_EXAMPLES, SEED, Recorder, auth_headers, mask, \
        secrets_of

    names = providers() if args.provider == "all" else [args.provider]
    recorder = Recorder()
    junit: list[tuple[str, str, str | None]] = []
    started = time.monotonic()
    for name in names:
        sim = simulator(name, seed=0)
        headers = auth_headers(sim)
        writes_allowed = True
        if args.base_url:
            headers = _env_headers(sim, os) or headers
            host = urllib.parse.urlsplit(args.base_url).hostname or ""
            writes_allowed = (_is_loopback(args.base_url) or host in _sandbox_hosts(sim.spec)
                              or args.allow_live_writes)
        failures = _run_one(sim, args, headers, recorder, writes_allowed, junit,
                            seed=SEED if args.seed is None else args.seed,
                            max_examples=args.max_examples or MAX_EXAMPLES)
        secrets = secrets_of(sim) + list(headers.values())
        for i, (case, check, message) in enumerate(junit):
            junit[i] = (case, check, mask(message, secrets) if message else None)
        print(f"{name}: {'FAIL' if failures else 'pass'} ({failures} failing calls)", flush=True)
    print()
    print(recorder.summary_table())
    print(f"\n{len(junit)} operations in {time.monotonic() - started:.1f}s")
    if args.report:
        _write_junit(Path(args.report), junit)
        Path(args.report).with_suffix(".md").write_text(recorder.markdown())
        print(f"reports: {args.report}, {Path(args.report).with_suffix('.md')}")
    return 1 if recorder.failed else 0


def _env_headers(sim: Any, os: Any) -> dict[str, str]:
    """Credentials from GIFTKIT_<PROVIDER>_<SCHEME> environment variables, when set."""
    out: dict[str, str] = {}
    for name, scheme in sim.index.security_schemes.items():
        value = os.environ.get(f"GIFTKIT_{sim.provider.upper()}_{name.upper()}")
        if not value:
            continue
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            out[scheme["name"]] = value
        else:
            out["Authorization"] = f"Bearer {value}"
        break
    return out


def _run_one(sim: Any, args: argparse.Namespace, headers: dict[str, str], recorder: Any,
             writes_allowed: bool, junit: list[tuple[str, str, str | None]], *, seed: int,
             max_examples: int) -> int:
    """Run the schemathesis tests for one provider programmatically (hypothesis-driven)."""
    from hypothesis import HealthCheck, Phase, given, settings

    from giftkit.testing._contract import load_schema

    schema = load_schema(sim, seed=seed, max_examples=max_examples, base_url=args.base_url,
                         headers=headers, recorder=recorder)
    value_creating = set(getattr(sim, "value_creating", ()) or ())
    failures = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        op_id = operation.definition.raw.get("operationId") or operation.label
        if not writes_allowed and (op_id in value_creating or operation.method.upper() != "GET"):
            print(f"  skip {op_id}: value-creating call refused against a live server "
                  "(use --allow-live-writes)")
            junit.append((f"{sim.provider}.{op_id}", "skipped", "live writes not allowed"))
            continue
        test = operation.as_strategy()
        errors: list[str] = []

        @settings(max_examples=max_examples, derandomize=True, database=None, deadline=None,
                  suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
        @given(case=test)
        def run(case: Any) -> None:
            try:
                case.call_and_validate()
            except Exception as exc:  # noqa: BLE001 - collected and reported
                errors.append(str(exc))

        run()
        failures += len(errors)
        junit.append((f"{sim.provider}.{op_id}", "contract", errors[0] if errors else None))
    return failures


def _write_junit(path: Path, cases: list[tuple[str, str, str | None]]) -> None:
    from xml.sax.saxutils import escape, quoteattr

    failures = sum(1 for _, kind, msg in cases if msg and kind != "skipped")
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<testsuite name="giftkit-contract" tests="{len(cases)}" failures="{failures}">']
    for name, kind, message in cases:
        lines.append(f"  <testcase classname=\"giftkit.contract\" name={quoteattr(name)}>")
        if kind == "skipped":
            lines.append(f"    <skipped message={quoteattr(message or '')}/>")
        elif message:
            lines.append(f"    <failure message=\"contract failure\">{escape(message)}</failure>")
        lines.append("  </testcase>")
    lines.append("</testsuite>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
