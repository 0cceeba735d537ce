"""Each generated client's README is giftkit's (overlays/templates/README.md.jinja): its
operations, its auth recipe from the spec's security schemes, and what `sync` returns."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.startswith("."))


def _readme(provider: str) -> str:
    return (ROOT / "generated" / f"{provider}_client" / "README.md").read_text()


@pytest.mark.parametrize("provider", SPECS)
def test_readme_lists_every_operation(provider: str) -> None:
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    readme = _readme(provider)
    listed = re.sub(r"\{[^}]+\}", "{}", readme)  # path parameters may be renamed for Python
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                row = f"| {method.upper()} | `{re.sub(r'{[^}]+}', '{}', path)}` |"
                assert row in listed, (provider, op["operationId"])
    assert f'pip install "giftkit[{provider}]"' in readme
    assert "return the typed success\nmodel **or raise**" in readme


@pytest.mark.parametrize("provider", SPECS)
def test_readme_auth_recipe_sends_every_header_of_a_requirement(provider: str) -> None:
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    schemes = spec.get("components", {}).get("securitySchemes", {})
    readme = _readme(provider)
    for requirement in spec.get("security") or []:
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "apiKey" and scheme["in"] == "header":
                assert f'"{scheme["name"]}"' in readme, (provider, name)
            if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
                assert "AuthenticatedClient(" in readme
    # a requirement of several keys (Voucherify's X-App-Id + X-App-Token) is one recipe
    for requirement in spec.get("security") or []:
        if len(requirement) > 1:
            assert " + ".join(requirement) in readme


@pytest.mark.parametrize("provider", SPECS)
def test_readme_python_blocks_are_python(provider: str) -> None:
    blocks = re.findall(r"```python\n(.*?)```", _readme(provider), flags=re.DOTALL)
    assert blocks
    for block in blocks:
        ast.parse("\n".join(line.removeprefix("  ") for line in block.splitlines()))
