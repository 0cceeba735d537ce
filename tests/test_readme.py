"""README.md is executable documentation: every Python block runs (in order, in one fresh
interpreter, like a reader pasting them) and every shell block marked `bash test` runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = [(info.strip(), body) for info, body in FENCE.findall(README)]
PYTHON = [body for info, body in BLOCKS if info == "python"]
SHELL = [body for info, body in BLOCKS if info == "bash test"]


def test_readme_starts_with_the_two_commands() -> None:
    first_block = BLOCKS[0]
    commands = [line.split("#")[0].strip() for line in first_block[1].splitlines() if line.strip()]
    assert commands == ["make", "make test"]
    assert README.index("```") < 200


def test_readme_has_python_and_shell_examples() -> None:
    assert len(PYTHON) >= 3 and len(SHELL) >= 1


def test_python_blocks_run(tmp_path: Path) -> None:
    script = tmp_path / "readme_tour.py"
    script.write_text("\n\n".join(PYTHON), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "must be <= 100" in result.stdout
    assert "sk_sandbox_sim_rebilly" not in result.stdout + result.stderr


def test_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    """What a reader pastes type-checks as they would check their own code."""
    script = tmp_path / "readme_tour.py"
    script.write_text("\n\n".join(PYTHON), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_provider_extra_is_documented() -> None:
    """The Install section gives the commands; the generated provider table names each extra."""
    section = README[README.index("## Install") : README.index("## A 30-second tour")]
    assert 'pip install "giftkit[' in section and 'uv add "giftkit[' in section
    table = README[README.index("## Per provider") : README.index("## What we guarantee")]
    for name in sorted(
        p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.startswith(".")
    ):
        assert f'pip install "giftkit[{name}]"' in table, name


@pytest.mark.parametrize("block", SHELL, ids=[b.splitlines()[0] for b in SHELL])
def test_shell_blocks_run(block: str) -> None:
    env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
