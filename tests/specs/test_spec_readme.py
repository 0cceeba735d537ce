"""specs/README.md: generated from the specs (drift-checked), hand-written conventions kept."""

from __future__ import annotations

import re
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


def test_readme_provider_table_is_what_the_registry_produces() -> None:
    import provider_table

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert provider_table.render(text) == text
    for name in spec_names():  # every provider, with its simulator, in the committed table
        assert f"| `{name}` |" in text and f"`giftkit.testing.{name}`" in text


def test_check_mode_fails_on_a_stale_provider_table(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "README.md"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    stale.write_text(text.replace("creates-value: ", "creates: ", 1), encoding="utf-8")
    monkeypatch.setattr(spec_readme, "PROVIDER_README", stale)
    monkeypatch.setattr(sys, "argv", ["spec_readme.py", "--check"])
    assert spec_readme.main() == 1


def test_specs_readme_cites_only_files_that_exist() -> None:
    text = spec_readme.README.read_text(encoding="utf-8")
    cited = set(re.findall(r"`((?:[\w.-]+/)+[\w.-]+\.(?:py|yaml|md|json|toml))`", text))
    assert cited, "specs/README.md cites no file: the pattern is wrong"
    missing = [
        c for c in sorted(cited) if not (ROOT / c).exists() and not (ROOT / "specs" / c).exists()
    ]
    assert missing == [], f"specs/README.md cites files that do not exist: {missing}"
