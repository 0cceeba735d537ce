"""Reading specs/: discovery, loading, and walking operations. Shared by every script and test."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
TEMPLATES_DIR = ROOT / "overlays" / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                node = item[method]
                yield Operation(provider, method, path, node.get("operationId", ""), node, item)


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref chain."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"unresolvable $ref {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target[part]
        node = target
    return node


def media_examples(spec: dict[str, Any], container: Any) -> list[Any]:
    """The JSON examples of a request body or response: each named example's value, then the
    media type's `example`."""
    container = resolve(spec, container)
    out = []
    for media, content in (container.get("content") or {}).items():
        if "json" not in media:
            continue
        for example in (content.get("examples") or {}).values():
            example = resolve(spec, example)
            if "value" in example:
                out.append(example["value"])
        if "example" in content:
            out.append(content["example"])
    return out


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (json-pointer, value) in a document, depth first."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{escape_pointer(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")
