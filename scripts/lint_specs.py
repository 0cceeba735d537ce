"""`make lint`: the spec quality gate, every spec through every checker, one summary table.

openapi-spec-validator, Spectral (spectral:oas + specs/.spectral.yaml project rules, error
severity), Redocly lint (redocly.yaml), and openapi-python-client's parser with warnings as
failures on the generator-facing copy (what `--fail-on-warning` checks), and giftkit's own RULES
(every $ref resolves; new properties carry x-source or x-unverified). Problems are collected and
reported all together, one per line like a compiler's: `specs/<p>.yaml:<line>: [checker] what
(the ref or key)`; a spec that does not parse is reported and the others still checked.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lint_money

from speclib import ROOT, SPECS_DIR, spec_names

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


def spectral_problems(proc: subprocess.Popen[str], names: list[str]) -> dict[str, list[Problem]]:
    out, err = proc.communicate()
    found: dict[str, list[Problem]] = {n: [] for n in names}
    try:
        results = json.loads(out or "[]")
    except json.JSONDecodeError:
        return {n: [(None, f"spectral did not run: {(err or out).strip()[:500]}")] for n in names}
    for item in results:
        if item.get("severity", 1) != 0:  # 0 = error
            continue
        name = Path(item.get("source", "")).stem
        where = "/".join(str(p) for p in item.get("path", []))
        line = ((item.get("range") or {}).get("start") or {}).get("line")
        found.setdefault(name, []).append(
            (
                line + 1 if isinstance(line, int) else None,
                f"{item.get('code')}: {item.get('message')} ({where})",
            )
        )
    if proc.returncode not in (0, 1) and not any(found.values()):
        return {n: [(None, f"spectral failed: {err.strip()[:500]}")] for n in names}
    return found


def redocly_problems(
    proc: subprocess.Popen[str], names: list[str], paths: dict[str, Path]
) -> dict[str, list[Problem]]:
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
            n: [
                (
                    None,
                    f"redocly did not run (exit {proc.returncode}): {(err or out).strip()[-500:]}",
                )
            ]
            for n in names
        }
    found: dict[str, list[Problem]] = {n: [] for n in names}
    for name, report in zip(names, reports, strict=True):
        lines: SpecLines | None = None
        for problem in report.get("problems", []):
            if problem.get("severity") == "error":
                pointer = (problem.get("location") or [{}])[0].get("pointer", "")
                try:
                    lines = lines or SpecLines(paths[name].read_text(encoding="utf-8"))
                    line = lines.pointer(pointer)
                except Exception:  # an unreadable file is reported by the YAML check
                    line = None
                found[name].append(
                    (line, f"{problem.get('ruleId')}: {_text(problem.get('message'))} ({pointer})")
                )
    return found


Problem = tuple[int | None, str]  # (line in the spec file, what is wrong (the ref or key))
Rule = Callable[[str, dict[str, Any], Path], list[Problem]]


def _text(value: Any) -> str:
    """A message part as text (the generator wraps spec text in UntrustedString)."""
    raw = getattr(value, "get_untrusted_value", None)
    return str(raw() if callable(raw) else (value if value is not None else "")).strip()


class SpecLines:
    """JSON pointer -> line in the YAML file, from the composed node tree (marks kept)."""

    def __init__(self, text: str) -> None:
        import yaml

        from speclib import _JsonCompatibleLoader

        self.root = yaml.compose(text, Loader=_JsonCompatibleLoader)

    def line(self, parts: list[str] | tuple[Any, ...]) -> int | None:
        """The line of the key (or item) `parts` names; of its nearest existing parent if none."""
        import yaml

        node: Any = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for part in parts:
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
                if pair is None:
                    break
                line, node = pair[0].start_mark.line + 1, pair[1]
            elif isinstance(node, yaml.SequenceNode) and str(part).isdigit():
                if int(part) >= len(node.value):
                    break
                node = node.value[int(part)]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def pointer(self, pointer: str) -> int | None:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("#/").split("/")]
        return self.line([p for p in parts if p])


def ref_problems(name: str, spec: dict[str, Any], path: Path) -> list[Problem]:
    """Every $ref resolves inside the spec (specs are self-contained: local refs only)."""
    lines = SpecLines(path.read_text(encoding="utf-8"))
    found: list[Problem] = []

    def visit(node: Any, where: list[str]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not _resolves(spec, ref):
                found.append((lines.line([*where, "$ref"]), f"broken $ref ({ref})"))
            for key, value in node.items():
                visit(value, [*where, str(key)])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, [*where, str(index)])

    visit(spec, [])
    return found


def _resolves(spec: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#/"):
        return False
    node: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def provenance_problems(name: str, spec: dict[str, Any], path: Path) -> list[Problem]:
    """specs/README.md: an assumed property carries `x-unverified`, a confirmed one `x-source`,
    itself or on a schema that encloses it (a schema's `x-source` covers its properties).
    Checked on properties that are new since the base (GIFTKIT_SPEC_BASE, default: the merge
    base with main), so the rule holds from now on without rewriting every reviewed spec."""
    base = _base_spec(name)
    known = set(_properties(base)) if base is not None else set()
    lines = SpecLines(path.read_text(encoding="utf-8"))
    found: list[Problem] = []
    for where, (prop, covered) in _properties(spec).items():
        if where in known or covered or not isinstance(prop, dict) or "$ref" in prop:
            continue
        found.append(
            (
                lines.line(where),
                f"new property without x-source or x-unverified ({'/'.join(where)})",
            )
        )
    return found


def _has_provenance(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get("x-source") or node.get("x-unverified"))


def _properties(spec: dict[str, Any]) -> dict[tuple[str, ...], tuple[Any, bool]]:
    """Every property by its path -> (its schema, whether it or an enclosing node has provenance)."""
    out: dict[tuple[str, ...], tuple[Any, bool]] = {}

    def visit(node: Any, where: tuple[str, ...], covered: bool) -> None:
        if isinstance(node, dict):
            covered = covered or _has_provenance(node)
            if isinstance(node.get("properties"), dict):
                for key, prop in node["properties"].items():
                    out[(*where, "properties", str(key))] = (prop, covered or _has_provenance(prop))
            for key, value in node.items():
                visit(value, (*where, str(key)), covered)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, (*where, str(index)), covered)

    visit(spec, (), False)
    return out


def _base_spec(name: str) -> dict[str, Any] | None:
    from speclib import load_yaml

    def git(*args: str) -> str | None:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else None

    base = os.environ.get("GIFTKIT_SPEC_BASE") or git("merge-base", "HEAD", "main") or "HEAD"
    text = git("show", f"{base}:specs/{name}.yaml")
    if text is None:
        return None
    try:
        loaded = load_yaml(text)
    except Exception:  # a broken base is no reason to fail this spec
        return None
    return loaded if isinstance(loaded, dict) else None


def validator_problems(name: str, spec: dict[str, Any], path: Path) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    if str(spec.get("openapi", "")).split(".")[:2] != ["3", "1"]:
        return [
            (
                SpecLines(path.read_text()).line(["openapi"]),
                f"openapi version must be 3.1.x (openapi: {spec.get('openapi')!r})",
            )
        ]
    lines = SpecLines(path.read_text(encoding="utf-8"))
    return [
        (lines.line(list(e.absolute_path)), f"{e.message} ({'/'.join(map(str, e.absolute_path))})")
        for e in OpenAPIV31SpecValidator(spec).iter_errors()
    ]


def generator_problems(name: str, spec: dict[str, Any], path: Path) -> list[Problem]:
    """What `openapi-python-client generate --fail-on-warning` would refuse on the derived copy."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    from derive_spec import derive

    config = Config.from_sources(
        ConfigFile(post_hooks=[]), MetaType.NONE, Path(f"{name}.yaml"), "utf-8", True, None
    )
    data = GeneratorData.from_dict(derive(copy.deepcopy(spec)), config=config)
    if not isinstance(data, GeneratorData):
        return [(None, f"{_text(data.header)}: {_text(data.detail)}")]
    errors = list(data.errors)
    for collection in data.endpoint_collections_by_tag.values():
        errors.extend(collection.parse_errors)
    return [(None, f"{e.level.value}: {_text(e.header)} {_text(e.detail)}".strip()) for e in errors]


CHECKERS = ["openapi-spec-validator", "spectral", "redocly", "openapi-python-client", "giftkit"]
IN_PROCESS: dict[str, Rule] = {
    "openapi-spec-validator": validator_problems,
    "openapi-python-client": generator_problems,
}


# giftkit's own rules on every spec: (name, spec, path) -> problems; one line per rule module
def money_problems(name: str, spec: dict[str, Any], path: Path) -> list[Problem]:
    """Every non-GET operation classified (x-giftkit-effect, x-giftkit-resend), secrets marked
    well (x-giftkit-secret): scripts/lint_money.py."""
    return [(None, message) for message in lint_money.problems(spec)]


RULES: list[Rule] = [ref_problems, provenance_problems, money_problems]


def _run_in_process(name: str, path: Path) -> dict[str, list[Problem]]:
    """Every in-process checker on one spec; a checker that crashes is a problem, not a stop."""
    from speclib import load_yaml

    try:
        spec = load_yaml(path.read_text(encoding="utf-8"))
    except Exception as exc:  # yaml.YAMLError and friends: nothing else can read this file
        mark = getattr(exc, "problem_mark", None)
        what = _text(getattr(exc, "problem", None)) or type(exc).__name__
        context = _text(getattr(exc, "context", None))
        message = f"invalid YAML: {what}" + (f" ({context})" if context else "")
        return {"openapi-spec-validator": [(mark.line + 1 if mark else None, message)]}
    if not isinstance(spec, dict):
        return {"openapi-spec-validator": [(1, "the file is not a YAML mapping (openapi: ...)")]}
    results: dict[str, list[Problem]] = {"giftkit": []}
    for rule in RULES:
        results["giftkit"] += _safely(rule, name, spec, path)
    for checker, run in IN_PROCESS.items():
        broken = [p for p in results["giftkit"] if p[1].startswith("broken $ref")]
        results[checker] = (
            [(None, "not run: fix the broken $ref first")]
            if broken
            else _safely(run, name, spec, path)
        )
    return results


def _safely(rule: Rule, name: str, spec: dict[str, Any], path: Path) -> list[Problem]:
    try:
        return rule(name, spec, path)
    except Exception as exc:
        return [
            (
                None,
                f"{rule.__name__} could not check this spec: {type(exc).__name__}: {_text(exc)[:300]}",
            )
        ]


def _parses(path: Path) -> bool:
    from speclib import load_yaml

    try:
        return isinstance(load_yaml(path.read_text(encoding="utf-8")), dict)
    except Exception:  # reported by _run_in_process with its line
        return False


def _one_line(message: str, limit: int = 400) -> str:
    """A message as one line (tools print multi-line reports), cut at `limit` characters."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=SPECS_DIR, help="directory of specs to lint")
    specs_dir = parser.parse_args(argv).specs.resolve()
    names = spec_names(specs_dir)
    if not names:
        print(f"lint: no specs in {specs_dir}/*.yaml", file=sys.stderr)
        return 1
    paths = {n: specs_dir / f"{n}.yaml" for n in names}
    readable = [n for n in names if _parses(paths[n])]  # one unparsable file stops Redocly
    checked = [paths[n] for n in readable]
    spectral = start_spectral(checked) if checked else None
    redocly = start_redocly(checked) if checked else None
    results: dict[str, dict[str, list[Problem]]] = {n: _run_in_process(n, paths[n]) for n in names}
    if spectral is not None and redocly is not None:
        for name, problems in spectral_problems(spectral, readable).items():
            results.setdefault(name, {})["spectral"] = problems
        for name, problems in redocly_problems(redocly, readable, paths).items():
            results.setdefault(name, {})["redocly"] = problems
    width = max(len(n) for n in results)
    print(f"{'spec':<{width}}  " + "  ".join(f"{c:<22}" for c in CHECKERS))
    failed = False
    for name in sorted(results):
        cells = []
        for checker in CHECKERS:
            problems = results[name].get(checker, [])
            failed |= bool(problems)
            cells.append(f"{'ok' if not problems else f'{len(problems)} problem(s)':<22}")
        print(f"{name:<{width}}  " + "  ".join(cells))
    for name in sorted(results):
        where = _display(paths.get(name, specs_dir / f"{name}.yaml"))
        for checker in CHECKERS:
            for line, message in sorted(results[name].get(checker, []), key=lambda p: p[0] or 0):
                print(f"{where}:{line or 1}: [{checker}] {_one_line(message)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
