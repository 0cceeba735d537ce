"""Reading specs/: discovery, loading, and walking operations. Shared by every script and test.

The spec reading itself (operations, references, examples, routes) is giftkit._openapi's.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from giftkit._openapi import METHODS, deref, escape_pointer
from giftkit._openapi import media_examples as media_examples  # re-exported
from giftkit._openapi import operations as _operations

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
TEMPLATES_DIR = ROOT / "overlays" / "templates"
HTTP_METHODS = METHODS


def spec_names(specs_dir: Path = SPECS_DIR) -> list[str]:
    """Provider keys, discovered from specs/*.yaml (never listed by hand)."""
    return sorted(p.stem for p in specs_dir.glob("*.yaml") if not p.name.startswith("."))


class _JsonCompatibleLoader(yaml.SafeLoader):
    """YAML as JSON sees it: dates and times stay strings (as they are on the wire)."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_JsonCompatibleLoader)


@cache
def _load_cached(path: Path, mtime_ns: int) -> dict[str, Any]:
    return load_yaml(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def load_spec(name_or_path: str | Path, specs_dir: Path = SPECS_DIR) -> dict[str, Any]:
    """A deep copy of the parsed spec (callers may mutate it)."""
    path = (
        Path(name_or_path) if isinstance(name_or_path, Path) else specs_dir / f"{name_or_path}.yaml"
    )
    return copy.deepcopy(_load_cached(path, path.stat().st_mtime_ns))


@dataclass(frozen=True)
class Operation:
    provider: str
    method: str
    path: str
    operation_id: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def pointer(self) -> str:
        return f"/paths/{escape_pointer(self.path)}/{self.method}"


def operations(spec: dict[str, Any], provider: str = "") -> Iterator[Operation]:
    for raw in _operations(spec):
        node, item = dict(raw.node), dict(raw.path_item)
        yield Operation(provider, raw.method, raw.path, node.get("operationId", ""), node, item)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref chain (giftkit._openapi, the one reader)."""
    for ref in [node.get("$ref")] if isinstance(node, dict) else []:
        if isinstance(ref, str) and not ref.startswith("#/"):
            raise ValueError(f"unresolvable $ref {ref!r}")
    return deref(spec, node)


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (json-pointer, value) in a document, depth first."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{escape_pointer(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")
