"""Before anything is sent: the plan of one logical request. Identify the operation, read its
declared effect, fill the client reference, and check the path, query, header and body against
the spec and the profile's extra rules (RequestValidationError, nothing sent)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from . import _constants as C
from ._decision import Attempt
from ._profile import Profile
from ._redact import Redactor, mask_path
from ._spec import Effect, Operation, OperationTable

NO_BODY: Any = object()
READS = frozenset({"GET", "HEAD", "OPTIONS"})
_UNDOCUMENTED_WRITE = Effect("creates-value")  # an undocumented non-read path: fail closed
_UNDOCUMENTED_READ = Effect("none", True)


class Plan:
    """One logical request. What only errors and logs need (the masked path, the secrets found in
    the path and body) is worked out on first use, so a success pays nothing for it."""

    __slots__ = (
        "_masked_path",
        "_secrets",
        "body",
        "effect",
        "operation",
        "path",
        "path_values",
        "redactor",
        "references",
        "request",
        "secret_params",
        "state",
    )

    def __init__(
        self,
        request: httpx.Request,
        operation: Operation | None,
        path: str,
        path_values: dict[str, str],
        *,
        effect: Effect,
        state: Attempt,
        redactor: Redactor,
        secret_params: frozenset[str],
    ):
        self.request = request
        self.operation = operation
        self.path = path  # relative to the base path
        self.path_values = path_values
        self.effect = effect
        self.state = state
        self.references: tuple[str, ...] = ()
        self.body: Any = NO_BODY  # the parsed JSON body, when there is one
        self.redactor = redactor
        self.secret_params = secret_params
        self._masked_path: str | None = None
        self._secrets: set[str] | None = None

    @property
    def masked_path(self) -> str:
        if self._masked_path is None:
            if self.operation is not None:
                self._masked_path = mask_path(
                    self.operation.template, self.path_values, self.secret_params
                )
            else:  # an undocumented path: every segment but the first is masked
                self._masked_path = "/".join(
                    C.MASK if i > 1 and seg else seg for i, seg in enumerate(self.path.split("/"))
                )
        return self._masked_path

    @property
    def secrets(self) -> set[str]:
        """Secret path parameter values and values under secret keys of the body."""
        if self._secrets is None:
            found = {v for k, v in self.path_values.items() if k in self.secret_params}
            if self.body is not NO_BODY:
                found |= self.redactor.collect(self.body)
            self._secrets = found
        return self._secrets

    @property
    def op_name(self) -> str:
        return self.operation.id if self.operation else f"{self.request.method} {self.masked_path}"


def effect_of(effects: Mapping[str, Effect], method: str, op: Operation | None) -> Effect:
    if op is not None:
        return effects.get(op.id, _UNDOCUMENTED_READ if op.is_read else _UNDOCUMENTED_WRITE)
    return _UNDOCUMENTED_READ if method in READS else _UNDOCUMENTED_WRITE


def json_body(request: httpx.Request) -> Any:
    """The request's JSON body, parsed; NO_BODY when there is none (or it is not JSON)."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        return NO_BODY
    if not content or "json" not in request.headers.get("content-type", ""):
        return NO_BODY
    try:
        return json.loads(content)
    except ValueError:
        return NO_BODY


def parameter_errors(
    table: OperationTable, op: Operation, request: httpx.Request, path_values: dict[str, str]
) -> dict[str, list[str]]:
    """Path, query and header parameters against their documented schemas, keyed by name."""
    errors: dict[str, list[str]] = {}
    for param in op.parameters:
        raw: list[str]
        if param.location == "path":
            raw = [path_values[param.name]] if param.name in path_values else []
        elif param.location == "query":
            raw = request.url.params.get_list(param.name)
        else:
            raw = request.headers.get_list(param.name)
        if not raw:
            if param.required:
                errors.setdefault(param.name, []).append("is required")
            continue
        value = _from_wire(param.kind, raw)
        for key, messages in table.errors(param.pointer, value).items():
            errors.setdefault(param.name if key == "body" else f"{param.name}.{key}", []).extend(
                messages
            )
    return errors


def body_errors(
    table: OperationTable,
    profile: Profile,
    op: Operation,
    body: Any,
    now: float,
    errors: dict[str, list[str]],
) -> None:
    """The body against its schema and the profile's extra rules, added to `errors`."""
    if op.request_pointer is not None:
        for key, messages in table.errors(op.request_pointer, body).items():
            errors.setdefault(key, []).extend(messages)
    if profile.extra_rules is not None:
        try:
            extra = profile.extra_rules(op.id, body, now)
        except (KeyError, TypeError, ValueError, AttributeError):
            extra = {}  # a body the schema already rejects; the schema errors say why
        for key, messages in extra.items():
            errors.setdefault(key, []).extend(m for m in messages if m not in errors.get(key, []))


def _from_wire(kind: str, raw: list[str]) -> Any:
    """A parameter's wire string(s) as the JSON value its schema describes (left as is when the
    string is not of that type, so the schema's type rule reports it)."""
    if kind == "array":
        return list(raw) if len(raw) > 1 else raw[0].split(",")
    text = raw[0]
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def fill_reference(
    node: Any, parts: list[str], make: Callable[[], str] | None
) -> tuple[list[str], bool]:
    """Fill the reference at `parts` (dotted, `*` = every item) where missing; return all values."""
    if not parts:
        return [], False
    head, rest = parts[0], parts[1:]
    if head == "*":
        refs: list[str] = []
        changed = False
        if isinstance(node, list):
            for item in node:
                r, c = fill_reference(item, rest, make)
                refs += r
                changed = changed or c
        return refs, changed
    if not isinstance(node, dict):
        return [], False
    if not rest:
        if node.get(head) in (None, ""):
            if make is None:
                return [], False
            node[head] = make()
            return [node[head]], True
        return [str(node[head])], False
    return fill_reference(node.get(head), rest, make)


def with_json(request: httpx.Request, body: Any) -> httpx.Request:
    headers = httpx.Headers(
        [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
    )
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        content=json.dumps(body, separators=(",", ":")).encode(),
        extensions=request.extensions,
    )
