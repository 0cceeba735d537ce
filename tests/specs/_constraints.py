"""Derive, for every constraint in a spec, a payload that violates exactly that constraint.

Each schema reachable from an operation (JSON request body, parameters, JSON responses) is walked
with a valid base instance (the operation's first embedded example, else one synthesized from the
schema). At every constraint keyword a copy of the base is mutated so that this keyword, and only
it, is broken; the tests then require that the validator rejects the copy *because of* that
keyword. A constraint for which no violating payload can be derived is itself a failure.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from speclib import escape_pointer, operations, resolve

SCALAR_KEYWORDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "enum",
    "const",
    "type",
    "multipleOf",
)
ARRAY_KEYWORDS = ("minItems", "maxItems", "uniqueItems")
SAMPLE_FORMATS = {
    "date": "2031-01-15",
    "date-time": "2031-01-15T10:00:00Z",
    "email": "alice@example.com",
    "uri": "https://example.com/a",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "time": "10:00:00Z",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
}
BAD_FORMATS = {
    "date": "2031-13-45",
    "date-time": "not-a-date-time",
    "email": "not-an-email",
    "uri": "not a uri",
    "uuid": "not-a-uuid",
    "time": "25:99",
    "hostname": "-bad-.example..",
    "ipv4": "999.1.1.1",
}
PATTERN_CANDIDATES = (
    "US",
    "USD",
    "2031-01-15",
    "2031-01-15T10:00:00Z",
    "2031-01-15 10:00:00",
    "abc",
    "ABC",
    "abc123",
    "1",
    "12345",
    "+18765551234",
    "a-b_c",
    "x" * 8,
    "",
)
ASSERTED_FORMATS = set(BAD_FORMATS) & set(FormatChecker().checkers)
NON_MATCHING_CANDIDATES = ("", "!", "é é", "0", "zzz", "not matching at all!", "-", "  ")


def is_bare_required(node: Any) -> bool:
    return (
        isinstance(node, dict) and bool(node) and set(node) <= {"required", "description", "title"}
    )


@dataclass
class Target:
    """One schema to walk: where it sits in the spec and a valid instance of it."""

    provider: str
    label: str  # e.g. "createOrders request", "PostCoupon 201", "GetCouponCollection query limit"
    pointer: str  # JSON pointer of the schema in the spec
    base: Any


@dataclass
class Violation:
    target: Target
    keyword: str
    instance_path: tuple[Any, ...]
    schema_pointer: str
    payload: Any = None
    problem: str | None = None  # set when no violating payload could be derived
    accept: tuple[str, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        where = ".".join(map(str, self.instance_path)) or "<root>"
        return f"{self.target.provider}:{self.target.label}:{where}:{self.keyword}@{self.schema_pointer}"


class Spec:
    def __init__(self, provider: str, spec: dict[str, Any]) -> None:
        self.provider, self.spec = provider, spec

    def validator(self, pointer: str) -> Draft202012Validator:
        root = {**self.spec, "$ref": "#" + pointer}
        return Draft202012Validator(root, format_checker=FormatChecker())

    def errors(self, pointer: str, instance: Any) -> list[Any]:
        return list(self.validator(pointer).iter_errors(instance))

    # -- valid instances ------------------------------------------------------------------------

    def synth(self, schema: Any, depth: int = 0) -> Any:
        schema = resolve(self.spec, schema)
        if not isinstance(schema, dict) or depth > 12:
            return None
        for key in ("const",):
            if key in schema:
                return copy.deepcopy(schema[key])
        if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
            return copy.deepcopy(schema["examples"][0])
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if "default" in schema and schema["default"] is not None:
            return copy.deepcopy(schema["default"])
        if "enum" in schema:
            return copy.deepcopy(
                next((v for v in schema["enum"] if v is not None), schema["enum"][0])
            )
        for key in ("oneOf", "anyOf"):
            branches = [b for b in schema.get(key, []) if not is_bare_required(b)]
            if branches:
                value = self.synth(branches[0], depth + 1)
                if isinstance(value, dict):
                    rest = {k: v for k, v in schema.items() if k not in (key,)}
                    merged = self.synth(rest, depth + 1) if rest.get("properties") else {}
                    return {**(merged or {}), **value}
                return value
        types = schema.get("type")
        if "allOf" in schema and types in (None, "object"):
            merged: dict[str, Any] = {}
            parts = [resolve(self.spec, part) for part in schema["allOf"]]
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            for part in [*parts, rest]:
                value = self.synth(part, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            for part in parts:  # a later part may narrow a property an earlier one filled in
                for name, sub in (part.get("properties") or {}).items():
                    if name in merged and not Draft202012Validator(
                        {**self.spec, **resolve(self.spec, sub)}, format_checker=FormatChecker()
                    ).is_valid(merged[name]):
                        merged[name] = self.synth(sub, depth + 1)
            return merged
        kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        if kind == "object":
            props = schema.get("properties") or {}
            required = list(schema.get("required", []))
            for alternative in schema.get("anyOf", []) + schema.get("oneOf", []):
                if is_bare_required(alternative):
                    required += [r for r in alternative["required"] if r not in required]
                    break
            return {
                name: self.synth(props.get(name, {}), depth + 1)
                for name in required
                if not resolve(self.spec, props.get(name, {})).get("readOnly")
            }
        if kind == "array":
            count = max(int(schema.get("minItems", 1)), 1)
            item = self.synth(schema.get("items", {}), depth + 1)
            if schema.get("uniqueItems") and count > 1:
                return [item] + [
                    f"{item}{i}" if isinstance(item, str) else item for i in range(1, count)
                ]
            return [copy.deepcopy(item) for _ in range(count)]
        if kind == "integer":
            low = schema.get(
                "minimum",
                schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1,
            )
            return int(low) if low == int(low) else int(low) + 1
        if kind == "number":
            if "minimum" in schema:
                return schema["minimum"]
            if "exclusiveMinimum" in schema:
                return schema["exclusiveMinimum"] + 1
            return 10
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        # strings
        if "format" in schema and schema["format"] in SAMPLE_FORMATS and "pattern" not in schema:
            return SAMPLE_FORMATS[schema["format"]]
        if "pattern" in schema:
            candidates = (
                [SAMPLE_FORMATS[schema["format"]]] if schema.get("format") in SAMPLE_FORMATS else []
            ) + list(PATTERN_CANDIDATES)
            for candidate in candidates:
                if re.search(schema["pattern"], candidate):
                    return candidate
            return _regex_example(schema["pattern"])
        length = max(int(schema.get("minLength", 0)), min(3, int(schema.get("maxLength", 3))))
        return "x" * length

    # -- targets --------------------------------------------------------------------------------

    def targets(self) -> Iterator[Target]:
        for op in operations(self.spec, self.provider):
            name = op.operation_id or f"{op.method} {op.path}"
            params = list(op.path_item.get("parameters", [])) + list(op.node.get("parameters", []))
            for index, param in enumerate(params):
                resolved = resolve(self.spec, param)
                if "schema" not in resolved:
                    continue
                in_item = index < len(op.path_item.get("parameters", []))
                base_ptr = f"/paths/{escape_pointer(op.path)}" + (
                    "" if in_item else f"/{op.method}"
                )
                local = index if in_item else index - len(op.path_item.get("parameters", []))
                pointer = (_ref_pointer(param) or f"{base_ptr}/parameters/{local}") + "/schema"
                base = resolved.get("example", self.synth(resolved["schema"]))
                yield Target(
                    self.provider,
                    f"{name} {resolved.get('in')} {resolved.get('name')}",
                    pointer,
                    base,
                )
            body = op.node.get("requestBody")
            if body:
                body_ptr = _ref_pointer(body) or f"{op.pointer}/requestBody"
                for media, item in (resolve(self.spec, body).get("content") or {}).items():
                    if "json" in media and "schema" in item:
                        yield Target(
                            self.provider,
                            f"{name} request",
                            f"{body_ptr}/content/{escape_pointer(media)}/schema",
                            _first_example(item, self.synth(item["schema"])),
                        )
            for code, response in (op.node.get("responses") or {}).items():
                resp_ptr = _ref_pointer(response) or f"{op.pointer}/responses/{code}"
                for media, item in (resolve(self.spec, response).get("content") or {}).items():
                    if "json" in media and "schema" in item:
                        yield Target(
                            self.provider,
                            f"{name} {code}",
                            f"{resp_ptr}/content/{escape_pointer(media)}/schema",
                            _first_example(item, self.synth(item["schema"])),
                        )

    # -- violations -----------------------------------------------------------------------------

    def violations(self, target: Target) -> Iterator[Violation]:
        self._target_pointer = target.pointer
        schema = self._at(target.pointer)
        yield from self._walk(target, schema, target.pointer, (), copy.deepcopy(target.base), set())

    def _at(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.lstrip("/").split("/"):
            node = (
                node[int(part)]
                if isinstance(node, list)
                else node[part.replace("~1", "/").replace("~0", "~")]
            )
        return node

    def _walk(
        self,
        target: Target,
        schema: Any,
        pointer: str,
        path: tuple[Any, ...],
        whole: Any,
        seen: set[str],
    ) -> Iterator[Violation]:
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:  # recursive schema: one pass is enough
                return
            seen = seen | {ref}
            pointer = ref[1:]
            schema = resolve(self.spec, schema)
        if not isinstance(schema, dict):
            return
        here = _get(whole, path)
        if here is _MISSING:
            whole = self._repair(target, _set(whole, path, self.synth(schema)), path)
            here = _get(whole, path)

        def violation(keyword: str, mutate: Any, accept: tuple[str, ...] = ()) -> Violation:
            v = Violation(target, keyword, path, pointer, accept=accept or (keyword,))
            try:
                if self.errors(target.pointer, whole):
                    v.problem = (
                        "could not build a valid base instance for this location: "
                        + "; ".join(e.message[:200] for e in self.errors(target.pointer, whole)[:3])
                    )
                    return v
                v.payload = mutate(copy.deepcopy(whole))
                if v.payload is _MISSING:
                    v.problem = "no violating value could be derived"
            except Exception as exc:  # a derivation bug must surface as a failing case, not vanish
                v.problem = f"derivation failed: {type(exc).__name__}: {exc}"
            return v

        for keyword in SCALAR_KEYWORDS:
            if keyword == "format" and schema.get("format") not in ASSERTED_FORMATS:
                continue  # an annotation (e.g. "double", "int32"): nothing to violate
            if keyword in schema and not (
                keyword == "type" and schema.get("type") == "object" and path == ()
            ):
                yield violation(
                    keyword, lambda w, k=keyword: self._mutate_scalar(w, path, schema, k)
                )
        for keyword in ARRAY_KEYWORDS:
            if keyword in schema and (keyword != "uniqueItems" or schema[keyword]):
                yield violation(
                    keyword, lambda w, k=keyword: self._mutate_array(w, path, schema, k)
                )
        if isinstance(here, dict) or schema.get("type") == "object" or "properties" in schema:
            props = schema.get("properties") or {}
            for name in schema.get("required", []):
                yield violation(
                    f"required[{name}]",
                    lambda w, n=name: _delete(w, (*path, n)),
                    accept=("required",),
                )
            if schema.get("additionalProperties") is False:
                yield violation(
                    "additionalProperties", lambda w: _set(w, (*path, "__giftkit_unexpected__"), 1)
                )
            for key in ("anyOf", "oneOf"):
                alternatives = schema.get(key) or []
                if alternatives and all(map(is_bare_required, alternatives)):
                    names = sorted({n for alt in alternatives for n in alt["required"]})
                    yield violation(
                        f"{key}-required",
                        lambda w, ns=names: _delete_all(w, path, ns),
                        accept=(key,),
                    )
            for name, sub in props.items():
                if resolve(self.spec, sub).get("readOnly") and target.label.endswith("request"):
                    continue
                sub_ptr = f"{pointer}/properties/{escape_pointer(name)}"
                yield from self._walk(target, sub, sub_ptr, (*path, name), whole, seen)
        if "items" in schema and (isinstance(here, list) or schema.get("type") == "array"):
            sub_whole = whole
            if not here:
                sub_whole = _set(copy.deepcopy(whole), path, [self.synth(schema["items"])])
            yield from self._walk(
                target, schema["items"], f"{pointer}/items", (*path, 0), sub_whole, seen
            )
        for key in ("oneOf", "anyOf", "allOf"):
            branches = schema.get(key) or []
            if branches and all(map(is_bare_required, branches)):
                continue
            for index, branch in enumerate(branches):
                branch_ptr = f"{pointer}/{key}/{index}"
                branch_schema = resolve(self.spec, branch)
                branch_whole = whole
                if key != "allOf" and self._branch_errors(branch_ptr, _get(whole, path)):
                    candidate = self.synth(branch_schema)
                    branch_whole = _set(copy.deepcopy(whole), path, candidate)
                    if isinstance(candidate, dict) and isinstance(_get(whole, path), dict):
                        keep = {k: v for k, v in _get(whole, path).items() if k not in candidate}
                        merged = _set(copy.deepcopy(whole), path, {**keep, **candidate})
                        # the merge must land in *this* branch, not validate through a sibling
                        if not self.errors(target.pointer, merged) and not self._branch_errors(
                            branch_ptr, _get(merged, path)
                        ):
                            branch_whole = merged
                    branch_whole = self._repair(target, branch_whole, path)
                yield from self._walk(target, branch, branch_ptr, path, branch_whole, seen)

    def _repair(self, target: Target, whole: Any, path: tuple[Any, ...], rounds: int = 6) -> Any:
        """Re-synthesize values under `path` that the whole target rejects, from the very
        subschema that rejected them (e.g. an allOf part narrowing `status` to 401)."""
        for _ in range(rounds):
            errors = [
                e
                for e in self.errors(target.pointer, whole)
                if tuple(e.absolute_path)[: len(path)] == path
            ]
            if not errors:
                return whole
            error = min(errors, key=lambda e: len(e.absolute_path))
            while error.context:  # oneOf/anyOf: take the closest branch's own complaint
                error = min(
                    error.context,
                    key=lambda e: (len(list(e.relative_schema_path)), len(e.absolute_path)),
                )
            location = tuple(error.absolute_path)
            if error.validator == "required":
                missing = error.message.split("'")[1]
                props = (
                    (error.schema.get("properties") or {}) if isinstance(error.schema, dict) else {}
                )
                whole = _set(whole, (*location, missing), self.synth(props.get(missing, {})))
            else:
                replacement = self.synth(error.schema if isinstance(error.schema, dict) else {})
                whole = _set(whole, location, replacement)
        return whole

    def _branch_errors(self, pointer: str, instance: Any) -> bool:
        return bool(self.errors(pointer, instance))

    def _mutate_scalar(
        self, whole: Any, path: tuple[Any, ...], schema: dict[str, Any], keyword: str
    ) -> Any:
        value: Any
        if keyword == "minimum":
            value = schema["minimum"] - (1 if _is_int(schema) else 0.01)
        elif keyword == "exclusiveMinimum":
            value = schema["exclusiveMinimum"]
        elif keyword == "maximum":
            value = schema["maximum"] + (1 if _is_int(schema) else 0.01)
        elif keyword == "exclusiveMaximum":
            value = schema["exclusiveMaximum"]
        elif keyword == "multipleOf":
            value = schema["multipleOf"] * 1.5 + (0.0001 if not _is_int(schema) else 0)
        elif keyword == "minLength":
            if schema["minLength"] == 0:
                return _MISSING
            value = "x" * (schema["minLength"] - 1)
        elif keyword == "maxLength":
            value = "x" * (schema["maxLength"] + 1)
        elif keyword == "pattern":
            value = next(
                (c for c in NON_MATCHING_CANDIDATES if not re.search(schema["pattern"], c)),
                _MISSING,
            )
        elif keyword == "format":
            value = BAD_FORMATS.get(schema["format"], _MISSING)
        elif keyword == "enum":
            options = schema["enum"]
            if all(isinstance(o, str) or o is None for o in options):
                value = "__giftkit_not_in_enum__"
            elif all(isinstance(o, int | float) or o is None for o in options):
                value = max(o for o in options if o is not None) + 1
            else:
                value = {"__not_in_enum__": True}
        elif keyword == "const":
            value = "__giftkit_not_const__" if schema["const"] != "__giftkit_not_const__" else 0
        elif keyword == "type":
            types = set(schema["type"]) if isinstance(schema["type"], list) else {schema["type"]}
            samples = {
                "string": "a string",
                "integer": 7,
                "number": 7.5,
                "boolean": True,
                "object": {"a": 1},
                "array": [1],
                "null": None,
            }
            if "number" in types:
                types.add("integer")
            choices = [
                k
                for k in ("object", "array", "string", "boolean", "null", "number")
                if k not in types
            ]
            for choice in choices:  # prefer a value no sibling alternative accepts either
                candidate = _set(copy.deepcopy(whole), path, samples[choice])
                if self.errors(self._target_pointer, candidate):
                    return candidate
            return _MISSING
        else:  # pragma: no cover - keyword list and branches kept in step
            return _MISSING
        if value is _MISSING:
            return _MISSING
        return _set(whole, path, value)

    def _mutate_array(
        self, whole: Any, path: tuple[Any, ...], schema: dict[str, Any], keyword: str
    ) -> Any:
        current = _get(whole, path)
        items = list(current) if isinstance(current, list) else []
        item = items[0] if items else self.synth(schema.get("items", {}))
        if keyword == "minItems":
            if schema["minItems"] == 0:
                return _MISSING
            return _set(whole, path, [copy.deepcopy(item) for _ in range(schema["minItems"] - 1)])
        if keyword == "maxItems":
            return _set(whole, path, [copy.deepcopy(item) for _ in range(schema["maxItems"] + 1)])
        return _set(whole, path, [copy.deepcopy(item), copy.deepcopy(item)])


def _regex_example(pattern: str) -> str | None:
    """A minimal (hence deterministic) string matching `pattern`, found by hypothesis."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st
    from hypothesis.errors import NoSuchExample

    try:
        return find(
            st.from_regex(pattern),
            lambda _: True,
            settings=settings(database=None, suppress_health_check=list(HealthCheck)),
        )
    except (NoSuchExample, re.error):
        return None


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


def _is_int(schema: dict[str, Any]) -> bool:
    t = schema.get("type")
    return t == "integer" or (isinstance(t, list) and "integer" in t and "number" not in t)


def _ref_pointer(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return node["$ref"][1:]
    return None


def _first_example(media: dict[str, Any], fallback: Any) -> Any:
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return copy.deepcopy(example["value"])
    if "example" in media:
        return copy.deepcopy(media["example"])
    return fallback


def _get(whole: Any, path: tuple[Any, ...]) -> Any:
    node = whole
    for key in path:
        if (isinstance(node, dict) and key in node) or (
            isinstance(node, list) and isinstance(key, int) and key < len(node)
        ):
            node = node[key]
        else:
            return _MISSING
    return node


def _set(whole: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = whole
    for key in path[:-1]:
        node = node[key]
    if isinstance(node, list):
        node[path[-1]] = value
    else:
        node[path[-1]] = value
    return whole


def _delete(whole: Any, path: tuple[Any, ...]) -> Any:
    parent = _get(whole, path[:-1])
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
        return whole
    return _MISSING


def _delete_all(whole: Any, path: tuple[Any, ...], names: list[str]) -> Any:
    node = _get(whole, path)
    if not isinstance(node, dict):
        return _MISSING
    for name in names:
        node.pop(name, None)
    return whole


def keyword_in_errors(errors: list[Any], accept: tuple[str, ...]) -> bool:
    stack = list(errors)
    while stack:
        error = stack.pop()
        if error.validator in accept:
            return True
        stack.extend(error.context or [])
    return False


def describe(payload: Any) -> str:
    return json.dumps(payload, default=str)[:300]
