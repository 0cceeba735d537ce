"""specs/README.md: generated from the specs (drift-checked), hand-written conventions kept."""

from __future__ import annotations

import subprocess
import sys

import spec_readme
from speclib import ROOT, spec_names


def test_committed_readme_is_what_the_specs_produce() -> None:
    current = spec_readme.README.read_text(encoding="utf-8")
    assert spec_readme.render(current) == current


def test_readme_shows_each_provider_operations_sources_and_unverified() -> None:
    text = spec_readme.README.read_text(encoding="utf-8")
    assert "## Conventions (hand-written)" in text and "## Adding a sixth provider" in text
    for name in spec_names():
        section = text.split(f"### {name} — ", 1)[1].split("\n### ", 1)[0]
        assert (
            "| operationId |" in section
            and "**Sources**" in section
            and "**Unverified assumptions**" in section
        )


def test_check_mode_fails_on_drift(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "README.md"
    stale.write_text(
        spec_readme.README.read_text(encoding="utf-8").replace("| operationId |", "| opId |", 1)
    )
    monkeypatch.setattr(spec_readme, "README", stale)
    monkeypatch.setattr(sys, "argv", ["spec_readme.py", "--check"])
    assert spec_readme.main() == 1
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/spec_readme.py"), "--check"], capture_output=True
    )
    assert result.returncode == 0
