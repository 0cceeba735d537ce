"""The per-provider extras of pyproject.toml, derived from specs/ (run by `make generate`).

Each spec `specs/<p>.yaml` is a generated client `giftkit-<p>-client` and an extra `giftkit[<p>]`
pinning it to giftkit's own version (the wheels of `make dist` are lock-stepped); `all` is every
extra. The lines between the markers are rewritten; everything else in pyproject.toml is kept.

    scripts/extras.py           rewrite pyproject.toml
    scripts/extras.py --check   exit 1 when pyproject.toml is not what specs/ gives
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "# >>> provider extras: generated from specs/ by `make generate` (scripts/extras.py)"
END = "# <<< provider extras"
SOURCES_BEGIN = (
    "# >>> provider sources: generated from specs/ by `make generate` (scripts/extras.py)"
)
SOURCES_END = "# <<< provider sources"


def providers(specs: Path) -> list[str]:
    return [p.stem for p in sorted(specs.glob("*.yaml")) if not p.name.startswith(".")]


def distribution(provider: str) -> str:
    return f"giftkit-{provider.replace('_', '-')}-client"


def render(text: str, names: list[str]) -> str:
    """pyproject.toml text with the marked blocks derived from `names`."""
    project = tomllib.loads(text)["project"]
    version = project["version"]
    own = sorted(set(project.get("optional-dependencies", {})) - {*names, "all"})
    extras = [f'{n} = ["{distribution(n)}=={version}"]' for n in names]
    everything = ",".join([*names, *own])
    extras.append(f'all = ["giftkit[{everything}]"]')
    sources = [f"{distribution(n)} = {{ workspace = true }}" for n in names]
    text = _replace(text, BEGIN, END, extras)
    return _replace(text, SOURCES_BEGIN, SOURCES_END, sources)


def _replace(text: str, begin: str, end: str, lines: list[str]) -> str:
    pattern = re.compile(re.escape(begin) + r"\n.*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"pyproject.toml: the block `{begin}` ... `{end}` is missing")
    return pattern.sub(lambda _: "\n".join([begin, *lines, end]), text, count=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if pyproject.toml is stale")
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    args = parser.parse_args(argv)
    current = args.pyproject.read_text(encoding="utf-8")
    wanted = render(current, providers(args.specs))
    if args.check:
        if wanted != current:
            print("pyproject.toml: the provider extras are stale: run `make generate`")
            return 1
        return 0
    if wanted != current:
        args.pyproject.write_text(wanted, encoding="utf-8")
        print("extras: pyproject.toml provider extras updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
