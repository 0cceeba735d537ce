"""`make diff`: spec changes classified breaking / non-breaking, and the Python API check."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import diff
from speclib import ROOT, load_spec, operations, resolve, spec_names

PROVIDER = "favordrop" if "favordrop" in spec_names() else spec_names()[0]


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[diff.Change]:
    return diff.SpecComparer(PROVIDER, old, new).compare()


def _request_schema(spec: dict[str, Any]) -> dict[str, Any]:
    for op in operations(spec):
        body = op.node.get("requestBody")
        if body:
            media = next(iter(resolve(spec, body)["content"].values()))
            return resolve(spec, media["schema"])  # type: ignore[no-any-return]
    raise AssertionError("no request body")


def test_identical_specs_have_no_changes() -> None:
    spec = load_spec(PROVIDER)
    assert _changes(spec, copy.deepcopy(spec)) == []


def test_removed_operation_is_breaking_and_added_is_not() -> None:
    old = load_spec(PROVIDER)
    new = copy.deepcopy(old)
    path, _item = next(iter(new["paths"].items()))
    del new["paths"][path]
    assert any(c.breaking and "removed" in c.what for c in _changes(old, new))
    assert any(not c.breaking and "added" in c.what for c in _changes(new, old))


def test_request_rules_tightened_are_breaking_loosened_are_not() -> None:
    old = load_spec(PROVIDER)
    new = copy.deepcopy(old)
    schema = _request_schema(new)
    optional = next(name for name in schema["properties"] if name not in schema.get("required", []))
    schema.setdefault("required", []).append(optional)
    changes = _changes(old, new)
    assert [c.breaking for c in changes if f"property {optional} became required" in c.what] == [
        True
    ]
    changes = _changes(new, old)
    assert [c.breaking for c in changes if f"property {optional} no longer required" in c.what] == [
        False
    ]


def test_new_optional_request_property_is_not_breaking() -> None:
    old = load_spec(PROVIDER)
    new = copy.deepcopy(old)
    _request_schema(new)["properties"]["giftkit_new_field"] = {"type": "string"}
    changes = [c for c in _changes(old, new) if "giftkit_new_field" in c.what]
    assert changes and not any(c.breaking for c in changes)


def test_python_api_removal_is_reported_by_griffe(tmp_path: Path) -> None:
    package = f"{PROVIDER}_client"
    base = tmp_path / "generated" / package
    shutil.copytree(ROOT / "generated" / package, base)
    endpoint = next(p for p in (base / package / "api").rglob("*.py") if p.name != "__init__.py")
    endpoint.write_text(
        endpoint.read_text() + "\n\ndef giftkit_removed_function() -> None:\n    pass\n"
    )
    changes = diff.python_api_changes(PROVIDER, tmp_path)
    assert any("giftkit_removed_function" in c.what for c in changes), changes


def test_cli_reports_against_head() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/diff.py"), "--base", "HEAD"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "## Changes since HEAD" in result.stdout
