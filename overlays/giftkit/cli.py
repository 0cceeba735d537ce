"""giftkit's command line: run a provider simulator, contract-check a server, list providers.

Bad input is one line on stderr and exit status 2, before anything runs; never a traceback.
A command is a function that adds its sub-parser (see SUBCOMMANDS); its parser sets `run`.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import socket
import sys
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from giftkit._version import VERSION

Subparsers = Any  # argparse's _SubParsersAction, private in typeshed
Subcommand = Callable[[Subparsers], None]


class UsageError(Exception):
    """Input the command cannot use: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message} (see {self.prog} --help)")


# -- argument types: each names the rule it checks -----------------------------------------


def simulated_providers() -> list[str]:
    from giftkit.testing import providers

    return providers()


def _provider(name: str, *, allow_all: bool = False) -> str:
    known = simulated_providers()
    if name in known or (allow_all and name == "all"):
        return name
    choices = [*known, "all"] if allow_all else known
    close = [n for n in choices if n == name.lower().replace("-", "_")]
    close = close or difflib.get_close_matches(name.lower(), choices, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise argparse.ArgumentTypeError(
        f"unknown provider {name!r}{hint} (choose from {', '.join(choices)})"
    )


def _port(text: str) -> int:
    port = _integer(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0..65535, got {port}")
    return port


def _positive_int(text: str) -> int:
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {text}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None


def _resolvable(host: str) -> str:
    try:
        socket.getaddrinfo(host.strip("[]"), None)
    except (socket.gaierror, UnicodeError):
        raise argparse.ArgumentTypeError(f"cannot resolve host {host!r}") from None
    return host


def _url(text: str) -> str:
    parts = urllib.parse.urlsplit(text)
    try:
        host, _ = parts.hostname, parts.port
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a URL ({exc}): {text!r}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise argparse.ArgumentTypeError(
            f"must be an http:// or https:// URL with a host, got {text!r}"
        )
    _resolvable(host)
    return text.rstrip("/")


def _provider_argument(parser: argparse.ArgumentParser, *, allow_all: bool) -> None:
    choices = [*simulated_providers(), *(["all"] if allow_all else [])]
    parser.add_argument(
        "provider",
        type=lambda name: _provider(name, allow_all=allow_all),
        metavar="provider",
        help=f"one of: {', '.join(choices)}" + (" (all: each in turn)" if allow_all else ""),
    )


# -- serve -------------------------------------------------------------------------------------


def add_serve(sub: Subparsers) -> None:
    serve = sub.add_parser("serve", help="run a provider simulator over HTTP on this machine")
    _provider_argument(serve, allow_all=False)
    serve.add_argument("--host", type=_resolvable, default="127.0.0.1", help="address to bind")
    serve.add_argument(
        "--port", type=_port, default=0, help="port to bind (default 0: an ephemeral port)"
    )
    serve.add_argument(
        "--fixtures",
        action="store_true",
        help="print the simulator's test credentials, also as GIFTKIT_ environment variables",
    )
    serve.add_argument("--seed", type=_integer, default=0, help="seed of the simulator's ids")
    serve.add_argument(
        "-v", "--verbose", action="store_true", help="log each request: operation, status, time"
    )
    serve.add_argument(
        "--faults",
        help="fault rates per request, e.g. reset_after=0.05,timeout=0.02,status_503=0.05",
    )
    serve.add_argument(
        "--rate-limit",
        type=_positive_int,
        help="answer 429 (with the provider's own headers) above N requests per second",
    )
    serve.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:
        raise UsageError("giftkit serve needs uvicorn: pip install 'giftkit[serve]'") from None
    from giftkit._connect import env_name
    from giftkit.testing import WallClock, simulator
    from giftkit.testing._serve import ServeApp, parse_faults

    sim = simulator(args.provider, seed=args.seed, clock=WallClock())
    try:
        served = ServeApp(sim, faults=parse_faults(args.faults), rate_limit=args.rate_limit)
    except ValueError as exc:
        raise UsageError(f"giftkit serve: --faults: {exc}") from None
    sock = _bind(args.host, args.port)
    host = f"[{args.host}]" if ":" in args.host else args.host
    sim.base_url = f"http://{host}:{sock.getsockname()[1]}{sim.index.base_path}"
    print(f"giftkit {args.provider} simulator at {sim.base_url}", flush=True)
    if args.fixtures:
        from giftkit.testing._contract import auth_headers

        for key, value in sim.fixtures.items():
            print(f"  {key}: {value}", flush=True)
        for name, value in auth_headers(sim).items():
            print(f"  header {name}: {value}", flush=True)
        print(f"  export {env_name(args.provider, 'base_url')}={sim.base_url}", flush=True)
        for keyword, value in sim.fixtures.get("connect", {}).items():
            print(f"  export {env_name(args.provider, keyword)}={value}", flush=True)
    app = RequestLog(sim, served) if args.verbose else served
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a listener still holds its port
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"giftkit serve: cannot listen on {host}:{port}: {exc.strerror}") from None
    return sock


class RequestLog:
    """ASGI middleware of `serve -v`: one stderr line per request, by operation and path
    template (never the concrete path: in some APIs it holds a gift code)."""

    def __init__(self, sim: Any, app: Any) -> None:
        self.sim, self.app = sim, app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.monotonic(), [0]

        async def record(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        await self.app(scope, receive, record)
        op = self.sim.operation_for(scope["method"], scope["path"])
        what = f"{op.operation_id} {op.path}" if op else "(no such operation)"
        took = (time.monotonic() - started) * 1000
        print(f"{scope['method']} {what} -> {status[0]} in {took:.0f} ms", file=sys.stderr)


# -- contract ----------------------------------------------------------------------------------


def add_contract(sub: Subparsers) -> None:
    contract = sub.add_parser(
        "contract", help="schemathesis contract checks against a simulator or a server"
    )
    _provider_argument(contract, allow_all=True)
    contract.add_argument(
        "--base-url",
        type=_url,
        help="server to test (default: the bundled simulator, in process); credentials come "
        "from the GIFTKIT_<PROVIDER>_<KEYWORD> variables connect() reads",
    )
    contract.add_argument(
        "--max-examples", type=_positive_int, help="examples per operation and phase (default 25)"
    )
    contract.add_argument("--seed", type=_integer, help="Hypothesis seed (default: fixed)")
    contract.add_argument(
        "--timeout",
        type=_positive_float,
        default=10.0,
        help="seconds the server may take to answer one call (default 10)",
    )
    contract.add_argument(
        "--report",
        help="JUnit XML report file (a .md summary and a .har log are written next to it)",
    )
    contract.add_argument(
        "--allow-live-writes",
        action="store_true",
        help="run value-creating operations against a non-sandbox server",
    )
    contract.set_defaults(run=_contract)


def _contract(args: argparse.Namespace) -> int:
    try:
        import schemathesis  # noqa: F401
    except ImportError:
        raise UsageError(
            "giftkit contract needs schemathesis: pip install 'giftkit[contract]'"
        ) from None
    from giftkit.testing._contract import MAX_EXAMPLES, SEED
    from giftkit.testing._contract_run import ContractRun, CredentialsMissing, run

    names = simulated_providers() if args.provider == "all" else [args.provider]
    settings = ContractRun(
        providers=tuple(names),
        base_url=args.base_url,
        max_examples=args.max_examples or MAX_EXAMPLES,
        seed=SEED if args.seed is None else args.seed,
        report=Path(args.report) if args.report else None,
        allow_live_writes=args.allow_live_writes,
        timeout=args.timeout,
    )
    try:
        return run(settings)
    except CredentialsMissing as exc:
        raise UsageError(
            f"giftkit contract: {exc} (the simulator's keys are never sent to {args.base_url})"
        ) from None


# -- providers ---------------------------------------------------------------------------------


def add_providers(sub: Subparsers) -> None:
    providers = sub.add_parser("providers", help="list the providers that have a simulator")
    providers.set_defaults(run=lambda args: print("\n".join(simulated_providers())) or 0)


def add_bulk(sub: Subparsers) -> None:
    """`issue`, `reconcile`, `status`: the bulk runner's commands (giftkit.bulk)."""
    from giftkit.bulk._cli import add_commands

    for name, handler in add_commands(sub).items():
        sub.choices[name].set_defaults(run=handler)


SUBCOMMANDS: list[Subcommand] = [add_serve, add_contract, add_providers, add_bulk]
"""The commands, in --help order. Another module's command: append its add_<name> function."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="giftkit", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--version", action="version", version=f"giftkit {VERSION}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub._parser_class = _Parser  # sub-parsers report errors in one line too
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from giftkit._errors import ConfigurationError

    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except (UsageError, ConfigurationError) as exc:
        print(f"error: {exc}" if isinstance(exc, ConfigurationError) else str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
