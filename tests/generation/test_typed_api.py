"""Every operation of every generated client is typed: no `Any` request body or success type
(bodiless successes are `None`), and every client installs and imports alone, without giftkit."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from speclib import ROOT, spec_names

PROVIDERS = spec_names()


def endpoint_modules() -> list[Path]:
    return sorted(ROOT.glob("generated/*_client/*_client/api/*/*.py"))


def _annotation(func: ast.FunctionDef | ast.AsyncFunctionDef, arg: str | None) -> str:
    if arg is None:
        return ast.unparse(func.returns) if func.returns else ""
    for a in func.args.args + func.args.kwonlyargs:
        if a.arg == arg:
            return ast.unparse(a.annotation) if a.annotation else ""
    return ""


def test_every_provider_has_endpoint_modules() -> None:
    with_endpoints = {
        p.parts[-5].removesuffix("_client") for p in endpoint_modules() if p.name != "__init__.py"
    }
    assert with_endpoints == set(PROVIDERS)


@pytest.mark.parametrize(
    "module",
    [p for p in endpoint_modules() if p.name != "__init__.py"],
    ids=lambda p: f"{p.parts[-5]}.{p.parts[-2]}.{p.stem}",
)
def test_no_any_in_bodies_or_success_types(module: Path) -> None:
    tree = ast.parse(module.read_text())
    functions = {
        f.name: f for f in tree.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    for name in ("sync", "asyncio", "sync_detailed", "asyncio_detailed", "_parse_success"):
        assert name in functions, f"{name} missing"
        returns = _annotation(functions[name], None)
        assert returns and "Any" not in returns, f"{name} returns {returns!r}"
    body = _annotation(functions["sync"], "body")
    assert "Any" not in body, f"request body typed {body!r}"


def test_each_client_installs_and_imports_alone(tmp_path: Path) -> None:
    uv = os.environ.get("UV") or next(
        (
            str(p)
            for p in (Path(sys.executable).parent / "uv", ROOT / ".make/bootstrap/bin/uv")
            if p.exists()
        ),
        "uv",
    )
    venv = tmp_path / "venv"
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "VIRTUAL_ENV": str(venv)}
    env.pop("PYTHONPATH", None)
    subprocess.run(
        [uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, env=env
    )
    python = venv / "bin" / "python"
    for name in PROVIDERS:
        subprocess.run(
            [
                uv,
                "pip",
                "install",
                "--quiet",
                "--python",
                str(python),
                str(ROOT / "generated" / f"{name}_client"),
            ],
            check=True,
            env=env,
        )
    probe = (
        "import importlib, pkgutil, sys\n"
        f"for name in {PROVIDERS!r}:\n"
        "    pkg = importlib.import_module(name + '_client')\n"
        "    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(mod.name)\n"
        "assert 'giftkit' not in sys.modules\n"
        "import importlib.util\n"
        "assert importlib.util.find_spec('giftkit') is None, 'giftkit must not be installed here'\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
