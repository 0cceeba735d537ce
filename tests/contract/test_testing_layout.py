"""giftkit.testing imports in one direction: no cycle between its modules (imports inside
functions count; `if TYPE_CHECKING:` ones do not), and the shared modules never import a
provider's simulator."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import giftkit.testing as testing

PACKAGE = Path(testing.__file__).parent


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> set[str]:
    """Sibling modules imported anywhere in a module (`from . import x`, `from .x import y`)."""
    found: set[str] = set()
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _type_checking_only(node):
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        found |= _imports(node)
    return found


def graph() -> dict[str, set[str]]:
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    return {
        name: _imports(ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))) & modules
        for name in modules
    }


def test_no_import_cycle() -> None:
    try:
        order = list(TopologicalSorter(graph()).static_order())
    except CycleError as exc:
        raise AssertionError(f"import cycle in giftkit.testing: {exc.args[1]}") from exc
    assert "_core" in order


def test_shared_modules_never_import_a_provider_simulator() -> None:
    providers = set(testing.providers())
    assert providers
    for name, imported in graph().items():
        if name.startswith("_"):
            assert not imported & providers, (
                f"giftkit.testing.{name} imports {imported & providers}"
            )
