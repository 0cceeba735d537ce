"""A provider's hand-written spec as an operation table: identify a request, validate bodies.

Validation uses the hand-written spec itself (`giftkit_wire.<p>_spec.SPEC`), which keeps every
rule (anyOf-of-required, formats, enums) that the generator-facing copy drops.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

_SPEC_URI = "urn:giftkit:spec"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_PARAM = re.compile(r"\{([^}/]+)\}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _json_content(content: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    for media, body in content.items():
        if "json" in media:
            return media, body
    return None


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header
    required: bool
    pointer: str  # JSON pointer of the parameter's schema
    kind: str  # the schema's (first non-null) type, for turning wire strings into JSON values


@dataclass
class Operation:
    id: str
    method: str  # upper case
    template: str
    regex: re.Pattern[str]
    path_params: tuple[str, ...]
    literal_weight: int  # more literal characters win when two templates match
    request_pointer: str | None  # JSON pointer of the JSON request body schema
    responses: dict[
        str, str | None
    ]  # "201" / "2XX" / "default" -> schema pointer or None (no body)
    secured: bool
    parameters: tuple[Parameter, ...] = ()

    @property
    def is_read(self) -> bool:
        return self.method in ("GET", "HEAD", "OPTIONS")

    def response_pointer(self, status: int) -> tuple[bool, str | None]:
        """(documented?, schema pointer) for a status."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                return True, self.responses[key]
        return False, None

    def documented_success(self, status: int) -> bool:
        return str(status) in self.responses or f"{status // 100}XX" in self.responses


class OperationTable:
    """Every operation of one spec, with lazily compiled JSON-schema validators."""

    def __init__(self, spec: Mapping[str, Any]):
        self.spec = spec
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        top_security = spec.get("security")
        for path, item in spec.get("paths", {}).items():
            for method in _METHODS:
                op = item.get(method)
                if not isinstance(op, Mapping):
                    continue
                pointer_base = f"#/paths/{_escape(path)}/{method}"
                request_pointer = None
                body = op.get("requestBody")
                if isinstance(body, Mapping) and "$ref" in body:
                    body = self.resolve(body["$ref"])
                if isinstance(body, Mapping):
                    found = _json_content(body.get("content", {}))
                    if found and "schema" in found[1]:
                        request_pointer = (
                            f"{pointer_base}/requestBody/content/{_escape(found[0])}/schema"
                        )
                        if "$ref" in op["requestBody"]:
                            ref = op["requestBody"]["$ref"]
                            request_pointer = f"{ref}/content/{_escape(found[0])}/schema"
                responses: dict[str, str | None] = {}
                for status, response in op.get("responses", {}).items():
                    base = f"{pointer_base}/responses/{_escape(str(status))}"
                    if isinstance(response, Mapping) and "$ref" in response:
                        base = response["$ref"]
                        response = self.resolve(base)
                    found = (
                        _json_content(response.get("content", {}) or {})
                        if isinstance(response, Mapping)
                        else None
                    )
                    responses[
                        str(status).upper() if "X" in str(status).upper() else str(status)
                    ] = (
                        f"{base}/content/{_escape(found[0])}/schema"
                        if found and "schema" in found[1]
                        else None
                    )
                params = tuple(_PARAM.findall(path))
                # one capture group per path parameter: the same regex matches and extracts values
                pattern = (
                    "^"
                    + _PARAM.sub("([^/]+)", re.escape(path).replace(r"\{", "{").replace(r"\}", "}"))
                    + "/?$"
                )
                security = op.get("security", top_security)
                parameters = self._parameters(
                    [
                        (f"#/paths/{_escape(path)}/parameters/{i}", p)
                        for i, p in enumerate(item.get("parameters", []))
                    ]
                    + [
                        (f"{pointer_base}/parameters/{i}", p)
                        for i, p in enumerate(op.get("parameters", []))
                    ]
                )
                operation = Operation(
                    id=op.get("operationId") or f"{method} {path}",
                    method=method.upper(),
                    template=path,
                    regex=re.compile(pattern),
                    path_params=params,
                    literal_weight=len(_PARAM.sub("", path)),
                    request_pointer=request_pointer,
                    responses=responses,
                    secured=bool(security) and any(bool(s) for s in security),
                    parameters=parameters,
                )
                self.operations.append(operation)
                self.by_id[operation.id] = operation
        self.operations.sort(key=lambda o: -o.literal_weight)
        self._registry: Any = None

    def _parameters(self, found: list[tuple[str, Any]]) -> tuple[Parameter, ...]:
        """Path, query and header parameters with a schema (operation-level ones win)."""
        by_key: dict[tuple[str, str], Parameter] = {}
        for pointer, param in found:
            if isinstance(param, Mapping) and "$ref" in param:
                pointer, param = param["$ref"], self.resolve(param["$ref"])
            if (
                not isinstance(param, Mapping)
                or "schema" not in param
                or param.get("in") == "cookie"
            ):
                continue
            schema = param["schema"]
            if isinstance(schema, Mapping) and "$ref" in schema:
                schema = self.resolve(schema["$ref"])
            types = schema.get("type", "string") if isinstance(schema, Mapping) else "string"
            kind = (
                next((t for t in types if t != "null"), "string")
                if isinstance(types, list)
                else types
            )
            location = str(param.get("in"))
            name = str(param.get("name"))
            by_key[(location, name.lower() if location == "header" else name)] = Parameter(
                name=name,
                location=location,
                required=bool(param.get("required")),
                pointer=f"{pointer}/schema",
                kind=kind,
            )
        return tuple(by_key.values())

    def resolve(self, ref: str) -> Any:
        node: Any = self.spec
        for token in ref.lstrip("#").strip("/").split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def match(self, method: str, path: str) -> Operation | None:
        for op in self.operations:
            if op.method == method and op.regex.match(path):
                return op
        return None

    def path_values(self, op: Operation, path: str) -> dict[str, str]:
        found = op.regex.match(path)
        return dict(zip(op.path_params, found.groups(), strict=False)) if found else {}

    @property
    def security_schemes(self) -> Mapping[str, Any]:
        schemes: Mapping[str, Any] = self.spec.get("components", {}).get("securitySchemes", {})
        return schemes

    def validator(self, pointer: str) -> Any:
        """A jsonschema validator for the schema at `pointer`, compiled once."""
        cache: dict[str, Any] = self.__dict__.setdefault("_validators", {})
        if pointer not in cache:
            from jsonschema import Draft202012Validator, FormatChecker
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            if self._registry is None:
                self._registry = Registry().with_resource(
                    _SPEC_URI,
                    Resource.from_contents(dict(self.spec), default_specification=DRAFT202012),
                )
            cache[pointer] = Draft202012Validator(
                {"$ref": _SPEC_URI + pointer},
                registry=self._registry,
                format_checker=FormatChecker(),
            )
        return cache[pointer]

    def errors(self, pointer: str, instance: Any) -> dict[str, list[str]]:
        """Field errors of `instance` against the schema at `pointer` (see schema_errors).

        A valid instance is recognised by a compiled check (see _Compiler); only an invalid one,
        or a schema the compiler does not cover, goes through jsonschema, which words the errors.
        """
        checks: dict[str, Any] = self.__dict__.setdefault("_checks", {})
        if pointer not in checks:
            try:
                checks[pointer] = _Compiler(self).compile({"$ref": pointer})
            except _Unsupported:
                checks[pointer] = None
        check = checks[pointer]
        if check is not None:
            try:
                if check(instance):
                    return {}
            except RecursionError:
                pass  # jsonschema decides (and raises the same way)
        return schema_errors(self.validator(pointer), instance)


class _Unsupported(Exception):
    """A schema the compiler does not cover: jsonschema alone decides for it."""


def _true(instance: Any) -> bool:
    return True


def _false(instance: Any) -> bool:
    return False


def _is_number(x: Any) -> bool:
    return not isinstance(x, bool) and isinstance(x, numbers.Number)


def _is_integer(x: Any) -> bool:  # draft 2020-12: 1.0 is an integer
    if isinstance(x, bool):
        return False
    return isinstance(x, int) or (isinstance(x, float) and x.is_integer())


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda x: isinstance(x, str),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": _is_integer,
}
# keywords that change how a schema is read: never compiled
_STRUCTURAL = frozenset(
    {"$id", "$anchor", "$dynamicAnchor", "$schema", "$vocabulary", "$recursiveRef"}
)


class _Compiler:
    """Compiles a Draft 2020-12 schema of the spec into a plain `instance -> bool` function that
    decides exactly as `Draft202012Validator(..., format_checker=FormatChecker()).is_valid` does.

    It covers the keywords the specs use, with jsonschema's own semantics (types, `equal` for
    enum/const, `re.search` for patterns, the same FormatChecker); any other validating keyword
    raises _Unsupported, and jsonschema then validates that schema on every call as before.
    Keywords jsonschema does not validate (annotations, `x-*`, `discriminator`) are ignored, as
    jsonschema ignores them.
    """

    def __init__(self, table: OperationTable):
        from jsonschema import Draft202012Validator, FormatChecker

        self.table = table
        self.validating = frozenset(Draft202012Validator.VALIDATORS)
        self.formats = FormatChecker()
        self.refs: dict[str, Callable[[Any], bool]] = {}

    def ref(self, ref: str) -> Callable[[Any], bool]:
        if not ref.startswith("#/") or "%" in ref:
            raise _Unsupported(ref)
        if ref not in self.refs:
            cell: list[Callable[[Any], bool]] = []
            self.refs[ref] = lambda x: cell[0](
                x
            )  # a recursive schema reaches itself through the cell
            try:
                target = self.table.resolve(ref)
            except (KeyError, IndexError, TypeError):
                raise _Unsupported(ref) from None
            cell.append(self.compile(target))
        return self.refs[ref]

    def compile(self, schema: Any) -> Callable[[Any], bool]:
        if schema is True:
            return _true
        if schema is False:
            return _false
        if not isinstance(schema, Mapping):
            raise _Unsupported(repr(schema))
        if _STRUCTURAL & schema.keys():
            raise _Unsupported("structural keyword")
        checks: list[Callable[[Any], bool]] = []
        for key, value in schema.items():
            if key not in self.validating or key in ("minContains", "maxContains"):
                continue
            maker = getattr(self, "k_" + key.lstrip("$"), None)
            if maker is None:
                raise _Unsupported(key)
            check = maker(value, schema)
            if check is not None:
                checks.append(check)
        if not checks:
            return _true
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda x: first(x) and second(x)
        all_checks = tuple(checks)

        def every(x: Any) -> bool:
            for check in all_checks:  # noqa: SIM110 - a plain loop is the faster form here
                if not check(x):
                    return False
            return True

        return every

    # --- keywords: each returns a check, or None when it can never fail ---
    def k_ref(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        if not isinstance(value, str):
            raise _Unsupported("$ref")
        return self.ref(value)

    def k_type(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        names = [value] if isinstance(value, str) else list(value)
        if not names or any(n not in _TYPES for n in names):
            raise _Unsupported("type")
        if len(names) == 1:
            return _TYPES[names[0]]
        preds = tuple(_TYPES[n] for n in names)
        return lambda x: any(p(x) for p in preds)

    def k_properties(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        props = tuple((name, self.compile(sub)) for name, sub in value.items())

        def properties(x: Any) -> bool:
            if isinstance(x, dict):
                for name, check in props:
                    if name in x and not check(x[name]):
                        return False
            return True

        return properties

    def k_additionalProperties(
        self, value: Any, schema: Mapping[str, Any]
    ) -> Callable[[Any], bool] | None:
        if "patternProperties" in schema:
            raise _Unsupported("patternProperties")
        known = frozenset(schema.get("properties", {}))
        if isinstance(value, dict):
            check = self.compile(value)
            return lambda x: (
                not isinstance(x, dict) or all(check(v) for k, v in x.items() if k not in known)
            )
        if not value:
            return lambda x: not isinstance(x, dict) or all(k in known for k in x)
        return None

    def k_required(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        names = tuple(value)
        return lambda x: not isinstance(x, dict) or all(n in x for n in names)

    def k_dependentRequired(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        rules = tuple((name, tuple(deps)) for name, deps in value.items())
        return lambda x: (
            not isinstance(x, dict)
            or all(all(d in x for d in deps) for name, deps in rules if name in x)
        )

    def k_minProperties(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not isinstance(x, dict) or not len(x) < value

    def k_maxProperties(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not isinstance(x, dict) or not len(x) > value

    def k_items(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool] | None:
        if "prefixItems" in schema:
            raise _Unsupported("prefixItems")
        if value is False:
            return lambda x: not isinstance(x, list) or not x
        check = self.compile(value)
        if check is _true:
            return None
        return lambda x: not isinstance(x, list) or all(check(item) for item in x)

    def k_contains(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        check = self.compile(value)
        has_min, min_contains = "minContains" in schema, schema.get("minContains", 1)
        has_max, max_contains = "maxContains" in schema, schema.get("maxContains", 0)

        def contains(x: Any) -> bool:
            if not isinstance(x, list):
                return True
            most: Any = max_contains if has_max else len(x)
            matches = 0
            for item in x:
                if check(item):
                    matches += 1
                    if matches > most:
                        return False
            return not matches < (min_contains if has_min else 1)

        return contains

    def k_minItems(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not isinstance(x, list) or not len(x) < value

    def k_maxItems(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not isinstance(x, list) or not len(x) > value

    def k_uniqueItems(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool] | None:
        if not value:
            return None
        from jsonschema._utils import uniq

        return lambda x: not isinstance(x, list) or bool(uniq(x))

    def k_enum(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        from jsonschema._utils import equal

        options = tuple(value)
        strings = frozenset(v for v in options if isinstance(v, str))
        # jsonschema's `equal` compares a string with == only, so a string is in the enum iff listed
        return lambda x: (x in strings) if isinstance(x, str) else any(equal(o, x) for o in options)

    def k_const(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        from jsonschema._utils import equal

        if isinstance(value, str):
            return lambda x: isinstance(x, str) and x == value
        return lambda x: bool(equal(x, value))

    def k_minimum(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not _is_number(x) or not x < value

    def k_maximum(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not _is_number(x) or not x > value

    def k_exclusiveMinimum(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not _is_number(x) or not x <= value

    def k_exclusiveMaximum(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not _is_number(x) or not x >= value

    def k_minLength(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not isinstance(x, str) or not len(x) < value

    def k_maxLength(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        return lambda x: not isinstance(x, str) or not len(x) > value

    def k_pattern(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        search = re.compile(value).search
        return lambda x: not isinstance(x, str) or search(x) is not None

    def k_format(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool] | None:
        if value not in self.formats.checkers:
            return None
        conforms = self.formats.conforms
        return lambda x: conforms(x, value)

    def k_allOf(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        subs = tuple(self.compile(s) for s in value)
        return lambda x: all(s(x) for s in subs)

    def k_anyOf(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        subs = tuple(self.compile(s) for s in value)
        return lambda x: any(s(x) for s in subs)

    def k_oneOf(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        subs = tuple(self.compile(s) for s in value)
        return lambda x: sum(1 for s in subs if s(x)) == 1

    def k_not(self, value: Any, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        sub = self.compile(value)
        return lambda x: not sub(x)


def schema_errors(validator: Any, instance: Any) -> dict[str, list[str]]:
    """Field errors of `instance`, keyed by dotted path, with messages that never quote values."""
    out: dict[str, list[str]] = {}
    for error in validator.iter_errors(instance):
        for key, message in _describe(error):
            bucket = out.setdefault(key or "body", [])
            if message not in bucket:
                bucket.append(message)
    return out


def _dotted(parts: Any) -> str:
    return ".".join(str(p) for p in parts)


def _join(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


def _describe_alternatives(error: Any) -> Iterator[tuple[str, str]]:
    """Explain a failed oneOf/anyOf by the branch the caller meant: branches whose own tag field
    (a direct property failing `enum`/`const`, e.g. a discriminator `type`) rejects the instance
    are set aside; of the rest, the branch with the fewest errors speaks."""
    from jsonschema.exceptions import best_match

    depth = len(error.absolute_path)
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(
            sub.relative_schema_path[0] if sub.relative_schema_path else None, []
        ).append(sub)
    meant = [
        errors
        for errors in branches.values()
        if not any(
            e.validator in ("enum", "const") and len(e.absolute_path) == depth + 1 for e in errors
        )
    ]
    if meant:
        for sub in min(meant, key=len):
            yield from _describe(sub)
        return
    yield from _describe(best_match(error.context))


def _describe(error: Any) -> Iterator[tuple[str, str]]:
    path = _dotted(error.absolute_path)
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        for name in value:
            if name not in instance:
                yield _join(path, name), "is required"
        return
    if kind in ("anyOf", "oneOf") and all(
        isinstance(s, Mapping) and set(s) <= {"required", "description"} and "required" in s
        for s in value
    ):
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        options = " | ".join("+".join(s["required"]) for s in value)
        rule = "exactly one of" if kind == "oneOf" else "one of"
        for branch in value:
            for name in branch["required"]:
                if name not in instance:
                    yield (
                        _join(path, name),
                        f"is required unless the alternative is given ({rule}: {options})",
                    )
        if kind == "oneOf" and not any(
            all(n not in instance for n in b["required"]) for b in value
        ):
            yield path, f"give exactly one of: {options}"
        return
    if kind in ("anyOf", "oneOf") and error.context:
        yield from _describe_alternatives(error)
        return
    messages: dict[str, Callable[[], str]] = {
        "type": lambda: (
            f"must be of type {value if isinstance(value, str) else ' or '.join(value)}"
        ),
        "enum": lambda: "must be one of: " + ", ".join(str(v) for v in value),
        "const": lambda: f"must be {value!r}",
        "minimum": lambda: f"must be >= {value}",
        "maximum": lambda: f"must be <= {value}",
        "exclusiveMinimum": lambda: f"must be > {value}",
        "exclusiveMaximum": lambda: f"must be < {value}",
        "minLength": lambda: f"must have at least {value} characters",
        "maxLength": lambda: f"must have at most {value} characters",
        "pattern": lambda: f"must match the pattern {value}",
        "format": lambda: f"must be a valid {value}",
        "minItems": lambda: f"must have at least {value} items",
        "maxItems": lambda: f"must have at most {value} items",
        "uniqueItems": lambda: "items must be unique",
        "additionalProperties": lambda: "unknown field",
        "multipleOf": lambda: f"must be a multiple of {value}",
        "not": lambda: "is not allowed",
    }
    if kind == "additionalProperties" and isinstance(error.instance, Mapping):
        known = set(error.schema.get("properties", {}))
        for name in error.instance:
            if name not in known:
                yield _join(path, str(name)), "is not a documented field"
        return
    maker = messages.get(kind)
    yield path, maker() if maker else f"violates the rule {kind}"
