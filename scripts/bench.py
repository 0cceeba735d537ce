"""`make bench`: measure side by side in one run and write BENCHMARKS.md.

Every figure is a median over several samples, with the raw samples, the commit and the machine
recorded. Benchmarks never run inside `make test` (these machines are noisy); tests assert
behaviour, BENCHMARKS.md shows speed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speclib import ROOT, spec_names

BIN = Path(sys.executable).parent
OUTPUT = ROOT / "BENCHMARKS.md"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def run(cmd: list[str], **kwargs: object) -> None:
    subprocess.run(cmd, check=True, capture_output=True, **kwargs)  # type: ignore[call-overload]


def fmt(samples: list[float], unit: str = "s") -> str:
    scale = {"s": 1, "ms": 1e3, "µs": 1e6}[unit]
    return f"{statistics.median(samples) * scale:.3f} {unit} (samples: {', '.join(f'{s * scale:.3f}' for s in samples)})"


def regeneration(repeat: int) -> str:
    """Full regeneration of every spec in one process vs the naive cold-CLI-per-spec baseline."""
    names = spec_names()
    with tempfile.TemporaryDirectory(prefix="giftkit-bench-") as tmp:
        work = Path(tmp)
        derived = work / "derived"
        derived.mkdir()
        for name in names:
            run(
                [
                    sys.executable,
                    str(ROOT / "scripts/derive_spec.py"),
                    str(ROOT / f"specs/{name}.yaml"),
                    str(derived / f"{name}.yaml"),
                ]
            )
        config = work / "opc.yaml"

        def ours() -> None:
            out = work / "ours"
            shutil.rmtree(out, ignore_errors=True)
            run([sys.executable, str(ROOT / "scripts/generate.py"), "--force", "--out", str(out)])

        def naive() -> None:
            out = work / "naive"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            for name in names:
                config.write_text(
                    f"project_name_override: giftkit-{name.replace('_', '-')}-client\n"
                    f"package_name_override: {name}_client\n"
                    "post_hooks:\n  - ruff check --select F,I,UP --fix .\n  - ruff format .\n"
                )
                run(
                    [
                        str(BIN / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(derived / f"{name}.yaml"),
                        "--output-path",
                        str(out / f"{name}_client"),
                        "--meta",
                        "uv",
                        "--overwrite",
                        "--config",
                        str(config),
                        "--custom-template-path",
                        str(ROOT / "overlays/templates"),
                    ],
                    env={**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"},
                )
                run(
                    [
                        str(BIN / "datamodel-codegen"),
                        "--input",
                        str(derived / f"{name}.yaml"),
                        "--input-file-type",
                        "openapi",
                        "--output",
                        str(out / f"{name}.py"),
                        "--output-model-type",
                        "pydantic_v2.BaseModel",
                        "--field-constraints",
                        "--disable-timestamp",
                        "--formatters",
                        "ruff-check",
                        "ruff-format",
                    ],
                    env={**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"},
                )

        def noop() -> None:
            run([sys.executable, str(ROOT / "scripts/generate.py")])

        ours_s = timed(ours, repeat)
        naive_s = timed(naive, repeat)
        noop_s = timed(noop, max(repeat, 5))
        make_noop_s = timed(lambda: run(["make", "-s", "generate"], cwd=ROOT), max(repeat, 5))
    ratio = statistics.median(ours_s) / statistics.median(naive_s)
    return "\n".join(
        [
            "## Regeneration (issue 3)",
            "",
            f"Specs: {', '.join(names)}. Both generators, formatting included.",
            "",
            "| measurement | median | target |",
            "|---|---|---|",
            f"| full regeneration, one process + one ruff pass (`generate.py --force`) | {fmt(ours_s)} | |",
            f"| naive: one cold CLI run per spec per generator, per-package ruff hooks | {fmt(naive_s)} | |",
            f"| **ratio ours / naive** | **{ratio:.2f}×** | ≤ 0.35× |",
            f"| no-op regeneration (`generate.py`, all specs up to date) | {fmt(noop_s)} | ≤ 0.3 s |",
            f"| no-op `make generate` (make + setup stamps + README + lock check) | {fmt(make_noop_s)} | |",
            "",
        ]
    )


SECTIONS: dict[str, Callable[[int], str]] = {"regeneration": regeneration}
from bench_runtime import SECTIONS as RUNTIME_SECTIONS  # noqa: E402

SECTIONS.update(RUNTIME_SECTIONS)
# Blocks written by other scripts or kept by hand (issue 13's before/after record), between
# `<!-- BEGIN name -->` and `<!-- END name -->`: carried over as they are.
KEPT_BLOCKS = ("issue-13", "reliability")


def kept_blocks() -> list[str]:
    """The kept blocks already in BENCHMARKS.md, as they are."""
    try:
        old = OUTPUT.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    blocks = []
    for name in KEPT_BLOCKS:
        begin_marker, end_marker = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
        begin, end = old.find(begin_marker), old.find(end_marker)
        if begin >= 0 and end > begin:
            blocks.append(old[begin : end + len(end_marker)])
    return blocks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=sorted(SECTIONS))
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = bool(
        subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    )
    header = [
        "# Benchmarks",
        "",
        "Written by `make bench` (scripts/bench.py); figures measured side by side in one run.",
        "",
        f"- commit: `{commit}`{' (with uncommitted changes)' if dirty else ''}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.release()}",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
    ]
    body = []
    for name, section in SECTIONS.items():
        if args.only and name != args.only:
            continue
        print(f"bench: {name} ...", flush=True)
        body.append(section(args.repeat))
    body.extend(block + "\n" for block in kept_blocks())
    text = "\n".join(header + body)
    OUTPUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
