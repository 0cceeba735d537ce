"""`make typecheck`: ruff (lint + format) on the hand-written code, then mypy --strict on every
generated package, the overlay and the typing tests. Generated code is kept out of ruff's
broader rules (the generator's own pass formats it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def package_args() -> list[str]:
    packages = sorted(
        p.name
        for p in (ROOT / "generated").glob("*_client/*_client")
        if (p / "__init__.py").exists()
    )
    return [arg for name in [*packages, "giftkit_wire", "giftkit"] for arg in ("-p", name)]


def typing_tests() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "typing").glob("*.py"))


HAND_WRITTEN = ("overlays", "scripts", "tests")


def main() -> int:
    ruff = str(Path(sys.executable).parent / "ruff")
    typing_test = "tests/typing/typed_operations.py"
    # the typing test covers every operation of every provider: regenerate it from generated/ first
    status = subprocess.run([sys.executable, "tests/typing/generate.py"], cwd=ROOT).returncode
    for tidy in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run([ruff, *tidy, typing_test], cwd=ROOT, check=False)
    for check in (["check"], ["format", "--check"]):
        status = subprocess.run([ruff, *check, *HAND_WRITTEN], cwd=ROOT).returncode or status
    mypy = [sys.executable, "-m", "mypy", "--strict"]
    # mypy takes either packages (-p) or files in one run, not both
    status = subprocess.run([*mypy, *package_args()], cwd=ROOT).returncode or status
    files = typing_tests()
    if files:
        status = subprocess.run([*mypy, *files], cwd=ROOT).returncode or status
    return status


if __name__ == "__main__":
    raise SystemExit(main())
