"""Reading a hand-written spec for a simulator: routes, parameters, bodies, security, statuses.

Everything here is generic: a provider is only ever a spec dict.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._openapi import (
    METHODS,
    parameter_name,
    resolve_pointer,
    route_order,
    template_regex,
)
from .._openapi import deref as _deref

_SPEC_DIRS = (
    Path(__file__).resolve().parents[1] / "_specs",  # installed wheel
    Path(__file__).resolve().parents[3] / "specs",  # source checkout
)


def load_spec(provider_or_path: str | Path | dict[str, Any]) -> dict[str, Any]:
    """The spec as a dict: given a dict, a path, or a provider key (wire module, then specs/)."""
    if isinstance(provider_or_path, dict):
        return provider_or_path
    path = Path(provider_or_path)
    if path.suffix in (".yaml", ".yml", ".json") and path.exists():
        return _read(path)
    name = str(provider_or_path)
    try:
        return copy.deepcopy(importlib.import_module(f"giftkit_wire.{name}_spec").SPEC)
    except ImportError:
        pass
    for folder in _SPEC_DIRS:
        candidate = folder / f"{name}.yaml"
        if candidate.exists():
            return _read(candidate)
    raise LookupError(f"no spec found for provider {name!r}")


def spec_path(provider: str) -> Path | None:
    for folder in _SPEC_DIRS:
        candidate = folder / f"{provider}.yaml"
        if candidate.exists():
            return candidate
    return None


def _read(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return loaded


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    style: str
    explode: bool
    examples: tuple[Any, ...] = ()


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    raw: dict[str, Any]
    parameters: list[Parameter]
    security: list[dict[str, list[str]]]
    pattern: re.Pattern[str] = field(repr=False)

    @cached_property
    def statuses(self) -> list[str]:
        return [str(s) for s in self.raw.get("responses", {})]

    def documents(self, status: int) -> bool:
        text = str(status)
        return (
            text in self.statuses or f"{text[0]}XX" in self.statuses or "default" in self.statuses
        )

    def pick_status(self, preferred: Iterable[int]) -> int:
        """The first preferred status this operation documents (the first preferred one if none)."""
        preferred = list(preferred)
        for status in preferred:
            if str(status) in self.statuses:
                return status
        for status in preferred:
            if self.documents(status):
                return status
        return preferred[0]

    @cached_property
    def success_status(self) -> int:
        for status in self.statuses:
            if status.startswith("2") and status.isdigit():
                return int(status)
        return 200

    @cached_property
    def body_media_types(self) -> dict[str, dict[str, Any]]:
        return self.raw.get("requestBody", {}).get("content", {}) or {}

    @property
    def body_required(self) -> bool:
        return bool(self.raw.get("requestBody", {}).get("required"))

    def response_header_names(self, status: int) -> list[str]:
        response = self.raw.get("responses", {}).get(str(status)) or {}
        return list((response.get("headers") or {}).keys())


class SpecIndex:
    """Routes and validators derived from one spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource("urn:giftkit:spec", resource)
        self.prefixes = self._server_prefixes()
        self.operations: dict[str, Operation] = {}
        self._routes: list[tuple[re.Pattern[str], str, dict[str, Operation]]] = []
        for path, item in (spec.get("paths") or {}).items():
            item = self.deref(item)
            pattern = _path_pattern(path)
            by_method: dict[str, Operation] = {}
            common = item.get("parameters", [])
            for method in METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                raw = self._resolved_operation(raw)
                op = Operation(
                    operation_id=raw.get("operationId") or f"{method} {path}",
                    method=method.upper(),
                    path=path,
                    raw=raw,
                    parameters=self._parameters(common, raw.get("parameters", [])),
                    security=raw.get("security", spec.get("security", [])),
                    pattern=pattern,
                )
                by_method[op.method] = op
                self.operations[op.operation_id] = op
            self._routes.append((pattern, path, by_method))
        # Literal segments win over templated ones: the one precedence rule (giftkit._openapi).
        self._routes.sort(key=lambda r: route_order(r[1]))

    def _resolved_operation(self, raw: dict[str, Any]) -> dict[str, Any]:
        raw = dict(raw)
        if "requestBody" in raw:
            raw["requestBody"] = self.deref(raw["requestBody"])
        responses = {}
        for status, response in (raw.get("responses") or {}).items():
            response = dict(self.deref(response))
            if "headers" in response:
                response["headers"] = {k: self.deref(v) for k, v in response["headers"].items()}
            responses[str(status)] = response
        raw["responses"] = responses
        return raw

    # -- references -------------------------------------------------------------------------

    def deref(self, node: Any) -> Any:
        return _deref(self.spec, node)

    def resolve_ref(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local refs are supported: {ref}")
        return resolve_pointer(self.spec, ref)

    def validator(self, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
        key = id(schema)
        cache = self.__dict__.setdefault("_validators", {})
        if key not in cache:
            wrapped = dict(schema)
            wrapped.setdefault("$schema", "https://json-schema.org/draft/2020-12/schema")
            cache[key] = (
                schema,
                jsonschema.Draft202012Validator(
                    _rebase_refs(wrapped),
                    registry=self.registry,
                    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
                ),
            )
        validator: jsonschema.Draft202012Validator = cache[key][1]
        return validator

    # -- routing ----------------------------------------------------------------------------

    def _server_prefixes(self) -> list[tuple[str, re.Pattern[str]]]:
        """Path prefixes of the servers; variables (e.g. an organization id) match any segment."""
        found: dict[str, re.Pattern[str]] = {}
        for server in self.spec.get("servers") or [{"url": "/"}]:
            url = server.get("url", "/")
            variables = server.get("variables") or {}
            for name, var in variables.items():
                default = str(var.get("default", ""))
                if default and "{" not in default:
                    # A concrete default (a host, a region, an API version like `v1`) is used
                    # as is; a placeholder default (`{organizationId}`) matches any segment.
                    url = url.replace("{" + name + "}", default)
            if "://" in url:
                path = "/" + url.split("://", 1)[1].partition("/")[2]
            elif url.startswith("{"):
                path = "/"
            else:
                path = url
            path = path.rstrip("/")
            if path:
                found[path] = re.compile(_path_pattern(path).pattern.replace("[^/]*", "[^/]+"))
        return sorted(found.items(), key=lambda item: len(item[0]), reverse=True)

    @property
    def base_path(self) -> str:
        """The first server's path prefix, with placeholder variables filled in."""
        return self.base_path_with({})

    def base_path_with(self, variables: Mapping[str, str]) -> str:
        """The first server's path prefix, its variables taken from `variables`, else
        `sim-<name>`."""
        if not self.prefixes:
            return ""
        template = self.prefixes[0][0]
        return re.sub(
            r"\{([^}]+)\}",
            lambda m: variables.get(m.group(1), f"sim-{m.group(1).lower()}"),
            template,
        )

    def strip_prefix(self, path: str) -> str:
        for _, pattern in self.prefixes:
            match = pattern.match(path)
            if match and (match.end() == len(path) or path[match.end()] == "/"):
                return path[match.end() :] or "/"
        return path

    def route(
        self, path: str, method: str | None = None
    ) -> tuple[str, dict[str, Operation], dict[str, str]] | None:
        """The template, its operations by method and the raw path values, or None.

        Literal segments win over templated ones, but only for a method they serve: with
        `method`, `GET /items/export` falls through to `GET /items/{id}` when
        `/items/export` only has POST (as in every method-aware router).
        """
        first = None
        for candidate in dict.fromkeys((path, self.strip_prefix(path))):
            for pattern, template, by_method in self._routes:
                match = pattern.fullmatch(candidate)
                if match:
                    values = {
                        _unescape_group(k): urllib.parse.unquote(v)
                        for k, v in match.groupdict().items()
                    }
                    found = (template, by_method, values)
                    if method is None or method.upper() in by_method:
                        return found
                    first = first or found
        return first

    def parameter_examples(self, operation_id: str, name: str) -> list[Any]:
        """Every example value the spec gives for one parameter of one operation."""
        out = [
            v
            for p in self.operations[operation_id].parameters
            if p.name == name
            for v in p.examples
        ]
        return list(dict.fromkeys(v for v in out if isinstance(v, str | int | float)))

    def response_examples(self, operation_id: str, status: int | str) -> dict[str, Any]:
        """name -> value of the examples of one documented response (JSON media types)."""
        response = self.operations[operation_id].raw.get("responses", {}).get(str(status)) or {}
        out: dict[str, Any] = {}
        for content in (self.deref(response).get("content") or {}).values():
            for name, example in (content.get("examples") or {}).items():
                example = self.deref(example)
                if "value" in example:
                    out[name] = example["value"]
            if "example" in content:
                out.setdefault("example", content["example"])
        return out

    def _parameters(self, common: list[Any], own: list[Any]) -> list[Parameter]:
        merged: dict[tuple[str, str], Parameter] = {}
        for raw in [*common, *own]:
            raw = self.deref(raw)
            location = raw["in"]
            style = raw.get("style", "simple" if location in ("path", "header") else "form")
            merged[(raw["name"], location)] = Parameter(
                name=raw["name"],
                location=location,
                required=bool(raw.get("required")) or location == "path",
                schema=raw.get("schema", {}),
                style=style,
                explode=raw.get("explode", style == "form"),
                examples=tuple(_examples_of(raw) + _examples_of(self.deref(raw.get("schema", {})))),
            )
        return list(merged.values())

    @cached_property
    def security_schemes(self) -> dict[str, dict[str, Any]]:
        schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        return {name: self.deref(s) for name, s in schemes.items()}


def _examples_of(node: dict[str, Any]) -> list[Any]:
    found = (
        list(node.get("examples") or [])
        if isinstance(node.get("examples"), list)
        else [e.get("value") for e in (node.get("examples") or {}).values() if isinstance(e, dict)]
    )
    if "example" in node:
        found.append(node["example"])
    return found


def _unescape_group(group: str) -> str:
    return parameter_name(group)


def _path_pattern(template: str) -> re.Pattern[str]:
    # an empty segment still routes here: the parameter's own rules then reject it
    return re.compile(template_regex(template, "[^/]*", named=True))


def _rebase_refs(node: Any) -> Any:
    """Point local `#/...` refs at the registered spec resource."""
    if isinstance(node, dict):
        return {
            k: (
                "urn:giftkit:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase_refs(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node


# -- parameter coercion: wire strings to the JSON values the schema describes -------------------


def schema_types(schema: dict[str, Any], index: SpecIndex) -> set[str]:
    schema = index.deref(schema)
    kinds = schema.get("type")
    found: set[str] = set()
    if isinstance(kinds, str):
        found.add(kinds)
    elif isinstance(kinds, list):
        found.update(kinds)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            found |= schema_types(sub, index)
    if not found and "enum" in schema:
        names = {bool: "boolean", int: "integer", float: "number", str: "string"}
        found.update(names[type(v)] for v in schema["enum"] if type(v) in names)
    return found


def coerce_scalar(raw: str, schema: dict[str, Any], index: SpecIndex) -> Any:
    kinds = schema_types(schema, index)
    if "integer" in kinds and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in kinds:
        try:
            value = float(raw)
            if value == value and value not in (float("inf"), float("-inf")):
                return int(value) if re.fullmatch(r"-?\d+", raw) else value
        except ValueError:
            pass
    if "boolean" in kinds and raw in ("true", "false"):
        return raw == "true"
    if "null" in kinds and raw in ("", "null"):
        return None
    return raw


def coerce_parameter(
    param: Parameter, raws: list[str], index: SpecIndex, deep: dict[str, str] | None = None
) -> Any:
    schema = index.deref(param.schema)
    kinds = schema_types(schema, index)
    if "array" in kinds:
        items = index.deref(schema.get("items", {}))
        if (len(raws) == 1 and not param.explode) or param.location in ("path", "header"):
            sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
            raws = raws[0].split(sep) if raws and raws[0] != "" else []
        return [coerce_scalar(r, items, index) for r in raws]
    if "object" in kinds and deep is not None:
        props = schema.get("properties", {})
        return {k: coerce_scalar(v, props.get(k, {}), index) for k, v in deep.items()}
    return coerce_scalar(raws[-1], schema, index)
