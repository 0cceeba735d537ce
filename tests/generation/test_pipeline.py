"""The regeneration pipeline: determinism, stale files, incremental skip, drift detection."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import generate
from speclib import ROOT, load_yaml, spec_names

SPECS = ROOT / "specs"
PROVIDERS = spec_names()


@pytest.fixture(scope="module")
def specs_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("specs")
    for path in SPECS.glob("*.yaml"):
        shutil.copy(path, dest / path.name)
    return dest


@pytest.fixture(scope="module")
def generated_once(specs_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen-a")
    generate.generate(specs_copy, out, force=True, quiet=True)
    return out


def test_providers_are_discovered_from_specs() -> None:
    assert sorted(p.stem for p in SPECS.glob("*.yaml") if not p.name.startswith(".")) == PROVIDERS
    assert len(PROVIDERS) >= 5


def test_two_runs_are_byte_identical(
    specs_copy: Path, generated_once: Path, tmp_path: Path
) -> None:
    generate.generate(specs_copy, tmp_path, force=True, quiet=True)
    assert generate.diff_trees(generated_once, tmp_path) == []


def test_committed_generated_tree_matches_the_specs(generated_once: Path) -> None:
    assert generate.diff_trees(generated_once, ROOT / "generated") == []


def test_every_generated_file_has_the_do_not_edit_header(generated_once: Path) -> None:
    unheaded = []
    for path in generated_once.rglob("*"):
        if path.is_file() and path.name != generate.MANIFEST:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            if "by `make generate` — do not edit" not in first:
                unheaded.append(str(path.relative_to(generated_once)))
    assert unheaded == []


def test_each_client_is_lock_stepped_with_giftkit_and_typed(generated_once: Path) -> None:
    """A client's version is giftkit's (one publishable set); its README names the spec's."""
    import tomllib

    from speclib import load_spec

    giftkit_version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for name in PROVIDERS:
        project = generated_once / f"{name}_client"
        pyproject = (project / "pyproject.toml").read_text()
        assert f'name = "giftkit-{name.replace("_", "-")}-client"' in pyproject
        assert f'version = "{giftkit_version}"' in pyproject
        spec_version = load_spec(name)["info"]["version"]
        assert f"spec version {spec_version}" in (project / "README.md").read_text()
        assert (project / f"{name}_client" / "py.typed").is_file()
    assert (generated_once / "giftkit_wire" / "py.typed").is_file()


def test_generated_clients_never_import_giftkit(generated_once: Path) -> None:
    offenders = [
        str(p.relative_to(generated_once))
        for p in generated_once.glob("*_client/**/*.py")
        if "import giftkit" in p.read_text() or "from giftkit" in p.read_text()
    ]
    assert offenders == []


def test_unchanged_specs_are_skipped_and_a_changed_one_alone_regenerated(
    specs_copy: Path, tmp_path: Path
) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(specs_copy, specs)
    out = tmp_path / "out"
    assert generate.generate(specs, out, quiet=True) == PROVIDERS
    assert generate.generate(specs, out, quiet=True) == []
    victim = PROVIDERS[0]
    path = specs / f"{victim}.yaml"
    path.write_text(path.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\n# edited", 1))
    assert generate.generate(specs, out, quiet=True) == [victim]


def test_stale_files_and_removed_specs_disappear(specs_copy: Path, tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(specs_copy, specs)
    out = tmp_path / "out"
    generate.generate(specs, out, quiet=True)
    victim, other = PROVIDERS[0], PROVIDERS[1]
    stray = out / f"{victim}_client" / f"{victim}_client" / "api" / "stale_module.py"
    stray.write_text("x = 1\n")
    generate.generate(specs, out, force=True, quiet=True)
    assert not stray.exists()
    (specs / f"{other}.yaml").unlink()
    generate.generate(specs, out, quiet=True)
    assert not (out / f"{other}_client").exists()
    assert not (out / "giftkit_wire" / f"{other}.py").exists()
    assert (out / f"{victim}_client").is_dir()


def test_check_names_the_drifted_provider(specs_copy: Path, tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(specs_copy, specs)
    out = tmp_path / "out"
    generate.generate(specs, out, quiet=True)
    victim = PROVIDERS[-1]
    path = specs / f"{victim}.yaml"
    spec = load_yaml(path.read_text())
    spec["info"]["version"] = spec["info"]["version"] + "-edited"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--check",
            "--specs",
            str(specs),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    drift_lines = [line for line in result.stdout.splitlines() if "file(s) differ" in line]
    assert [line.split()[0] for line in drift_lines] == [victim]
    assert f"differs for: {victim}" in result.stdout and "make generate" in result.stdout


def test_check_passes_on_an_unchanged_tree(specs_copy: Path, generated_once: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--check",
            "--specs",
            str(specs_copy),
            "--out",
            str(generated_once),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("name", PROVIDERS)
def test_the_spec_module_is_the_spec_one_json_line_per_line(name: str) -> None:
    """generated/giftkit_wire/<p>_spec.py holds the hand-written spec itself, as indented JSON, one
    string literal per line: a spec change is a diff of the lines it changes."""
    import importlib
    import json

    path = ROOT / "generated" / "giftkit_wire" / f"{name}{generate.SPEC_SUFFIX}.py"
    module = importlib.import_module(f"giftkit_wire.{name}{generate.SPEC_SUFFIX}")
    assert load_yaml((SPECS / f"{name}.yaml").read_text(encoding="utf-8")) == module.SPEC
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= len(json.dumps(module.SPEC, indent=1).splitlines()) > 100
