"""Spec mistakes read like compiler errors: `specs/<file>.yaml:<line>: [checker] what (ref or key)`,
every other spec still checked, the gate table printed, exit 1, never a traceback or a repr."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from speclib import ROOT, spec_names


def _line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def test_each_mistake_is_one_located_line_and_the_other_specs_are_still_checked(
    tmp_path: Path,
) -> None:
    names = spec_names()
    assert len(names) >= 4, "one spec per kind of mistake"
    bad_yaml, bad_ref, bad_schema, unsourced = names[:4]
    for name in names:
        shutil.copy(ROOT / "specs" / f"{name}.yaml", tmp_path / f"{name}.yaml")
    shutil.copy(ROOT / "specs" / ".spectral.yaml", tmp_path / ".spectral.yaml")

    path = tmp_path / f"{bad_yaml}.yaml"
    text = path.read_text()
    path.write_text(text + "\nbroken: [unclosed\n")

    path = tmp_path / f"{bad_ref}.yaml"
    text = path.read_text()
    ref = re.search(r"\$ref: '#/components/schemas/(\w+)'", text)
    assert ref
    text = text.replace(ref.group(0), "$ref: '#/components/schemas/NoSuchSchema'", 1)
    path.write_text(text)
    ref_line = _line_of(text, "NoSuchSchema")

    path = tmp_path / f"{bad_schema}.yaml"
    spec = yaml.safe_load(path.read_text())
    schema_name, schema = next(iter(spec["components"]["schemas"].items()))
    schema["type"] = 42  # not a JSON Schema type
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
    path.write_text(text)
    type_line = _line_of(text, "type: 42")

    path = tmp_path / f"{unsourced}.yaml"
    spec = yaml.safe_load(path.read_text())
    target = next(s for s in spec["components"]["schemas"].values() if "properties" in s)
    for key in ("x-source", "x-unverified"):  # a schema's own provenance covers its properties
        target.pop(key, None)
    target["properties"]["giftkitNewField"] = {"type": "string"}
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
    path.write_text(text)
    new_line = _line_of(text, "giftkitNewField:")

    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/lint_specs.py"), "--specs", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path.parent,
        timeout=300,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "Traceback" not in out and "UntrustedString" not in out and "object at 0x" not in out
    rel = tmp_path.name
    assert re.search(
        rf"^{rel}/{bad_yaml}\.yaml:\d+: \[openapi-spec-validator\] invalid YAML", out, re.M
    ), out
    assert (
        f"{rel}/{bad_ref}.yaml:{ref_line}: [giftkit] broken $ref (#/components/schemas/NoSuchSchema)"
        in out
    )
    assert re.search(rf"^{rel}/{bad_schema}\.yaml:\d+: \[openapi-spec-validator\] 42 ", out, re.M)
    assert (
        f"{rel}/{bad_schema}.yaml:{type_line}: [spectral] oas3-schema: " in out
    ) and f"(components/schemas/{schema_name}/type)" in out
    assert (
        f"{rel}/{unsourced}.yaml:{new_line}: [giftkit] new property without x-source or x-unverified"
        in out
    )
    table = out[: out.index(f"{rel}/")]
    for name in names:  # the table lists every spec, the untouched ones all ok
        row = next(line for line in table.splitlines() if line.startswith(f"{name} "))
        if name not in (bad_yaml, bad_ref, bad_schema, unsourced):
            assert "problem" not in row, row
