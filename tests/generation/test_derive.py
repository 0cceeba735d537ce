"""The generator-facing copy: bare `required` alternatives dropped, readOnly never sendable."""

from __future__ import annotations

from typing import Any

from derive_spec import derive
from speclib import HTTP_METHODS, load_spec, resolve, spec_names, walk


def _request_schema_names(spec: dict[str, Any]) -> set[str]:
    names = set()
    bodies = []
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in item and "requestBody" in item[method]:
                bodies.append(resolve(spec, item[method]["requestBody"]))
    for body in bodies:
        for _, node in walk(body):
            if (
                isinstance(node, dict)
                and isinstance(node.get("$ref"), str)
                and "/schemas/" in node["$ref"]
            ):
                names.add(node["$ref"].rsplit("/", 1)[1])
    return names


def test_no_read_only_property_is_reachable_from_a_request_body() -> None:
    for name in spec_names():
        derived = derive(load_spec(name))
        schemas = derived.get("components", {}).get("schemas", {})
        seen: set[str] = set()
        stack = sorted(_request_schema_names(derived))
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            for pointer, node in walk(schemas[current]):
                if isinstance(node, dict):
                    assert not node.get("readOnly"), (
                        f"{name}: {current}{pointer} is readOnly in a request"
                    )
                    ref = node.get("$ref")
                    if isinstance(ref, str) and "/schemas/" in ref:
                        stack.append(ref.rsplit("/", 1)[1])


def test_bare_required_alternatives_are_dropped_and_the_source_is_untouched() -> None:
    for name in spec_names():
        spec = load_spec(name)
        before = [p for p, n in walk(spec) if isinstance(n, dict) and "anyOf" in n]
        derived = derive(spec)
        assert [p for p, n in walk(spec) if isinstance(n, dict) and "anyOf" in n] == before
        for pointer, node in walk(derived):
            if isinstance(node, dict):
                for key in ("anyOf", "oneOf"):
                    alternatives = node.get(key) or []
                    assert not (
                        alternatives
                        and all(
                            isinstance(a, dict) and set(a) <= {"required", "description"}
                            for a in alternatives
                        )
                    ), f"{name}{pointer}"
