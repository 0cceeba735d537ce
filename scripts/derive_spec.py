"""Derive the generator-facing copy of a hand-written spec.

The hand-written spec stays the truth; this copy only rewrites constructs the code generators
cannot type, and the rules dropped here stay enforced by giftkit's validation and simulators:

* `anyOf`/`oneOf` of bare `required` lists ("either A or B and C") makes openapi-python-client type
  the whole body as `Any`: the bare alternatives are removed (the properties stay optional).
* `oneOf`/`anyOf` with a `discriminator` (with or without `mapping`): each variant's discriminator
  property gets `enum: [its tag values]` when it has none, so the models dispatch on the tag (the
  implicit form: every variant's tag is a single-value enum) instead of trying variants in turn.
* readOnly (server-set) properties must never be sendable: every component schema reachable from a
  request body that holds readOnly properties gets a write twin `<Name>Input` without them.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speclib import HTTP_METHODS, load_yaml

REF_PREFIX = "#/components/schemas/"
WRITE_SUFFIX = "Input"


def _is_bare_required(node: Any) -> bool:
    return (
        isinstance(node, dict) and bool(node) and set(node) <= {"required", "description", "title"}
    )


def _drop_bare_required_alternatives(node: Any) -> None:
    if isinstance(node, dict):
        for key in ("anyOf", "oneOf"):
            alternatives = node.get(key)
            if (
                isinstance(alternatives, list)
                and alternatives
                and all(map(_is_bare_required, alternatives))
            ):
                del node[key]
        for value in node.values():
            _drop_bare_required_alternatives(value)
    elif isinstance(node, list):
        for value in node:
            _drop_bare_required_alternatives(value)


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            found.add(ref[len(REF_PREFIX) :])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _is_read_only(prop: Any, schemas: dict[str, Any]) -> bool:
    """A property is server-set if it says so, or if the schema it references does."""
    seen = set()
    while isinstance(prop, dict):
        if prop.get("readOnly"):
            return True
        ref = prop.get("$ref")
        if not (isinstance(ref, str) and ref.startswith(REF_PREFIX)) or ref in seen:
            return False
        seen.add(ref)
        prop = schemas.get(ref[len(REF_PREFIX) :])
    return False


def _has_read_only(node: Any, schemas: dict[str, Any]) -> bool:
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and any(_is_read_only(p, schemas) for p in props.values()):
            return True
        return any(_has_read_only(v, schemas) for k, v in node.items() if k != "properties") or (
            isinstance(props, dict) and any(_has_read_only(p, schemas) for p in props.values())
        )
    if isinstance(node, list):
        return any(_has_read_only(v, schemas) for v in node)
    return False


def _strip_read_only(node: Any, schemas: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        out = {}
        props = node.get("properties")
        dropped: set[str] = set()
        if isinstance(props, dict):
            dropped = {k for k, p in props.items() if _is_read_only(p, schemas)}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                out[key] = {
                    k: _strip_read_only(v, schemas) for k, v in value.items() if k not in dropped
                }
            elif key == "required" and isinstance(value, list):
                out[key] = [r for r in value if r not in dropped]
            else:
                out[key] = _strip_read_only(value, schemas)
        if "required" in out and not out["required"]:
            del out["required"]
        return out
    if isinstance(node, list):
        return [_strip_read_only(v, schemas) for v in node]
    return node


def _rewrite_refs(node: Any, mapping: dict[str, str]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if (
            isinstance(ref, str)
            and ref.startswith(REF_PREFIX)
            and ref[len(REF_PREFIX) :] in mapping
        ):
            return {**node, "$ref": REF_PREFIX + mapping[ref[len(REF_PREFIX) :]]}
        return {k: _rewrite_refs(v, mapping) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite_refs(v, mapping) for v in node]
    return node


def _closure(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        stack.extend(_refs(schemas[name]))
    return seen


def _split_read_only(spec: dict[str, Any]) -> None:
    schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    request_nodes = []
    for item in (spec.get("paths") or {}).values():
        for method in HTTP_METHODS:
            body = (item.get(method) or {}).get("requestBody")
            if body:
                request_nodes.append(body)
    for body in (spec.get("components") or {}).get("requestBodies", {}).values():
        request_nodes.append(body)
    reachable = _closure(
        schemas, set().union(*(_refs(n) for n in request_nodes)) if request_nodes else set()
    )
    # a schema needs a write twin if it, or anything it references, holds readOnly properties
    needs: set[str] = set()
    for name in sorted(reachable):
        if any(
            _has_read_only(schemas[n], schemas) for n in _closure(schemas, {name}) if n in schemas
        ):
            needs.add(name)
    if not needs:
        return
    mapping = {}
    for name in sorted(needs):
        twin = name + WRITE_SUFFIX
        while twin in schemas:
            twin += "_"
        mapping[name] = twin
    for name, twin in mapping.items():
        schemas[twin] = _rewrite_refs(
            _strip_read_only(copy.deepcopy(schemas[name]), schemas), mapping
        )
        if "title" in schemas[twin]:
            schemas[twin]["title"] = twin
    for item in (spec.get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op and "requestBody" in op:
                op["requestBody"] = _rewrite_refs(
                    _strip_read_only(op["requestBody"], schemas), mapping
                )
    bodies = (spec.get("components") or {}).get("requestBodies") or {}
    for key, body in list(bodies.items()):
        bodies[key] = _rewrite_refs(_strip_read_only(body, schemas), mapping)


def _discriminated(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("discriminator"), dict) and (node.get("oneOf") or node.get("anyOf")):
            yield node
        for value in node.values():
            yield from _discriminated(value)
    elif isinstance(node, list):
        for value in node:
            yield from _discriminated(value)


def _tag_discriminated_variants(spec: dict[str, Any]) -> None:
    schemas = spec.get("components", {}).get("schemas", {})
    for union in list(_discriminated(spec)):
        name = union["discriminator"].get("propertyName")
        variants = [v["$ref"] for v in union.get("oneOf") or union.get("anyOf") if "$ref" in v]
        mapping = union["discriminator"].get("mapping") or {
            ref.removeprefix(REF_PREFIX): ref for ref in variants
        }
        for ref in variants:
            target = schemas.get(ref.removeprefix(REF_PREFIX))
            prop = (target or {}).get("properties", {}).get(name)
            tags = [value for value, mapped in mapping.items() if mapped == ref]
            if isinstance(prop, dict) and tags and "enum" not in prop and "const" not in prop:
                target["properties"][name] = {**prop, "enum": tags}


def derive(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the generator-facing copy; `spec` is left untouched."""
    derived = copy.deepcopy(spec)
    _drop_bare_required_alternatives(derived)
    _tag_discriminated_variants(derived)
    _split_read_only(derived)
    return derived


def main(argv: list[str]) -> int:
    src, dst = Path(argv[1]), Path(argv[2])
    spec = load_yaml(src.read_text(encoding="utf-8"))
    dst.write_text(
        yaml.safe_dump(derive(spec), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
