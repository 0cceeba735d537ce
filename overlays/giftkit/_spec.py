"""A provider's hand-written spec as an operation table: identify a request, validate bodies.

Validation uses the hand-written spec itself (`giftkit_wire.<p>_spec.SPEC`), which keeps every
rule (anyOf-of-required, formats, enums) that the generator-facing copy drops.
"""

from __future__ import annotations

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


@dataclass
class Operation:
    id: str
    method: str  # upper case
    template: str
    regex: re.Pattern[str]
    path_params: tuple[str, ...]
    literal_weight: int  # more literal characters win when two templates match
    request_pointer: str | None  # JSON pointer of the JSON request body schema
    responses: dict[str, str | None]  # "201" / "2XX" / "default" -> schema pointer or None (no body)
    secured: bool

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
                        request_pointer = f"{pointer_base}/requestBody/content/{_escape(found[0])}/schema"
                        if "$ref" in op["requestBody"]:
                            ref = op["requestBody"]["$ref"]
                            request_pointer = f"{ref}/content/{_escape(found[0])}/schema"
                responses: dict[str, str | None] = {}
                for status, response in op.get("responses", {}).items():
                    base = f"{pointer_base}/responses/{_escape(str(status))}"
                    if isinstance(response, Mapping) and "$ref" in response:
                        base = response["$ref"]
                        response = self.resolve(base)
                    found = _json_content(response.get("content", {}) or {}) if isinstance(response, Mapping) else None
                    responses[str(status).upper() if "X" in str(status).upper() else str(status)] = (
                        f"{base}/content/{_escape(found[0])}/schema" if found and "schema" in found[1] else None
                    )
                params = tuple(_PARAM.findall(path))
                pattern = "^" + _PARAM.sub("[^/]+", re.escape(path).replace(r"\{", "{").replace(r"\}", "}")) + "/?$"
                security = op.get("security", top_security)
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
                )
                self.operations.append(operation)
                self.by_id[operation.id] = operation
        self.operations.sort(key=lambda o: -o.literal_weight)
        self._registry: Any = None

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
        regex = re.compile(
            "^" + _PARAM.sub(lambda m: "([^/]+)", re.escape(op.template).replace(r"\{", "{").replace(r"\}", "}")) + "/?$"
        )
        found = regex.match(path)
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
                    _SPEC_URI, Resource.from_contents(dict(self.spec), default_specification=DRAFT202012)
                )
            cache[pointer] = Draft202012Validator(
                {"$ref": _SPEC_URI + pointer}, registry=self._registry, format_checker=FormatChecker()
            )
        return cache[pointer]


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
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
    meant = [
        errors for errors in branches.values()
        if not any(e.validator in ("enum", "const") and len(e.absolute_path) == depth + 1 for e in errors)
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
        isinstance(s, Mapping) and set(s) <= {"required", "description"} and "required" in s for s in value
    ):
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        options = " | ".join("+".join(s["required"]) for s in value)
        rule = "exactly one of" if kind == "oneOf" else "one of"
        for branch in value:
            for name in branch["required"]:
                if name not in instance:
                    yield _join(path, name), f"is required unless the alternative is given ({rule}: {options})"
        if kind == "oneOf" and not any(all(n not in instance for n in b["required"]) for b in value):
            yield path, f"give exactly one of: {options}"
        return
    if kind in ("anyOf", "oneOf") and error.context:
        yield from _describe_alternatives(error)
        return
    messages: dict[str, Callable[[], str]] = {
        "type": lambda: f"must be of type {value if isinstance(value, str) else ' or '.join(value)}",
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
