"""The lint gate catches what it claims to: a spec broken in a temp copy fails `make lint`'s
script, naming the provider and the rule."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from speclib import ROOT, load_spec, operations, spec_names


def test_broken_spec_fails_the_gate(tmp_path: Path) -> None:
    victim = spec_names()[0]
    for path in (ROOT / "specs").glob("*.yaml"):
        if path.stem == victim:
            spec = load_spec(victim)
            op = next(operations(spec))
            node = spec["paths"][op.path][op.method]
            node.pop("x-source", None)
            node.pop("x-unverified", None)
            for code in [c for c in node["responses"] if str(c).startswith("4")]:
                del node["responses"][code]
            (tmp_path / path.name).write_text(
                yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
            )
        elif not path.name.startswith("."):
            shutil.copy(path, tmp_path / path.name)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/lint_specs.py"), "--specs", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout
    for checker, rule in [
        ("spectral", "giftkit-operation-provenance"),
        ("spectral", "giftkit-error-responses-documented"),
        ("redocly", "operation-4xx-response"),
    ]:  # compiler style: <file>:<line>: [checker] rule: message
        assert re.search(rf"{victim}\.yaml:\d+: \[{checker}\] {rule}:", result.stdout, re.M), (
            result.stdout
        )
