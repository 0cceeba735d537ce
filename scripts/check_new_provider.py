"""`make check-new-provider`: the house promise that a provider is its spec, profile and simulator.

In a scratch copy of the checkout: copy one provider's three files (specs/<p>.yaml,
overlays/giftkit/providers/<p>.py, overlays/giftkit/testing/<p>.py) under a new name, with the
name replaced inside, and nothing else; run `generate.py` and the spec gate on the new spec
there; collect the test suite and check that the new provider has as many tests as the
original, in the same test functions; then run every test naming the new provider. The
checkout itself is never written to. About 5 minutes on 2 busy cores: not part of `make test`.

    .venv/bin/python scripts/check_new_provider.py [--source giftme] [--name parrot] [--collect-only]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("specs/{}.yaml", "overlays/giftkit/providers/{}.py", "overlays/giftkit/testing/{}.py")
SKIP = {".venv", ".git", ".make", "node_modules", "reports", "__pycache__", ".mypy_cache"}


def renamed(text: str, source: str, name: str) -> str:
    """`source` replaced by `name` in every spelling (dots_eco, DOTS_ECO, DotsEco, dotsEco)."""
    spellings = sorted({source, source.replace("_", "")}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(s) for s in spellings), re.IGNORECASE)

    def spell(match: re.Match[str]) -> str:
        found = match.group(0)
        if found.isupper():
            return name.upper()
        if found.islower():
            return name
        return "".join(word.title() for word in name.split("_"))

    return pattern.sub(spell, text)


def scratch_copy(target: Path) -> None:
    """The checkout's files (tracked and untracked, not ignored) under `target`."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        rel = Path(raw.decode())
        if (rel.parts and rel.parts[0] in SKIP) or not (ROOT / rel).is_file():
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target / rel)
    if (ROOT / "node_modules").is_dir():  # the Node tools (Spectral, Redocly, Prism), read only
        (target / "node_modules").symlink_to(ROOT / "node_modules")


def add_provider(target: Path, source: str, name: str) -> list[str]:
    """The three files of `source`, renamed to `name`: the only edit to the copy."""
    written = []
    for template in FILES:
        src, dst = target / template.format(source), target / template.format(name)
        if dst.exists():
            raise SystemExit(f"{dst.relative_to(target)} exists already: choose another --name")
        dst.write_text(renamed(src.read_text(encoding="utf-8"), source, name), encoding="utf-8")
        written.append(template.format(name))
    return written


def environment(target: Path) -> dict[str, str]:
    """The scratch copy's packages ahead of the checkout's editable installs."""
    generated = target / "generated"
    paths = [target / "overlays", generated, *sorted(generated.glob("*_client"))]
    env = dict(os.environ, PYTHONHASHSEED="0")
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths)
    return env


def run(target: Path, *args: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=target,
        env=environment(target),
        text=True,
        capture_output=capture,
        check=False,
    )


def counts(collected: str, provider: str) -> Counter[str]:
    """Test functions (file::name) whose parametrised ids name `provider`, with how many."""
    found: Counter[str] = Counter()
    for line in collected.splitlines():
        if "::" in line and re.search(rf"(?<![a-z_/]){re.escape(provider)}(?![a-z_])", line):
            found[line.split("[", 1)[0]] += 1
    return found


def compare(
    source_tests: Counter[str], new_tests: Counter[str], source: str, name: str
) -> list[str]:
    problems = []
    for test in sorted(set(source_tests) | set(new_tests)):
        if source_tests[test] != new_tests[test]:
            problems.append(
                f"{test}: {source_tests[test]} for {source}, {new_tests[test]} for {name}"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default="giftme", help="the provider to copy")
    parser.add_argument("--name", default="parrot", help="the new provider's name")
    parser.add_argument("--collect-only", action="store_true", help="count, do not run, tests")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy")
    args = parser.parse_args(argv)
    target = Path(tempfile.mkdtemp(prefix="giftkit-new-provider-"))
    try:
        scratch_copy(target)
        print(
            f"new provider {args.name!r}: "
            + ", ".join(add_provider(target, args.source, args.name))
        )
        if run(target, "scripts/generate.py").returncode:
            print("generate.py failed on the copy", file=sys.stderr)
            return 1
        alone = target / ".make" / "new-spec"
        alone.mkdir(parents=True)
        shutil.copy2(target / FILES[0].format(args.name), alone)
        if run(target, "scripts/lint_specs.py", "--specs", str(alone)).returncode:
            print(f"the spec gate (make lint) fails on {args.name}", file=sys.stderr)
            return 1
        collect = run(
            target, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", capture=True
        )
        if collect.returncode:
            print(collect.stdout[-4000:], collect.stderr[-4000:], file=sys.stderr)
            return 1
        source_tests, new_tests = (
            counts(collect.stdout, args.source),
            counts(collect.stdout, args.name),
        )
        problems = compare(source_tests, new_tests, args.source, args.name)
        print(
            f"tests naming {args.source}: {sum(source_tests.values())}; "
            f"naming {args.name}: {sum(new_tests.values())}"
        )
        for problem in problems:
            print(f"  differs: {problem}")
        if problems or not new_tests:
            return 1
        if args.collect_only:
            return 0
        tested = run(target, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", args.name)
        return tested.returncode
    finally:
        if args.keep:
            print(f"scratch copy kept: {target}")
        else:
            shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
