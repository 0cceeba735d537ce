"""A provider's hand-written spec as an operation table: identify a request, validate bodies.

Validation uses the hand-written spec itself (`giftkit_wire.<p>_spec.SPEC`), which keeps every
rule (anyOf-of-required, formats, enums) that the generator-facing copy drops. On the hot path a
Rust validator (jsonschema_rs, see _FastChecks) recognises valid instances; jsonschema is the
authority that decides and words every rejection.
"""

from __future__ import annotations

import calendar
import datetime
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import quote

from ._openapi import METHODS as _METHODS
from ._openapi import escape_pointer as _escape
from ._openapi import resolve_pointer, route_order, template_parameters, template_regex

_SPEC_URI = "urn:giftkit:spec"


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
        return self._status(status)[1:]

    def documented_success(self, status: int) -> bool:
        """Documented by its own status or its range (not only by `default`)."""
        return self._status(status)[0]

    def _status(self, status: int) -> tuple[bool, bool, str | None]:
        """(explicitly documented, documented at all, schema pointer), worked out once per status
        (every call asks about its answer's)."""
        found = self._by_status.get(status)
        if found is None:
            keys = (str(status), f"{status // 100}XX")
            documented = next((k for k in (*keys, "default") if k in self.responses), None)
            found = self._by_status[status] = (
                any(k in self.responses for k in keys),
                documented is not None,
                self.responses[documented] if documented is not None else None,
            )
        return found

    @cached_property
    def _by_status(self) -> dict[int, tuple[bool, bool, str | None]]:
        return {}


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
                params = template_parameters(path)
                # one capture group per path parameter: the same regex matches and extracts values
                pattern = "^" + template_regex(path) + "/?$"
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
                    request_pointer=request_pointer,
                    responses=responses,
                    secured=bool(security) and any(bool(s) for s in security),
                    parameters=parameters,
                )
                self.operations.append(operation)
                self.by_id[operation.id] = operation
        self.operations.sort(key=lambda o: route_order(o.template))  # the one rule: _openapi
        self._by_method: dict[str, list[Operation]] = {}
        for operation in self.operations:  # each bucket keeps the more-literal-first order
            self._by_method.setdefault(operation.method, []).append(operation)
        self._registry: Any = None
        self._fast: dict[frozenset[str] | None, _FastChecks] = {}

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
        return resolve_pointer(self.spec, ref)

    def find(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation a request is for, with its path parameter values (one regex match)."""
        for op in self._by_method.get(method, ()):
            found = op.regex.match(path)
            if found is not None:
                return op, dict(zip(op.path_params, found.groups(), strict=False))
        return None

    def match(self, method: str, path: str) -> Operation | None:
        found = self.find(method, path)
        return found[0] if found else None

    @property
    def security_schemes(self) -> Mapping[str, Any]:
        schemes: Mapping[str, Any] = self.spec.get("components", {}).get("securitySchemes", {})
        return schemes

    def validator(self, pointer: str, *, formats: frozenset[str] | None = None) -> Any:
        """A jsonschema validator for the schema at `pointer`, compiled once. `formats` limits the
        formats checked (None: every format jsonschema knows)."""
        cache: dict[tuple[str, frozenset[str] | None], Any] = self.__dict__.setdefault(
            "_validators", {}
        )
        key = (pointer, formats)
        if key not in cache:
            from jsonschema import Draft202012Validator
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            if self._registry is None:
                self._registry = Registry().with_resource(
                    _SPEC_URI,
                    Resource.from_contents(dict(self.spec), default_specification=DRAFT202012),
                )
            cache[key] = Draft202012Validator(
                {"$ref": _SPEC_URI + pointer},
                registry=self._registry,
                format_checker=_format_checker(formats),
            )
        return cache[key]

    def errors(
        self,
        pointer: str,
        instance: Any,
        *,
        formats: frozenset[str] | None = None,
        open_enums: bool = False,
    ) -> dict[str, list[str]]:
        """Field errors of `instance` against the schema at `pointer` (see schema_errors);
        `formats` limits the formats checked (None: all of them).

        A valid instance is recognised by a fast check (see _FastChecks); only an invalid one, or
        one the fast check cannot decide, goes through jsonschema, which words the errors and is
        the authority: the fast check can only ever say "valid".
        """
        checks: dict[tuple[str, frozenset[str] | None], Any] = self.__dict__.setdefault(
            "_checks", {}
        )
        key = (pointer, formats)
        check = checks.get(key, _UNCOMPILED)
        if check is _UNCOMPILED:
            fast = self._fast.get(formats)
            if fast is None:
                fast = self._fast[formats] = _FastChecks(self, formats)
            check = checks[key] = fast.compile(pointer)
        if check is not None:
            try:
                if check(instance):
                    return {}
            except Exception:
                pass
        return schema_errors(
            self.validator(pointer, formats=formats), instance, open_enums=open_enums
        )

    def response_errors(self, pointer: str, instance: Any) -> dict[str, list[str]]:
        """errors() for a body a server sent: only the formats the generated models parse
        (PARSED_FORMATS) are checked, and as the models parse them too. A provider's slightly-off
        URI or e-mail address in an answer breaks nothing downstream, and must not turn an issued
        gift card into an error; a date-time the model's parser rejects (RFC 3339 allows a
        lower-case `z`, Python's fromisoformat does not) must be a giftkit error, not a crash.
        Enums are open in answers (a value the spec does not list parses into the generated
        models' UnknownEnumValue): only a single-value enum, a tag, is held."""
        return self.errors(pointer, instance, formats=PARSED_FORMATS, open_enums=True)


# What openapi-python-client's models do with each format they turn into a Python object
# (see any generated from_dict): a value its parser rejects would crash the generated client.
MODEL_PARSERS: dict[str, Callable[[str], object]] = {
    "date-time": datetime.datetime.fromisoformat,
    "date": datetime.date.fromisoformat,
    "uuid": uuid.UUID,
}
PARSED_FORMATS = frozenset(MODEL_PARSERS)
_UNCOMPILED: Any = object()
_FAST_URI = "urn:giftkit:fast"
# keywords the Rust validator would decide with other semantics than jsonschema's: each is renamed
# to a custom keyword that runs jsonschema's own rule in Python
_PYTHON_KEYWORDS = {"pattern": "x-giftkit-pattern", "multipleOf": "x-giftkit-multipleOf"}
_INSTANCE_DATA = frozenset({"const", "enum", "default", "examples", "example"})


class _FastChecks:
    """`instance -> bool` checks that decide exactly as jsonschema's
    `Draft202012Validator(..., format_checker=FormatChecker()).is_valid` does, at Rust speed.

    jsonschema_rs validates a copy of the spec in which everything whose semantics could differ
    from jsonschema's is delegated to the very functions jsonschema uses: every `format` the spec
    names goes to jsonschema's FormatChecker (an unknown format passes, as in jsonschema), and
    `pattern` (Python `re.search`) and `multipleOf` become custom keywords running jsonschema's
    rules. A spec with `patternProperties` (its keys are regexes) gets no fast checks. Agreement
    with jsonschema is tested on every example, derived negative and generated instance
    (tests/overlay/test_fast_validation.py).
    """

    def __init__(self, table: OperationTable, formats: frozenset[str] | None = None):
        import jsonschema_rs

        self.enabled = not _has_key(table.spec, "patternProperties")
        checker = _format_checker(formats)
        self.formats = {  # the formats left in the Rust-facing copy (see _python_keywords)
            name: _format_check(*checker.checkers.get(name, (_true, ())))
            for name in _format_names(table.spec)
            if formats is None or name in formats
        }
        self.registry = (
            jsonschema_rs.Registry([(_FAST_URI, _python_keywords(table.spec, formats))])
            if self.enabled
            else None
        )

    def compile(self, pointer: str) -> Callable[[Any], bool] | None:
        if not self.enabled:
            return None
        import jsonschema_rs

        try:
            validator = jsonschema_rs.Draft202012Validator(
                # a URI fragment: `{id}` and other reserved characters percent-encoded
                {"$ref": _FAST_URI + "#" + quote(pointer.lstrip("#"), safe="/~")},
                registry=self.registry,
                formats=self.formats,
                validate_formats=True,
                ignore_unknown_formats=True,
                keywords={
                    "x-giftkit-pattern": _PatternKeyword,
                    "x-giftkit-multipleOf": _MultipleOfKeyword,
                },
            )
        except Exception:
            return None
        is_valid: Callable[[Any], bool] = validator.is_valid
        return is_valid


def _format_checker(formats: frozenset[str] | None) -> Any:
    """jsonschema's FormatChecker; when `formats` is given, limited to those, each of them also
    required to pass the generated models' parser (MODEL_PARSERS)."""
    from jsonschema import FormatChecker

    if formats is None:
        return _faster(FormatChecker())
    checker = _faster(FormatChecker(formats=[f for f in formats if f in FormatChecker.checkers]))
    for name in formats & MODEL_PARSERS.keys():
        func, raises = checker.checkers.get(name, (_true, ()))
        checker.checkers[name] = (
            _and_parses(func, MODEL_PARSERS[name]),
            (*(raises if isinstance(raises, tuple) else (raises,)), ValueError),
        )
    return checker


def _faster(checker: Any) -> Any:
    """`checker` with jsonschema's date-time check replaced by rfc3339_date_time, which gives the
    same verdicts in less time (every answer carries date-times)."""
    from jsonschema import _format

    found = checker.checkers.get("date-time")
    if found is not None and found[0] is getattr(_format, "is_datetime", None):
        checker.checkers["date-time"] = (rfc3339_date_time(), found[1])
    return checker


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def rfc3339_date_time() -> Callable[[object], bool]:
    """jsonschema's `date-time` check: rfc3339_validator's regex on the upper-cased string, year
    not 0, the day within its month. calendar.monthrange, which rfc3339_validator calls for the
    last rule, also works out a weekday; this does not. Equality with jsonschema's check is
    tested on generated and edge-case strings (tests/overlay/test_fast_validation.py)."""
    from rfc3339_validator import RFC3339_REGEX  # type: ignore[import-untyped]

    match = RFC3339_REGEX.match
    days, isleap = _DAYS_IN_MONTH, calendar.isleap

    def is_date_time(instance: object) -> bool:
        if not isinstance(instance, str):
            return True
        found = match(instance.upper())
        if found is None:
            return False
        year, month, day = int(found[1]), int(found[2]), int(found[3])
        return year != 0 and 1 <= day <= (29 if month == 2 and isleap(year) else days[month])

    return is_date_time


def _and_parses(
    func: Callable[[Any], Any], parse: Callable[[str], object]
) -> Callable[[Any], bool]:
    def conforms(instance: Any) -> bool:
        if not isinstance(instance, str):
            return True
        if not func(instance):
            return False
        parse(instance)  # a ValueError: does not conform
        return True

    return conforms


def _true(instance: Any) -> bool:
    return True


def _format_check(func: Callable[[Any], Any], raises: Any) -> Callable[[Any], bool]:
    """jsonschema's FormatChecker.conforms for one format, without its per-call lookups."""

    def check(instance: Any) -> bool:
        try:
            return bool(func(instance))
        except raises:
            return False

    return check


class _PatternKeyword:
    """`pattern` as jsonschema applies it: `re.search` on strings."""

    def __init__(self, parent: Any, value: Any, path: Any):
        self.search = re.compile(value).search

    def validate(self, instance: Any) -> None:
        if isinstance(instance, str) and self.search(instance) is None:
            raise ValueError("does not match the pattern")


class _MultipleOfKeyword:
    """`multipleOf` by jsonschema's own rule (its float handling included)."""

    def __init__(self, parent: Any, value: Any, path: Any):
        from jsonschema import Draft202012Validator

        self.validator = Draft202012Validator({"multipleOf": value})

    def validate(self, instance: Any) -> None:
        if not self.validator.is_valid(instance):
            raise ValueError("is not a multiple")


def _has_key(node: Any, key: str) -> bool:
    if isinstance(node, Mapping):
        return key in node or any(_has_key(v, key) for v in node.values())
    if isinstance(node, list):
        return any(_has_key(v, key) for v in node)
    return False


def _format_names(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, Mapping):
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for value in node.values():
            found |= _format_names(value)
    elif isinstance(node, list):
        for value in node:
            found |= _format_names(value)
    return found


def _python_keywords(node: Any, formats: frozenset[str] | None) -> Any:
    """A copy of the spec with the keywords of _PYTHON_KEYWORDS renamed to their custom twins, and
    each `format` not in `formats` (when given) renamed away, so that it costs nothing.
    Instance data (const, enum, defaults, examples) is copied as is; a property *named* `pattern`
    is not a keyword (its value is a schema, never a string or number)."""
    if isinstance(node, Mapping):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _INSTANCE_DATA:
                out[key] = value
            elif (key == "pattern" and isinstance(value, str)) or (
                key == "multipleOf"
                and isinstance(value, (int, float))
                and not isinstance(value, bool)
            ):
                out[_PYTHON_KEYWORDS[key]] = value
            elif (
                key == "format"
                and isinstance(value, str)
                and formats is not None
                and value not in formats
            ):
                out["x-giftkit-unchecked-format"] = value
            else:
                out[key] = _python_keywords(value, formats)
        return out
    if isinstance(node, list):
        return [_python_keywords(v, formats) for v in node]
    return node


def schema_errors(
    validator: Any, instance: Any, *, open_enums: bool = False
) -> dict[str, list[str]]:
    """Field errors of `instance`, keyed by dotted path, with messages that never quote values.
    `open_enums`: a string outside a multi-value `enum` is no error (see response_errors)."""
    out: dict[str, list[str]] = {}
    for error in validator.iter_errors(instance):
        if open_enums and _open_enum_miss(error):
            continue
        for key, message in _describe(error):
            bucket = out.setdefault(key or "body", [])
            if message not in bucket:
                bucket.append(message)
    return out


def _open_enum_miss(error: Any) -> bool:
    values = error.validator_value
    return (
        error.validator == "enum"
        and isinstance(error.instance, str)
        and isinstance(values, list)
        and len(values) > 1
        and all(isinstance(v, str) for v in values)
    )


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


# --- the money helper's extensions: x-giftkit-effect, x-giftkit-resend, x-giftkit-secret ---
EFFECT_KINDS = ("creates-value", "moves-value", "none")
RESEND_MECHANISMS = ("client-chosen-id", "idempotency-key", "upsert", "none")
_READ_METHODS = frozenset({"get", "head", "options"})


@dataclass(frozen=True)
class Effect:
    """What an operation does to value (`x-giftkit-effect`) and whether a resend is safe
    (`x-giftkit-resend`). An operation that declares neither is taken to create value."""

    kind: str  # creates-value | moves-value | none
    resend_safe: bool = False
    mechanism: str = "none"

    @property
    def moves_value(self) -> bool:
        """Creates or moves value: a 2xx is an issued card, a lost answer may be one."""
        return self.kind != "none"


UNCLASSIFIED = Effect("creates-value")  # fail closed
_READ = Effect("none", True)


def operation_effect(method: str, operation: Mapping[str, Any]) -> Effect:
    """The declared effect of one operation object (reads have none)."""
    if method.lower() in _READ_METHODS:
        return _READ
    effect, resend = operation.get("x-giftkit-effect"), operation.get("x-giftkit-resend")
    if not isinstance(effect, Mapping) or effect.get("kind") not in EFFECT_KINDS:
        return UNCLASSIFIED
    safe = isinstance(resend, Mapping) and resend.get("safe") is True
    mechanism = resend.get("mechanism", "none") if isinstance(resend, Mapping) else "none"
    return Effect(str(effect["kind"]), safe, str(mechanism))


def operation_effects(spec: Mapping[str, Any]) -> dict[str, Effect]:
    """operationId -> Effect, for every operation of a spec (ids as OperationTable names them)."""
    out: dict[str, Effect] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            op = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(op, Mapping):
                out[op.get("operationId") or f"{method} {path}"] = operation_effect(method, op)
    return out


@dataclass(frozen=True)
class Secrets:
    """What a spec declares secret (`x-giftkit-secret: true`), by where it travels. Header names
    include every header-borne security scheme (a credential by definition)."""

    fields: frozenset[str] = frozenset()  # JSON property names, anywhere in a body
    path_params: frozenset[str] = frozenset()
    query_params: frozenset[str] = frozenset()
    headers: frozenset[str] = frozenset()


def declared_secrets(spec: Mapping[str, Any]) -> Secrets:
    """Every `x-giftkit-secret: true` of a spec: on properties, parameters and headers."""
    found: dict[str, set[str]] = {"fields": set(), "path": set(), "query": set(), "header": set()}
    stack: list[Any] = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, Mapping):
            continue
        for name, schema in (node.get("properties") or {}).items():
            if isinstance(schema, Mapping) and schema.get("x-giftkit-secret") is True:
                found["fields"].add(str(name))
        if node.get("x-giftkit-secret") is True and node.get("in") in ("path", "query", "header"):
            found[str(node["in"])].add(str(node.get("name")))
        for name, header in (node.get("headers") or {}).items():
            if isinstance(header, Mapping) and header.get("x-giftkit-secret") is True:
                found["header"].add(str(name))
        stack.extend(v for v in node.values() if isinstance(v, (Mapping, list)))
    for scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).values():
        if isinstance(scheme, Mapping) and scheme.get("in") == "header" and scheme.get("name"):
            found["header"].add(str(scheme["name"]))
    return Secrets(
        frozenset(found["fields"]),
        frozenset(found["path"]),
        frozenset(found["query"]),
        frozenset(found["header"]),
    )
