"""Embedded examples: each validates against its schema with format checking; each kept
placeholder sample (x-invalid-examples) is rejected."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from speclib import escape_pointer, load_spec, operations, resolve, spec_names, walk


def _media_with_examples(provider: str) -> list[tuple[str, str, dict[str, Any]]]:
    spec = load_spec(provider)
    found = []
    for pointer, node in walk(spec):
        has_examples = (
            isinstance(node, dict)
            and "schema" in node
            and ("examples" in node or "example" in node or "x-invalid-examples" in node)
        )
        if has_examples and pointer.startswith(("/paths/", "/components/")):
            found.append((provider, pointer, node))
    return found


CASES = [c for name in spec_names() for c in _media_with_examples(name)]


def _validator(spec: dict[str, Any], pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {**spec, "$ref": f"#{pointer}/schema"}, format_checker=FormatChecker()
    )


def test_every_operation_embeds_examples() -> None:
    for name in spec_names():
        spec = load_spec(name)
        with_examples = {
            p.split("/")[2] for _, p, _ in _media_with_examples(name) if p.startswith("/paths/")
        }
        for op in operations(spec):
            assert escape_pointer(op.path) in with_examples, f"{name} {op.operation_id}: no example"


@pytest.mark.parametrize(
    ("provider", "pointer", "media"), CASES, ids=[f"{c[0]}{c[1]}" for c in CASES]
)
def test_examples_validate(provider: str, pointer: str, media: dict[str, Any]) -> None:
    spec = load_spec(provider)
    validator = _validator(spec, pointer)
    examples = {k: resolve(spec, v).get("value") for k, v in (media.get("examples") or {}).items()}
    if "example" in media:
        examples["example"] = media["example"]
    for name, value in examples.items():
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(value)
        ]
        assert errors == [], f"example {name!r} is invalid"
    for name, entry in (media.get("x-invalid-examples") or {}).items():
        assert entry.get("x-violates"), (
            f"x-invalid-examples {name!r} must list the rules it violates"
        )
        assert list(validator.iter_errors(entry["value"])), (
            f"placeholder {name!r} should be rejected"
        )
