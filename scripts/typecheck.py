"""`make typecheck`: mypy --strict on every generated package, the overlay and the typing tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def targets() -> list[str]:
    packages = sorted(p.name for p in (ROOT / "generated").glob("*_client/*_client") if (p / "__init__.py").exists())
    args = [arg for name in packages for arg in ("-p", name)]
    args += ["-p", "giftkit_wire", "-p", "giftkit"]
    typing_dir = ROOT / "tests" / "typing"
    args += sorted(str(p.relative_to(ROOT)) for p in typing_dir.glob("*.py")) if typing_dir.is_dir() else []
    return args


def main() -> int:
    cmd = [sys.executable, "-m", "mypy", "--strict", *targets()]
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main())
