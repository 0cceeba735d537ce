"""`make typecheck`: mypy --strict on every generated package, the overlay and the typing tests."""

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


def main() -> int:
    mypy = [sys.executable, "-m", "mypy", "--strict"]
    # mypy takes either packages (-p) or files in one run, not both
    status = subprocess.run([*mypy, *package_args()], cwd=ROOT).returncode
    files = typing_tests()
    if files:
        status = subprocess.run([*mypy, *files], cwd=ROOT).returncode or status
    return status


if __name__ == "__main__":
    raise SystemExit(main())
