"""Installed as a user installs it: the wheels of `make dist` in a fresh venv outside the repo.

Without extras, connect() and the CLI name the exact `pip install` line; with them, connect()
(credentials and base URL from the GIFTKIT_ variables `giftkit serve --fixtures` prints) makes a
typed call against `giftkit serve`, and `giftkit contract` passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from giftkit import testing

ROOT = Path(__file__).resolve().parents[2]
UV = os.environ.get("UV") or shutil.which("uv") or str(ROOT / ".make/bootstrap/bin/uv")


def _provider() -> tuple[str, str]:
    """The first provider with a GET that needs no parameters (the one call made), and its path."""
    for name in testing.providers():
        for op in testing.simulator(name).index.operations.values():
            required = [p for p in op.parameters if p.required]
            if op.method == "GET" and "{" not in op.path and not required:
                return name, op.path
    raise AssertionError("no provider has a parameterless GET")


PROVIDER, PATH = _provider()
# the contract run: the provider with the fewest operations, against its bundled simulator
SMALLEST = min(testing.providers(), key=lambda p: len(testing.simulator(p).index.operations))

CALL = """
import importlib, pkgutil, sys
import giftkit
provider, path = sys.argv[1], sys.argv[2]
client = giftkit.connect(provider)  # base URL and credentials: GIFTKIT_ variables only
api = importlib.import_module(f"{provider}_client.api")
for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
    module = importlib.import_module(info.name)
    try:
        kwargs = module._get_kwargs()
    except (AttributeError, TypeError):
        continue
    if kwargs["method"] == "get" and kwargs["url"] == path:
        result = module.sync(client=client)
        print("called", info.name, type(result).__name__)
        break
"""

MISSING = """
import sys, giftkit
try:
    giftkit.connect(sys.argv[1], base_url="https://example.test")
except giftkit.ConfigurationError as exc:
    print(exc)
"""


def _run(
    venv: Path, *args: str, env: dict[str, str] | None = None, cwd: Path
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("GIFTKIT_", "VIRTUAL_ENV"))}
    clean.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(venv / "bin" / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**clean, **(env or {})},
        timeout=120,
    )


def _install(venv: Path, dist: Path, constraints: Path, requirement: str) -> None:
    """From the built wheels, everything else pinned by uv.lock: from uv's cache when it has it
    all, else from the package index."""
    base = [UV, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python")]
    args = ["--find-links", str(dist), "--constraint", str(constraints), requirement]
    if subprocess.run([*base, "--offline", *args], capture_output=True).returncode != 0:
        subprocess.run([*base, *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Path]]:
    work = tmp_path_factory.mktemp("fresh")
    dist = work / "dist"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "dist.py"), "--wheel", "--out", str(dist)],
        check=True,
        capture_output=True,
        env={**os.environ, "UV": UV},
    )
    constraints = work / "constraints.txt"
    exported = subprocess.run(
        [
            UV,
            "export",
            "--frozen",
            "--no-hashes",
            "--no-dev",
            "--no-emit-workspace",
            "--all-extras",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    constraints.write_text(exported)
    env = work / "venv"
    subprocess.run([UV, "venv", "--quiet", "--python", sys.executable, str(env)], check=True)
    yield env, dist, constraints


def test_without_extras_the_errors_name_the_pip_line(venv: tuple[Path, Path, Path]) -> None:
    env, dist, constraints = venv
    _install(env, dist, constraints, "giftkit")
    outside = env.parent
    said = _run(env, "python", "-c", MISSING, PROVIDER, cwd=outside)
    assert f'pip install "giftkit[{PROVIDER}]"' in said.stdout, said
    contract = _run(env, "giftkit", "contract", PROVIDER, cwd=outside)
    assert contract.returncode == 2 and "pip install 'giftkit[contract]'" in contract.stderr
    serve = _run(env, "giftkit", "serve", PROVIDER, cwd=outside)
    assert serve.returncode == 2 and "pip install 'giftkit[serve]'" in serve.stderr
    assert "Traceback" not in contract.stderr + serve.stderr


def test_with_extras_connect_call_and_contract_against_serve(
    venv: tuple[Path, Path, Path],
) -> None:
    env, dist, constraints = venv
    _install(env, dist, constraints, f"giftkit[{PROVIDER},serve,contract]")
    outside = env.parent
    version = _run(env, "giftkit", "--version", cwd=outside)
    assert version.returncode == 0 and version.stdout.startswith("giftkit ")
    server = subprocess.Popen(
        [str(env / "bin" / "giftkit"), "serve", PROVIDER, "--fixtures"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=outside,
    )
    try:
        assert server.stdout is not None
        variables: dict[str, str] = {}
        expected = 1 + len(testing.simulator(PROVIDER).fixtures["connect"])  # and the base URL
        base_url = ""
        for line in server.stdout:
            if line.startswith(f"giftkit {PROVIDER} simulator at "):
                base_url = line.rsplit(" ", 1)[-1].strip()
            if line.strip().startswith("export "):
                name, _, value = line.strip().removeprefix("export ").partition("=")
                variables[name] = value
            if len(variables) == expected:
                break
        assert variables[f"GIFTKIT_{PROVIDER.upper()}_BASE_URL"] == base_url
        called = _run(env, "python", "-c", CALL, PROVIDER, PATH, env=variables, cwd=outside)
        assert called.returncode == 0 and called.stdout.startswith("called "), called
        contract = _run(env, "giftkit", "contract", SMALLEST, "--max-examples", "1", cwd=outside)
        assert contract.returncode == 0, contract.stdout[-3000:] + contract.stderr
        assert "contract: pass" in contract.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
