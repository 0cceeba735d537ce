"""`make lint`: the spec quality gate, every spec through every checker, one summary table.

openapi-spec-validator, Spectral (spectral:oas + specs/.spectral.yaml project rules, error
severity), Redocly lint (redocly.yaml), and openapi-python-client's parser with warnings as
failures on the generator-facing copy (what `--fail-on-warning` checks). Problems are collected
and reported all together, not stopped at the first.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lint_money

from speclib import ROOT, SPECS_DIR, load_spec, spec_names

NODE_BIN = ROOT / "node_modules" / ".bin"


def _node_env() -> dict[str, str]:
    return {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "NO_UPDATE_NOTIFIER": "1",
    }


def start_spectral(paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            str(NODE_BIN / "spectral"),
            "lint",
            *map(str, paths),
            "--ruleset",
            str(SPECS_DIR / ".spectral.yaml"),
            "--format",
            "json",
            "--fail-severity",
            "error",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_node_env(),
        cwd=ROOT,
    )


def start_redocly(paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            str(NODE_BIN / "redocly"),
            "lint",
            *map(str, paths),
            "--config",
            str(ROOT / "redocly.yaml"),
            "--format",
            "json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_node_env(),
        cwd=ROOT,
    )


def spectral_problems(proc: subprocess.Popen[str], names: list[str]) -> dict[str, list[str]]:
    out, err = proc.communicate()
    found: dict[str, list[str]] = {n: [] for n in names}
    try:
        results = json.loads(out or "[]")
    except json.JSONDecodeError:
        return {n: [f"spectral did not run: {(err or out).strip()[:500]}"] for n in names}
    for item in results:
        if item.get("severity", 1) != 0:  # 0 = error
            continue
        name = Path(item.get("source", "")).stem
        where = "/".join(str(p) for p in item.get("path", []))
        found.setdefault(name, []).append(f"{item.get('code')}: {item.get('message')} at {where}")
    if proc.returncode not in (0, 1) and not any(found.values()):
        return {n: [f"spectral failed: {err.strip()[:500]}"] for n in names}
    return found


def redocly_problems(proc: subprocess.Popen[str], names: list[str]) -> dict[str, list[str]]:
    """Redocly prints one JSON report per file, in the order the files were given."""
    out, err = proc.communicate()
    decoder = json.JSONDecoder()
    reports, index = [], out.find("{")
    while index != -1:
        try:
            report, end = decoder.raw_decode(out, index)
        except json.JSONDecodeError:
            break
        reports.append(report)
        index = out.find("{", end)
    if len(reports) != len(names):
        return {
            n: [f"redocly did not run (exit {proc.returncode}): {(err or out).strip()[-500:]}"]
            for n in names
        }
    found: dict[str, list[str]] = {n: [] for n in names}
    for name, report in zip(names, reports, strict=True):
        for problem in report.get("problems", []):
            if problem.get("severity") == "error":
                location = (problem.get("location") or [{}])[0]
                found[name].append(
                    f"{problem.get('ruleId')}: {problem.get('message')} at {location.get('pointer', '')}"
                )
    return found


def validator_problems(name: str, specs_dir: Path) -> list[str]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    spec = load_spec(name, specs_dir)
    if spec.get("openapi", "").split(".")[:2] != ["3", "1"]:
        return [f"openapi version must be 3.1.x, got {spec.get('openapi')!r}"]
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in OpenAPIV31SpecValidator(spec).iter_errors()
    ]


def generator_problems(name: str, specs_dir: Path) -> list[str]:
    """What `openapi-python-client generate --fail-on-warning` would refuse on the derived copy."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    from derive_spec import derive

    config = Config.from_sources(
        ConfigFile(post_hooks=[]), MetaType.NONE, Path(f"{name}.yaml"), "utf-8", True, None
    )
    data = GeneratorData.from_dict(derive(load_spec(name, specs_dir)), config=config)
    if not isinstance(data, GeneratorData):
        return [f"{data.header}: {data.detail}"]
    errors = list(data.errors)
    for collection in data.endpoint_collections_by_tag.values():
        errors.extend(collection.parse_errors)
    return [f"{e.level.value}: {e.header or ''} {e.detail or ''}".strip() for e in errors]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=SPECS_DIR, help="directory of specs to lint")
    specs_dir = parser.parse_args(argv).specs.resolve()
    names = spec_names(specs_dir)
    if not names:
        print(f"lint: no specs in {specs_dir}/*.yaml", file=sys.stderr)
        return 1
    paths = [specs_dir / f"{n}.yaml" for n in names]
    spectral, redocly = start_spectral(paths), start_redocly(paths)
    results: dict[str, dict[str, list[str]]] = {n: {} for n in names}
    for name in names:
        results[name]["openapi-spec-validator"] = validator_problems(name, specs_dir)
        results[name]["openapi-spec-validator"] += lint_money.problems(load_spec(name, specs_dir))
        results[name]["openapi-python-client"] = generator_problems(name, specs_dir)
    for name, problems in spectral_problems(spectral, names).items():
        results.setdefault(name, {})["spectral"] = problems
    for name, problems in redocly_problems(redocly, names).items():
        results.setdefault(name, {})["redocly"] = problems

    checkers = ["openapi-spec-validator", "spectral", "redocly", "openapi-python-client"]
    width = max(len(n) for n in results)
    print(f"{'spec':<{width}}  " + "  ".join(f"{c:<22}" for c in checkers))
    failed = False
    for name in sorted(results):
        cells = []
        for checker in checkers:
            problems = results[name].get(checker, [])
            failed |= bool(problems)
            cells.append(f"{'ok' if not problems else f'{len(problems)} problem(s)':<22}")
        print(f"{name:<{width}}  " + "  ".join(cells))
    for name in sorted(results):
        for checker in checkers:
            for line in results[name].get(checker, []):
                print(f"  {name} [{checker}] {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
