"""`make dist`: giftkit and every generated client as one lock-stepped set of distributions.

Builds with `uv build --all-packages` (giftkit is the workspace root, each generated/<p>_client a
member), then checks what a publisher must be sure of: one wheel per spec, every version equal to
giftkit's, and each provider extra pinning its client to exactly that version.

    scripts/dist.py                      sdists and wheels into dist/
    scripts/dist.py --wheel --out DIR    wheels only (the packaging test)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from extras import distribution, providers  # noqa: E402


def build(out: Path, *, wheel_only: bool) -> list[Path]:
    uv = os.environ.get("UV") or shutil.which("uv") or "uv"
    shutil.rmtree(out, ignore_errors=True)
    command = [uv, "build", "--all-packages", "--quiet", "--out-dir", str(out)]
    subprocess.run([*command, *(["--wheel"] if wheel_only else [])], check=True, cwd=ROOT)
    return sorted(out.glob("*.whl"))


def metadata(wheel: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(archive.read(name).decode())
    return {key: message.get_all(key) or [] for key in ("Name", "Version", "Requires-Dist")}


def problems(wheels: list[Path]) -> list[str]:
    """What keeps these wheels from being one publishable, lock-stepped set (empty: none)."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    found = {m["Name"][0]: m for m in map(metadata, wheels)}
    out = []
    for name, meta in sorted(found.items()):
        if meta["Version"] != [version]:
            out.append(f"{name} is version {meta['Version'][0]}, giftkit is {version}")
    requires = found.get("giftkit", {}).get("Requires-Dist", [])
    for provider in providers(ROOT / "specs"):
        client = distribution(provider)
        if client not in found:
            out.append(f"no wheel for {client} (specs/{provider}.yaml)")
        pin = f"{client}=={version}; extra == '{provider.replace('_', '-')}'"
        if pin not in requires:
            out.append(f"giftkit's extra {provider} does not pin {client}=={version}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output directory")
    parser.add_argument("--wheel", action="store_true", help="wheels only (no sdists)")
    args = parser.parse_args(argv)
    wheels = build(args.out, wheel_only=args.wheel)
    found = problems(wheels)
    for problem in found:
        print(f"dist: {problem}", file=sys.stderr)
    if not found:
        print(f"dist: {len(wheels)} wheels in {args.out}: {', '.join(w.name for w in wheels)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
