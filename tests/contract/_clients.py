"""Shared plumbing for the client-facing contract tests (conformance, Prism cross-check).

Reads each hand-written spec, finds the generated function of every operation
(`<p>_client.api.<tag>.<op>`), builds valid calls from the spec's examples (plus values earlier
responses returned), turns JSON bodies into the generated models, and validates every captured
exchange with openapi-core. Nothing here is provider-specific: what differs comes from the specs and the simulators.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml
from openapi_python_client.strings import snake_case

from giftkit._openapi import METHODS, deref
from giftkit.testing import simulator_class

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"

# -- specs and operations -------------------------------------------------------------------------


def spec_providers() -> list[str]:
    return sorted(p.stem for p in SPECS.glob("*.yaml") if not p.name.startswith("."))


@cache
def _spec(provider: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))


def spec(provider: str) -> dict[str, Any]:
    """A fresh deep copy of the hand-written spec."""
    return copy.deepcopy(_spec(provider))


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    examples: list[Any]


@dataclass
class Op:
    provider: str
    operation_id: str
    method: str
    path: str
    raw: dict[str, Any]
    params: list[Param]
    body_media: dict[str, Any]  # media type -> media object (dereferenced)
    body_required: bool
    statuses: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.provider}.{self.operation_id}"

    @property
    def module(self) -> types.ModuleType:
        tag = snake_case((self.raw.get("tags") or ["default"])[0])
        return importlib.import_module(
            f"{self.provider}_client.api.{tag}.{snake_case(self.operation_id)}"
        )

    def body_examples(self, root: dict[str, Any]) -> list[Any]:
        out: list[Any] = []
        for media in self.body_media.values():
            for example in (media.get("examples") or {}).values():
                example = deref(root, example)
                if "value" in example:
                    out.append(example["value"])
            if "example" in media:
                out.append(media["example"])
            schema = deref(root, media.get("schema") or {})
            if "example" in schema:
                out.append(schema["example"])
            out += (
                list(schema.get("examples") or [])
                if isinstance(schema.get("examples"), list)
                else []
            )
        return out


def operations(provider: str) -> list[Op]:
    root = _spec(provider)
    found: list[Op] = []
    for path, item in (root.get("paths") or {}).items():
        item = deref(root, item)
        for method in METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            params: dict[tuple[str, str], Param] = {}
            for p in [*item.get("parameters", []), *raw.get("parameters", [])]:
                p = deref(root, p)
                schema = deref(root, p.get("schema") or {})
                examples = _examples(p) + _examples(schema)
                params[(p["name"], p["in"])] = Param(
                    p["name"],
                    p["in"],
                    bool(p.get("required")) or p["in"] == "path",
                    schema,
                    examples,
                )
            body = deref(root, raw.get("requestBody") or {})
            media = {k: deref(root, v) for k, v in (body.get("content") or {}).items()}
            found.append(
                Op(
                    provider,
                    raw.get("operationId") or f"{method} {path}",
                    method.upper(),
                    path,
                    raw,
                    list(params.values()),
                    media,
                    bool(body.get("required")),
                    [str(s) for s in raw.get("responses", {})],
                )
            )
    return found


def _examples(node: dict[str, Any]) -> list[Any]:
    raw = node.get("examples")
    found = (
        list(raw)
        if isinstance(raw, list)
        else [e.get("value") for e in (raw or {}).values() if isinstance(e, dict) and "value" in e]
    )
    if "example" in node:
        found.append(node["example"])
    return found


# -- generated models -----------------------------------------------------------------------------


def body_annotation(op: Op) -> Any:
    hints = typing.get_type_hints(op.module._get_kwargs)
    return hints.get("body")


def to_model(annotation: Any, data: Any) -> Any:
    """JSON -> the generated model(s) the function's `body` annotation names. For a union, the
    member that round-trips `data` unchanged (else the first that parses)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        parsed = []
        for member in members:
            try:
                model = to_model(member, data)
            except Exception:
                continue
            if same_json(from_model(model), data):
                return model
            parsed.append(model)
        if parsed:
            return parsed[0]
        raise TypeError(f"no member of {annotation} parses {data!r}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        if not isinstance(data, list):
            raise TypeError(f"expected a list for {annotation}, got {data!r}")
        return [to_model(item, d) for d in data]
    if hasattr(annotation, "from_dict"):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {annotation.__name__}, got {data!r}")
        return annotation.from_dict(data)
    return data


def from_model(model: Any) -> Any:
    if isinstance(model, list):
        return [from_model(m) for m in model]
    if hasattr(model, "to_dict"):
        return model.to_dict()
    return model


def wire_body(op: Op, model: Any, **params: Any) -> Any:
    """What the generated function puts on the wire for `model` (its `_get_kwargs`)."""
    kwargs = op.module._get_kwargs(body=model, **params)
    for key in ("json", "data", "content", "files"):
        if key in kwargs:
            return kwargs[key]
    return None


def _instant(value: str) -> datetime | None:
    if "T" not in value and " " not in value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def same_json(left: Any, right: Any, *, exact_times: bool = False) -> bool:
    """Equal JSON, where two zoned date-time strings denoting the same instant are equal
    (`Z` vs `+00:00`) unless `exact_times`."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(
            same_json(left[k], right[k], exact_times=exact_times) for k in left
        )
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(
            same_json(a, b, exact_times=exact_times) for a, b in zip(left, right, strict=True)
        )
    if isinstance(left, str) and isinstance(right, str) and left != right and not exact_times:
        a, b = _instant(left), _instant(right)
        return a is not None and b is not None and a == b
    if type(left) is bool or type(right) is bool:
        return type(left) is type(right) and left == right
    return left == right


# -- calls --------------------------------------------------------------------------------------


def connect_kwargs(provider: str, fixtures: dict[str, Any]) -> dict[str, Any]:
    """The connect() keywords of the simulator's valid credentials (its `fixtures["connect"]`)."""
    if not fixtures.get("connect"):
        raise AssertionError(f"{provider}: the simulator's fixtures give no 'connect' keywords")
    return dict(fixtures["connect"])


def python_name(op: Op, param: Param) -> str:
    """The generated function's keyword for a spec parameter."""
    names = [n for n in inspect.signature(op.module._get_kwargs).parameters]
    wanted = snake_case(param.name).replace("_", "")
    for name in names:
        if name.rstrip("_").replace("_", "") == wanted:
            return name
    raise AssertionError(f"{op.label}: no keyword for parameter {param.name!r} in {names}")


def body_example_count(op: Op) -> int:
    return len(op.body_examples(_spec(op.provider))) if op.body_media else 1


def call_kwargs(
    op: Op,
    state: dict[str, Any],
    fixtures: dict[str, Any] | None = None,
    *,
    with_optional_examples: bool = True,
    example: int = 0,
) -> dict[str, Any]:
    """Valid keyword arguments (without `client`) for one call of `op`, with its `example`-th
    request-body example."""
    fixtures = fixtures or {}
    root = _spec(op.provider)
    kwargs: dict[str, Any] = {}
    for param in op.params:
        if param.location == "cookie":
            continue
        value: Any = None
        key = param.name
        if param.location == "path" and key in state:
            value = state[key]
        elif param.location == "path" and isinstance(fixtures.get(key), str | int):
            value = fixtures[key]
        elif param.examples and (param.required or with_optional_examples):
            value = param.examples[0]
        elif param.required:
            raise AssertionError(
                f"{op.label}: no value for required {param.location} "
                f"parameter {param.name!r} (give it an example in the spec)"
            )
        if value is None:
            continue
        kwargs[python_name(op, param)] = _param_value(param, value)
    if op.body_media:
        examples = op.body_examples(root)
        if not examples:
            raise AssertionError(f"{op.label}: the request body has no example in the spec")
        body = copy.deepcopy(examples[example])
        from_state = simulator_class(op.provider).body_from_state.get(op.operation_id, {})
        for name, source in from_state.items():
            if source in state and isinstance(body, dict):
                body[name] = state[source]
        if isinstance(body, dict):
            for name, value in body.items():
                if isinstance(fixtures.get(name), str) and isinstance(value, str):
                    body[name] = fixtures[name]
        kwargs["body"] = to_model(body_annotation(op), body)
    return kwargs


def _param_value(param: Param, value: Any) -> Any:
    kind = param.schema.get("type")
    if kind == "array" and not isinstance(value, list):
        return [value]
    if kind == "array" and isinstance(value, list):
        return value
    if isinstance(value, str) and kind in ("integer", "number"):
        return int(value) if kind == "integer" else float(value)
    return value


def remember(state: dict[str, Any], response: Any) -> None:
    """Scalars of a JSON response body (its first level, or its first item's), by name and by
    camelCase alias, so later calls can name what earlier ones created (latest wins)."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return
    item = body[0] if isinstance(body, list) and body else body
    if not isinstance(item, dict):
        return
    for key, value in item.items():
        if isinstance(value, str | int) and not isinstance(value, bool):
            state[key] = value
            state[re.sub(r"_([a-z])", lambda m: m.group(1).upper(), key)] = value


# -- capturing and validating -------------------------------------------------------------------


@dataclass
class Exchange:
    request: httpx.Request
    request_body: bytes
    response: httpx.Response | None
    response_body: bytes


class Capture:
    """Every request a client sends through a transport, and what came back."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def sync(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        capture = self

        class _Recording(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                body = request.read()
                response = inner.handle_request(request)
                content = response.read()
                capture.exchanges.append(Exchange(request, body, response, content))
                return httpx.Response(
                    response.status_code, headers=response.headers, content=content, request=request
                )

            def close(self) -> None:
                inner.close()

        return _Recording()

    def asynchronous(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        capture = self

        class _Recording(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                body = await request.aread()
                response = await inner.handle_async_request(request)
                content = await response.aread()
                capture.exchanges.append(Exchange(request, body, response, content))
                return httpx.Response(
                    response.status_code, headers=response.headers, content=content, request=request
                )

            async def aclose(self) -> None:
                await inner.aclose()

        return _Recording()


class _OCRequest:
    def __init__(self, request: httpx.Request, body: bytes) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        url = urlsplit(str(request.url))
        self.host_url = f"{url.scheme}://{url.netloc}"
        self.path = url.path
        self.method = request.method.lower()
        self.body = body or None
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )


class _OCResponse:
    def __init__(self, response: httpx.Response, body: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(list(response.headers.items()))
        self.data = body


class SpecValidator:
    """openapi-core over the hand-written spec, served at `base_url` (the URL the client used)."""

    def __init__(self, provider: str, base_url: str) -> None:
        from openapi_core import OpenAPI

        served = spec(provider)
        served["servers"] = [{"url": base_url.rstrip("/")}]
        self.openapi = OpenAPI.from_dict(served)

    def problems(self, exchange: Exchange) -> list[str]:
        request = _OCRequest(exchange.request, exchange.request_body)
        where = f"{exchange.request.method} {exchange.request.url.path}"
        out: list[str] = []
        try:
            self.openapi.validate_request(request)
        except Exception as exc:
            out.append(f"request {where}: {_describe(exc)}")
        if exchange.response is not None:
            try:
                self.openapi.validate_response(
                    request, _OCResponse(exchange.response, exchange.response_body)
                )
            except Exception as exc:
                out.append(
                    f"response {exchange.response.status_code} to {where}: {_describe(exc)}"
                    f" body={exchange.response_body[:300]!r}"
                )
        return out

    def operation_of(self, exchange: Exchange) -> str | None:
        from openapi_core.templating.paths.finders import APICallPathFinder

        request = _OCRequest(exchange.request, exchange.request_body)
        try:
            found = APICallPathFinder(self.openapi.spec).find(
                request.method, f"{request.host_url}{request.path}"
            )
        except Exception:
            return None
        return str((found.operation / "operationId").read_value()) if found else None


def _describe(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    seen = exc
    while seen.__cause__ is not None and len(parts) < 4:
        seen = seen.__cause__
        detail = getattr(seen, "schema_errors", None)
        parts.append(
            f"{type(seen).__name__}: {seen}" + (f" {list(map(str, detail))}" if detail else "")
        )
    return " <- ".join(parts)


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)[:600]


def iter_ops(providers: list[str]) -> Iterator[Op]:
    for provider in providers:
        yield from operations(provider)


def union_member_validators(provider: str) -> dict[str, Any]:
    """Generated class name -> a validator of its component schema, for every schema that is an
    alternative of a oneOf/anyOf (the generator ignores discriminators and may pick wrongly)."""
    from jsonschema import Draft202012Validator
    from openapi_python_client import strings

    root = _spec(provider)
    schemas = (root.get("components") or {}).get("schemas") or {}
    members: dict[str, Any] = {}
    for node in schemas.values():
        for key in ("oneOf", "anyOf"):
            for alt in node.get(key) or []:
                if isinstance(alt, dict) and isinstance(alt.get("$ref"), str):
                    name = alt["$ref"].rsplit("/", 1)[1]
                    members[strings.pascal_case(name)] = Draft202012Validator(
                        {**root, "$ref": alt["$ref"]}
                    )
    return members


def wrong_union_members(model: Any, members: dict[str, Any]) -> list[str]:
    """Union members whose own schema rejects the JSON they were parsed from: the generated
    union chose an alternative the data does not belong to."""
    if isinstance(model, list | tuple):
        return [w for m in model for w in wrong_union_members(m, members)]
    if isinstance(model, dict):
        return [w for m in model.values() for w in wrong_union_members(m, members)]
    found: list[str] = []
    if hasattr(model, "__attrs_attrs__"):
        validator = members.get(type(model).__name__)
        if (
            validator is not None
            and hasattr(model, "to_dict")
            and not validator.is_valid(model.to_dict())
        ):
            found.append(f"{type(model).__name__} does not describe {dumps(model.to_dict())[:120]}")
        for attribute in model.__attrs_attrs__:
            if attribute.name != "additional_properties":
                found += wrong_union_members(getattr(model, attribute.name), members)
    return found
