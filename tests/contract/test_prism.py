"""Independent cross-check: the generated clients against Prism (a mock none of us wrote).

For each spec, the tests start `prism mock <spec> --host 127.0.0.1 --port <free> --errors`
(Prism validates every request against the spec; with `--errors` a violation becomes an error
response), wait until it answers, and send one smoke call per operation with the plain
generated client (`<p>_client.Client` on an httpx client carrying the operation's auth headers)
and a valid request from the spec's examples. A request Prism flags — a 4xx naming request
violations, an `sl-violations` header or a `VIOLATIONS` problem with a `request` location —
fails the test.

Server URLs: Prism routes on the spec's `paths` alone, so the client's base URL is Prism's
root (no `/organizations/{organizationId}` prefix); the server URL giftkit would use (variables
filled in) is sent as Prism's `__server` query parameter, which Prism matches against the
spec's `servers` templates (NO_SERVER_MATCHED_ERROR otherwise).

Prism's own response checks (with `--errors`, a 500 `VIOLATIONS` problem for a mocked response
built from the spec's examples) fail the test too: they mean the spec's examples and schemas
disagree. Prism is served a copy of each spec with one construct it cannot evaluate removed
(see `prism_copy`).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import _clients as kit

PRISM = kit.ROOT / "node_modules" / ".bin" / "prism"
PROVIDERS = kit.spec_providers()
START_TIMEOUT = 60.0
CALL_TIMEOUT = 20.0
SERVER_DEFAULTS = {"organizationId": "org-giftkit-prism"}

CONTAINS_KEYWORDS = {"contains", "minContains", "maxContains"}


def prism_copy(provider: str) -> dict[str, Any]:
    """The spec as Prism is given it: unchanged but for one construct Prism 5.14.2 cannot
    evaluate. Prism merges every `allOf` before validating (json-schema-merge-allof), so an
    `allOf` of `{contains, minContains: 0, maxContains: 1}` entries (Rebilly's "each restriction
    type at most once") collapses into one unsatisfiable `contains`, and Prism then rejects
    valid bodies and flags its own mocked responses. Such entries (nothing but contains /
    minContains / maxContains) are dropped from Prism's copy; openapi-core still checks them in
    test_conformance. Everything else Prism validates as written."""
    spec = kit.spec(provider)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if isinstance(node.get("allOf"), list):
                kept = [
                    e
                    for e in node["allOf"]
                    if not (isinstance(e, dict) and e and set(e) <= CONTAINS_KEYWORDS)
                ]
                if kept:
                    node["allOf"] = kept
                else:
                    del node["allOf"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        return node

    return walk(spec)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    def __init__(self, provider: str, spec: Path, log: Path) -> None:
        self.provider = provider
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._log_file = log.open("wb")
        self.process = subprocess.Popen(
            [
                str(PRISM),
                "mock",
                str(spec),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--errors",
            ],
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped with every child
            env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        )

    def wait_ready(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"prism for {self.provider} exited {self.process.returncode}:\n"
                    f"{self.log.read_text(errors='replace')[-3000:]}"
                )
            try:
                httpx.get(self.url + "/__giftkit_ready__", timeout=1.0, trust_env=False)
                return  # any HTTP answer (a 404 here) means it is listening
            except httpx.TransportError:
                time.sleep(0.2)
        raise TimeoutError(
            f"prism for {self.provider} did not answer within {START_TIMEOUT}s:\n"
            f"{self.log.read_text(errors='replace')[-3000:]}"
        )

    def stop(self) -> None:
        """SIGTERM to Prism's process group, then SIGKILL to whatever of it is left; bounded."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5.0)
        self._log_file.close()


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    assert PRISM.exists(), f"Prism is not installed at {PRISM}: run `make setup`"
    logs = tmp_path_factory.mktemp("prism")
    servers: dict[str, PrismServer] = {}
    try:
        for provider in PROVIDERS:  # started together, awaited together
            served = logs / f"{provider}.json"
            served.write_text(json.dumps(prism_copy(provider)), encoding="utf-8")
            servers[provider] = PrismServer(provider, served, logs / f"{provider}.log")
        deadline = time.monotonic() + START_TIMEOUT
        for server in servers.values():
            server.wait_ready(deadline)
        yield servers
    finally:
        for server in servers.values():
            server.stop()
        leaked = [s.provider for s in servers.values() if s.process.poll() is None]
        assert not leaked, f"prism still running for {leaked}"


def _auth_headers(op: kit.Op) -> dict[str, str]:
    """Headers satisfying the operation's first security requirement (Prism checks presence
    and scheme, not the values)."""
    root = kit.spec(op.provider)
    requirements = op.raw.get("security", root.get("security")) or []
    schemes = (root.get("components") or {}).get("securitySchemes") or {}
    headers: dict[str, str] = {}
    for requirement in requirements[:1]:
        for name in requirement:
            scheme = kit.deref(root, schemes[name])
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                headers[scheme["name"]] = f"prism-{name}"
            elif scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "basic":
                headers["Authorization"] = "Basic cHJpc206Z2lmdGtpdA=="
            else:
                headers["Authorization"] = f"Bearer prism-{name}"
    return headers


def _server_url(provider: str) -> str:
    """The first documented server, its variables filled with their defaults (an enum's first
    value) or, for placeholder defaults such as Rebilly's `{organizationId}`, a plain id."""
    server = (kit.spec(provider).get("servers") or [{"url": "/"}])[0]
    url = server["url"]
    for name, variable in (server.get("variables") or {}).items():
        value = str(variable.get("default", ""))
        if "{" in value or not value:
            value = SERVER_DEFAULTS.get(name, "giftkit")
        url = url.replace("{" + name + "}", value)
    return url.rstrip("/")


def _violations(response: httpx.Response) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    header = response.headers.get("sl-violations")
    if header:
        text = header.removeprefix("Too many violations! ")
        try:
            found += json.loads(text)
        except ValueError:
            found.append(
                {
                    "location": ["request" if "request" in text else "response"],
                    "message": text[:300],
                }
            )
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and str(body.get("type", "")).startswith(
        "https://stoplight.io/prism/errors"
    ):
        found += body.get("validation") or [
            {
                "location": ["prism"],
                "code": body.get("type"),
                "message": body.get("detail") or body.get("title"),
            }
        ]
    return found


@pytest.mark.parametrize("op", list(kit.iter_ops(PROVIDERS)), ids=lambda op: op.label)
def test_prism_accepts_the_client_request(op: kit.Op, prism: dict[str, PrismServer]) -> None:
    server = prism[op.provider]
    module = importlib.import_module(f"{op.provider}_client.client")
    http = httpx.Client(
        base_url=server.url,
        headers=_auth_headers(op),
        params={"__server": _server_url(op.provider)},
        timeout=CALL_TIMEOUT,
        trust_env=False,
    )  # loopback: never through an environment proxy
    client = module.Client(base_url=server.url)
    client.set_httpx_client(http)
    kwargs = kit.call_kwargs(op, {}, {}, with_optional_examples=True)
    errors = importlib.import_module(f"{op.provider}_client.errors")
    with http:
        try:
            response: Any = op.module.sync_detailed(client=client, **kwargs)
        except errors.ApiError as exc:  # every non-success status raises
            response = exc
    raw = httpx.Response(response.status_code, headers=response.headers, content=response.content)
    violations = _violations(raw)
    where = f"{op.method} {op.path} -> {response.status_code}"
    request_side = [v for v in violations if (v.get("location") or ["?"])[0] != "response"]
    assert not request_side, (
        f"{op.label}: Prism rejected the generated client's request ({where}):\n"
        + "\n".join(f"  {v.get('location')}: {v.get('message')}" for v in request_side)
    )
    assert response.status_code not in (400, 401, 403, 404, 405, 415, 422), (
        f"{op.label}: Prism answered {where}: {response.content[:500]!r}"
    )
    response_side = [v for v in violations if (v.get("location") or ["?"])[0] == "response"]
    assert not response_side, (
        f"{op.label}: Prism flags its own mocked response ({where}) against the spec:\n"
        + "\n".join(f"  {v.get('location')}: {v.get('message')}" for v in response_side[:10])
    )
    if not violations:
        assert 200 <= response.status_code < 300, f"{op.label}: {where}: {response.content[:300]!r}"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_prism_rejection_is_detected(provider: str, prism: dict[str, PrismServer]) -> None:
    """The detection above is not vacuous: an empty body is flagged as a request violation, and
    a server URL matching none of the spec's servers is refused."""
    server = prism[provider]
    op = next((o for o in kit.operations(provider) if o.body_required), None)
    with httpx.Client(base_url=server.url, timeout=CALL_TIMEOUT, trust_env=False) as http:
        if op is not None:
            media = next(iter(op.body_media))
            response = http.request(
                op.method,
                op.path.replace("{", "").replace("}", ""),
                params={"__server": _server_url(provider)},
                headers={**_auth_headers(op), "Content-Type": media},
                content=b"{}" if "json" in media else b"",
            )
            found = [
                v for v in _violations(response) if (v.get("location") or ["?"])[0] != "response"
            ]
            assert found and response.status_code >= 400, (
                op.label,
                response.status_code,
                response.content[:300],
            )
        if any(str(s.get("url", "")).startswith("{") for s in kit.spec(provider)["servers"]):
            return  # a server URL that is one variable (GiftMe's `{base_url}`) matches any URL
        any_op = kit.operations(provider)[0]
        response = http.request(
            any_op.method,
            any_op.path.replace("{", "").replace("}", ""),
            params={"__server": "ftp://no-such-server.invalid"},
            headers=_auth_headers(any_op),
        )
        assert response.status_code == 404 and "NO_SERVER_MATCHED" in response.text, (
            any_op.label,
            response.status_code,
            response.text[:300],
        )
