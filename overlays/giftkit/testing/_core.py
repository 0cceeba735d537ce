"""The shared simulator core: one ASGI app, store, ledger, faults and rate limit for every provider.

    Simulator                 (subclassed once per provider: data + handlers, never branched on)
     ├─ app                   raw ASGI 3 callable -> handle(Request) -> Response
     │    route ─► 404 / 405+Allow ─► rate limit ─► auth ─► validate ─► handler
     ├─ store                 in-memory collections, insertion-ordered, unique keys
     ├─ ledger                one entry per value-creating call that was processed
     ├─ faults                transport-level failures, consumed by _transport
     └─ clock                 VirtualClock: windows, async jobs, delays, timestamps

A provider module sets data (`validation_statuses`, `auth_statuses`, ...), implements
`error_body()` (its own error shape) and registers one handler per operationId with `@handles`.
"""

from __future__ import annotations

import json
import random
import threading
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from ._clock import VirtualClock
from ._spec import Operation, SpecIndex, coerce_parameter, coerce_scalar, load_spec

JSON = Any


# -- wire values -------------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    body: bytes = b""


@dataclass
class Response:
    status: int
    body: JSON = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # set when the body is not JSON (or deliberately malformed)

    def encode(self) -> bytes:
        if self.raw is not None:
            return self.raw
        if self.body is None:
            return b""
        return json.dumps(self.body, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class FieldError:
    """One rule a request broke: `path` into the location (`("orders", 0, "amount")`)."""

    location: str  # body | query | path | header
    path: tuple[str | int, ...]
    kind: str  # required | type | format | enum | pattern | minimum | ... | invalid
    message: str
    value: Any = None  # the offending value, when known (providers quote it in messages)

    @property
    def dotted(self) -> str:
        return ".".join(str(p) for p in self.path)


class ProviderError(Exception):
    """Raised by handlers: answered as-is (already in the provider's shape)."""

    def __init__(self, status: int, body: JSON, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.response = Response(status, body, headers or {})


class ValidationFailed(Exception):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(errors)
        self.errors = errors


class Conflict(Exception):
    """A unique key was taken."""


# -- state -------------------------------------------------------------------------------------


class Collection:
    """An insertion-ordered table: list() returns exactly what was added, in order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._rows: dict[str, dict[str, Any]] = {}

    def add(self, key: str, row: dict[str, Any]) -> dict[str, Any]:
        if key in self._rows:
            raise Conflict(f"{self.name} {key!r} exists")
        self._rows[key] = row
        return row

    def put(self, key: str, row: dict[str, Any]) -> dict[str, Any]:
        self._rows[key] = row
        return row

    def get(self, key: str) -> dict[str, Any] | None:
        return self._rows.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self._rows.values()))

    def list(self) -> list[dict[str, Any]]:
        return list(self._rows.values())

    def remove(self, key: str) -> dict[str, Any] | None:
        return self._rows.pop(key, None)


class Store:
    def __init__(self) -> None:
        self._collections: dict[str, Collection] = {}

    def __getitem__(self, name: str) -> Collection:
        return self._collections.setdefault(name, Collection(name))

    collection = __getitem__


@dataclass(frozen=True)
class LedgerEntry:
    operation_id: str
    reference: str | None
    client_reference: str | None
    payload: JSON
    issued_at: float  # virtual clock seconds


class Ledger:
    """Every value-creating call the simulator processed (what the provider would bill).

    Work a provider finishes in the background (an async import) is settled on the virtual
    clock before the entries are read, so reading never sees a stale ledger.
    """

    def __init__(self, clock: VirtualClock, settle: Callable[[], None] | None = None) -> None:
        self._clock = clock
        self._settle = settle
        self._entries: list[LedgerEntry] = []

    @property
    def entries(self) -> list[LedgerEntry]:
        if self._settle is not None:
            self._settle()
        return self._entries

    def record(
        self,
        operation_id: str,
        *,
        reference: str | None = None,
        client_reference: str | None = None,
        payload: JSON = None,
        issued_at: float | None = None,
    ) -> LedgerEntry:
        entry = LedgerEntry(
            operation_id,
            reference,
            client_reference,
            payload,
            self._clock.now() if issued_at is None else issued_at,
        )
        self._entries.append(entry)
        return entry

    def find(
        self,
        *,
        client_reference: str | None = None,
        reference: str | None = None,
        operation_id: str | None = None,
    ) -> list[LedgerEntry]:
        """Entries matching every given field (a list: more than one means a duplicate issue)."""
        return [
            e
            for e in self.entries
            if (client_reference is None or e.client_reference == client_reference)
            and (reference is None or e.reference == reference)
            and (operation_id is None or e.operation_id == operation_id)
        ]

    def duplicates(self) -> dict[str, list[LedgerEntry]]:
        """client_reference -> entries, for every client reference issued more than once."""
        seen: dict[str, list[LedgerEntry]] = {}
        for entry in self.entries:
            if entry.client_reference is not None:
                seen.setdefault(entry.client_reference, []).append(entry)
        return {ref: found for ref, found in seen.items() if len(found) > 1}

    def __len__(self) -> int:
        return len(self.entries)

    def clear(self) -> None:
        self._entries.clear()


FAULT_KINDS = ("refuse", "reset_before", "reset_after", "status:<code>", "delay:<seconds>")


@dataclass
class _FaultRule:
    operation_id: str
    kind: str
    remaining: int | None
    probability: float | None


class Faults:
    """Scheduled transport failures; `_transport` consumes them request by request."""

    def __init__(self, rng: random.Random, known: set[str]) -> None:
        self._rng = rng
        self._known = known
        self._rules: list[_FaultRule] = []
        self.fired: list[tuple[str, str]] = []  # (operation_id, kind), in order

    def schedule(
        self, operation_id: str, kind: str, times: int | None = 1, probability: float | None = None
    ) -> None:
        """Fail the next `times` calls of `operation_id` ("*" = any; times=None = forever).

        kinds: refuse, reset_before, reset_after, status:<code>, delay:<seconds>.
        With `probability`, each call fails with that chance (seeded) until `times` have fired.
        """
        _parse_kind(kind)
        if operation_id != "*" and operation_id not in self._known:
            raise ValueError(f"unknown operation {operation_id!r}; known: {sorted(self._known)}")
        self._rules.append(_FaultRule(operation_id, kind, times, probability))

    def clear(self) -> None:
        self._rules.clear()

    def take(self, operation_id: str | None) -> str | None:
        for rule in self._rules:
            if rule.operation_id not in ("*", operation_id) or rule.remaining == 0:
                continue
            if rule.probability is not None and self._rng.random() >= rule.probability:
                continue
            if rule.remaining is not None:
                rule.remaining -= 1
            self.fired.append((operation_id or "?", rule.kind))
            return rule.kind
        return None

    @property
    def pending(self) -> int:
        return sum(1 for r in self._rules if r.remaining != 0)


def _parse_kind(kind: str) -> tuple[str, float | None]:
    name, _, arg = kind.partition(":")
    if name in ("refuse", "reset_before", "reset_after") and not arg:
        return name, None
    if name == "status" and arg.isdigit() and 100 <= int(arg) <= 599:
        return name, float(arg)
    if name == "delay":
        try:
            return name, float(arg)
        except ValueError:
            pass
    raise ValueError(f"unknown fault kind {kind!r}; use one of {', '.join(FAULT_KINDS)}")


@dataclass
class RateWindow:
    """The fixed window a rate limit counts in (virtual clock)."""

    limit: int
    per_seconds: float
    started: float
    used: int = 0

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def reset_at(self) -> float:
        return self.started + self.per_seconds

    def reset_in(self, now: float) -> float:
        return max(0.0, self.reset_at - now)


# -- the simulator -----------------------------------------------------------------------------

Handler = Callable[["Simulator", "Call"], Any]
H = TypeVar("H", bound=Callable[..., Any])


def handles(operation_id: str) -> Callable[[H], H]:
    """Mark a Simulator method as the handler of one operationId."""

    def mark(fn: H) -> H:
        fn.__giftkit_operation__ = operation_id  # type: ignore[attr-defined]
        return fn

    return mark


@dataclass
class Call:
    """What a handler receives: the operation, coerced parameters and the parsed body."""

    sim: Simulator
    op: Operation
    request: Request
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: JSON
    credential: dict[str, str]  # scheme name -> presented credential

    def issue(
        self, *, reference: str | None, client_reference: str | None = None, payload: JSON = None
    ) -> LedgerEntry:
        return self.sim.ledger.record(
            self.op.operation_id,
            reference=reference,
            client_reference=client_reference,
            payload=payload,
        )

    def reject(self, *errors: FieldError) -> ValidationFailed:
        return ValidationFailed(list(errors))

    def field_error(
        self, *path: str | int, message: str, kind: str = "invalid"
    ) -> ValidationFailed:
        return ValidationFailed([FieldError("body", tuple(path), kind, message)])


class Simulator:
    """One provider's simulator. Subclasses supply data, `error_body` and `@handles` methods."""

    provider: ClassVar[str] = ""
    # Values of the first server's URL variables in `base_url` (else `sim-<name>`)
    server_variables: ClassVar[dict[str, str]] = {}
    # Statuses tried in order; the first one the operation documents is answered.
    validation_statuses: ClassVar[tuple[int, ...]] = (422, 400)
    auth_statuses: ClassVar[tuple[int, ...]] = (401, 403)
    not_found_statuses: ClassVar[tuple[int, ...]] = (404,)
    conflict_statuses: ClassVar[tuple[int, ...]] = (409, 400, 422)
    rate_limited_statuses: ClassVar[tuple[int, ...]] = (429,)
    # True: a request presenting any invalid credential is refused even when another presented
    # requirement is satisfied (e.g. valid app keys plus a stale bearer token).
    strict_credentials: ClassVar[bool] = False
    # The documented limit reported in headers while no test limit is set: (limit, per_seconds).
    documented_rate_limit: ClassVar[tuple[int, float] | None] = None
    _handlers: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        handlers: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                op_id = getattr(value, "__giftkit_operation__", None)
                if op_id:
                    handlers[op_id] = name
        cls._handlers = handlers

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: VirtualClock | None = None,
        spec: dict[str, Any] | str | None = None,
        examples: bool = False,
    ) -> None:
        self.seed = seed
        self.spec = load_spec(spec if spec is not None else self.provider)
        self.index = SpecIndex(self.spec)
        self.clock = clock if clock is not None else VirtualClock()
        self.random = random.Random(seed)
        self.store = Store()
        self.ledger = Ledger(self.clock, self._settle_quietly)
        self.faults = Faults(random.Random(seed + 1), set(self.index.operations))
        self.requests: list[tuple[str, str, int]] = []  # (operation_id or path, method, status)
        self._limit: RateWindow | None = None
        self._lock = threading.RLock()
        self._ids = 0
        self.fixtures: dict[str, Any] = self.make_fixtures()
        self.base_url = f"http://127.0.0.1{self.index.base_path_with(self.server_variables)}"
        from ._asgi import AsgiApp

        self.app = AsgiApp(self)
        self._examples = examples
        if examples:
            # Objects the spec's examples name (path-parameter examples, response examples) exist
            # from the start, so schema-driven tests reach every operation's success path.
            self.load_examples()

    @property
    def value_creating(self) -> tuple[str, ...]:
        """Operations that create or move value, as the spec declares (`x-giftkit-effect`)."""
        from giftkit._spec import operation_effects

        return tuple(op for op, e in operation_effects(self.spec).items() if e.moves_value)

    # -- public surface -----------------------------------------------------------------

    def transport(self) -> Any:
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    def async_transport(self) -> Any:
        from ._transport import AsyncSimulatorTransport

        return AsyncSimulatorTransport(self)

    def reset(self) -> None:
        """Start a new scenario: no objects, no ledger entries, ids from the seed again (and the
        spec's examples reloaded if the simulator was made with them). Configuration (faults,
        rate limits, the clock) and the request log stay. A stateful test calls this before each
        scenario, so that a scenario replayed by Hypothesis meets the same answers."""
        with self._lock:
            self.random = random.Random(self.seed)
            self.store = Store()
            self.ledger = Ledger(self.clock, self._settle_quietly)
            self._ids = 0
            self.fixtures = self.make_fixtures()
            if self._examples:
                self.load_examples()

    def rate_limit(self, limit: int | None, per_seconds: float = 1.0) -> None:
        """Answer 429 once `limit` calls land in one `per_seconds` window (None: no limit)."""
        self._limit = None if limit is None else RateWindow(limit, per_seconds, self.clock.now())

    def operation_for(self, method: str, path: str) -> Operation | None:
        routed = self.index.route(path, method)
        return routed[1].get(method.upper()) if routed else None

    # -- provider hooks -----------------------------------------------------------------

    def make_fixtures(self) -> dict[str, Any]:
        """Valid test credentials and reference data; `credentials` maps scheme -> values."""
        return {"credentials": {}}

    def load_examples(self) -> None:
        """Seed the store with the objects the spec's examples name (`examples=True`)."""

    def settle(self) -> None:
        """Bring background work (queued jobs) up to the clock's now. Called before every
        request and before the ledger is read; a provider with async work overrides it."""

    def before(self, op: Operation, request: Request) -> Response | None:
        """A response answered before auth and validation (e.g. a body over the size limit)."""
        return None

    def _settle_quietly(self) -> None:
        with self._lock:
            self.settle()

    def error_body(
        self,
        status: int,
        message: str,
        *,
        op: Operation | None = None,
        errors: list[FieldError] | None = None,
        code: str | None = None,
    ) -> JSON:
        return {"message": message}

    def rate_limit_headers(self, window: RateWindow, now: float) -> dict[str, str]:
        return {"Retry-After": str(int(window.reset_in(now) + 0.999))}

    def credential_valid(self, scheme_name: str, scheme: dict[str, Any], value: str) -> bool:
        valid = self.fixtures.get("credentials", {}).get(scheme_name, [])
        return value in (valid if isinstance(valid, list | tuple | set) else [valid])

    def validation_message(self, op: Operation, errors: list[FieldError]) -> str:
        return "The given data was invalid."

    def auth_message(self, op: Operation, missing: bool) -> str:
        return "Unauthorized"

    def not_found(self, op: Operation | None, what: str = "resource") -> ProviderError:
        status = op.pick_status(self.not_found_statuses) if op else self.not_found_statuses[0]
        return ProviderError(
            status, self.error_body(status, f"{what} not found", op=op, code="not_found")
        )

    def conflict(
        self,
        op: Operation,
        message: str,
        *,
        errors: list[FieldError] | None = None,
        code: str | None = "duplicate",
    ) -> ProviderError:
        status = op.pick_status(self.conflict_statuses)
        return ProviderError(
            status, self.error_body(status, message, op=op, errors=errors, code=code)
        )

    def fault_response(self, op: Operation | None, status: int) -> Response:
        """A scheduled `status:<code>` fault: the provider's shape, nothing processed."""
        headers = {}
        if status == 429:
            window = self._limit or self._reported_window()
            if window is not None:
                headers = self.rate_limit_headers(window, self.clock.now())
        return Response(
            status, self.error_body(status, f"simulated {status}", op=op, code="simulated"), headers
        )

    # -- helpers for handlers -----------------------------------------------------------

    def new_id(self, prefix: str = "", width: int = 16) -> str:
        """Deterministic per seed: the same calls give the same ids."""
        self._ids += 1
        return prefix + uuid.UUID(int=self.random.getrandbits(128)).hex[:width]

    def timestamp(self, *, millis: bool = False) -> str:
        moment = datetime.fromtimestamp(self.clock.now(), UTC)
        if millis:
            return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- the pipeline ------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        with self._lock:
            self.settle()
            response, label = self._dispatch(request)
            self.requests.append((label, request.method, response.status))
            return response

    def _dispatch(self, request: Request) -> tuple[Response, str]:
        routed = self.index.route(request.path, request.method)
        if routed is None:
            return Response(404, self.error_body(404, "Not found", code="not_found")), request.path
        template, by_method, raw_path = routed
        op = by_method.get(request.method.upper())
        if op is None:
            allow = ", ".join(
                m for m in ("GET", "PUT", "POST", "DELETE", "PATCH") if m in by_method
            )
            return Response(
                405,
                self.error_body(405, "Method Not Allowed", code="method_not_allowed"),
                {"Allow": allow},
            ), template
        try:
            limited = self._count_rate_limit(op)
            if limited is not None:
                return limited, op.operation_id
            early = self.before(op, request)
            if early is not None:
                self._add_rate_headers(op, early)
                self._set_content_type(op, early)
                return early, op.operation_id
            call = self._prepare(op, request, raw_path)
            method = getattr(self, self._handlers[op.operation_id], None)
            if method is None:
                raise LookupError(op.operation_id)
            result = method(call)
            response = (
                result if isinstance(result, Response) else Response(op.success_status, result)
            )
        except ProviderError as exc:
            response = exc.response
        except ValidationFailed as exc:
            # A malformed path identifies no resource: answered as "not found" where documented.
            path_only = all(e.location == "path" for e in exc.errors)
            status = op.pick_status(
                (*self.not_found_statuses, *self.validation_statuses)
                if path_only
                else self.validation_statuses
            )
            response = Response(
                status,
                self.error_body(
                    status,
                    self.validation_message(op, exc.errors),
                    op=op,
                    errors=exc.errors,
                    code="validation",
                ),
            )
        except KeyError as exc:
            if exc.args and exc.args[0] == op.operation_id:
                response = Response(501, {"message": f"{op.operation_id} is not simulated"})
            else:
                raise
        self._add_rate_headers(op, response)
        self._set_content_type(op, response)
        return response, op.operation_id

    def _set_content_type(self, op: Operation, response: Response) -> None:
        explicit = op.raw.get("responses", {}).get(str(response.status))
        if explicit is not None and not self.index.deref(explicit).get("content"):
            response.body, response.raw = None, None  # documented without a body: none is sent
            return
        if any(k.lower() == "content-type" for k in response.headers):
            return
        documented = (
            explicit or op.raw.get("responses", {}).get(f"{str(response.status)[0]}XX") or {}
        )
        documented = self.index.deref(documented)
        content = documented.get("content") or {}
        if content:
            response.headers["Content-Type"] = next(
                (m for m in content if "json" in m), next(iter(content))
            )
        elif not documented.get("content") and response.status in (204, 304):
            response.body = None

    # -- rate limit --------------------------------------------------------------------

    def _reported_window(self) -> RateWindow | None:
        if self.documented_rate_limit is None:
            return None
        limit, per = self.documented_rate_limit
        now = self.clock.now()
        window = getattr(self, "_documented_window", None)
        if window is None or now >= window.reset_at:
            window = RateWindow(limit, per, now - (now % per) if per >= 1 else now)
            self._documented_window = window
        return window

    def _count_rate_limit(self, op: Operation) -> Response | None:
        now = self.clock.now()
        if self._limit is not None:
            window = self._limit
            if now >= window.reset_at:
                window.started, window.used = now, 0
            window.used += 1
            if window.used > window.limit:
                window.used = window.limit
                status = op.pick_status(self.rate_limited_statuses)
                return Response(
                    status,
                    self.error_body(status, "Too Many Requests", op=op, code="rate_limited"),
                    self.rate_limit_headers(window, now),
                )
        else:
            reported = self._reported_window()
            if reported is not None:
                reported.used += 1
        return None

    def _add_rate_headers(self, op: Operation, response: Response) -> None:
        names = {n.lower() for n in op.response_header_names(response.status)}
        if not names:
            return
        window = self._limit or self._reported_window()
        if window is None:
            return
        for name, value in self.rate_limit_headers(window, self.clock.now()).items():
            if name.lower() in names and name not in response.headers:
                response.headers[name] = value

    # -- auth and validation -------------------------------------------------------------

    def _prepare(self, op: Operation, request: Request, raw_path: dict[str, str]) -> Call:
        query_pairs = request.query
        credential = self._authenticate(op, request)
        errors: list[FieldError] = []
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for param in op.parameters:
            raws: list[str]
            deep: dict[str, str] | None = None
            if param.location == "path":
                raws = [raw_path[param.name]] if param.name in raw_path else []
            elif param.location == "query":
                raws = [v for k, v in query_pairs if k == param.name]
                if param.style == "deepObject":
                    deep = {
                        k[len(param.name) + 1 : -1]: v
                        for k, v in query_pairs
                        if k.startswith(param.name + "[") and k.endswith("]")
                    }
                    if deep:
                        raws = raws or ["{}"]
            elif param.location == "header":
                raw = request.headers.get(param.name.lower())
                raws = [] if raw is None else [raw]
            else:
                continue
            if not raws:
                if param.required:
                    errors.append(
                        FieldError(
                            param.location,
                            (param.name,),
                            "required",
                            f"The {param.name} field is required.",
                        )
                    )
                continue
            value = coerce_parameter(param, raws, self.index, deep)
            values[param.location][param.name] = value
            errors += self._schema_errors(param.schema, value, param.location, (param.name,))
        body = None
        media = op.body_media_types
        if media:
            body, body_errors = self._parse_body(op, request)
            errors += body_errors
        if errors:
            raise ValidationFailed(errors)
        return Call(
            self, op, request, values["path"], values["query"], values["header"], body, credential
        )

    def _parse_body(self, op: Operation, request: Request) -> tuple[JSON, list[FieldError]]:
        media = op.body_media_types
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        chosen = (
            content_type
            if content_type in media
            else next((m for m in media if "json" in m), next(iter(media)))
        )
        if not request.body.strip():
            if op.body_required:
                return None, [FieldError("body", (), "required", "The request body is required.")]
            return None, []
        schema = self.index.deref(media[chosen].get("schema", {}))
        if "json" in chosen:
            try:
                body = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                return None, [
                    FieldError("body", (), "invalid", "The request body is not valid JSON.")
                ]
        elif chosen == "application/x-www-form-urlencoded":
            try:
                pairs = urllib.parse.parse_qsl(request.body.decode(), keep_blank_values=True)
            except UnicodeDecodeError:
                return None, [FieldError("body", (), "invalid", "The request body is malformed.")]
            props = schema.get("properties", {})
            body = {k: coerce_scalar(v, props.get(k, {}), self.index) for k, v in pairs}
        else:
            body = request.body
            return body, []
        return body, self._schema_errors(schema, body, "body", ())

    def _schema_errors(
        self, schema: dict[str, Any], value: Any, location: str, base: tuple[str | int, ...]
    ) -> list[FieldError]:
        validator = self.index.validator(schema)
        out: list[FieldError] = []
        for error in sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.path))):
            path = base + tuple(error.absolute_path)
            if error.validator == "required":
                instance = error.instance if isinstance(error.instance, dict) else {}
                for name in error.validator_value:
                    if name not in instance:
                        out.append(
                            FieldError(location, (*path, name), "required", f"{name} is required")
                        )
            elif error.validator in ("anyOf", "oneOf") and isinstance(error.instance, dict):
                out.append(FieldError(location, path, "required", _alternatives(error)))
            else:
                out.append(
                    FieldError(location, path, str(error.validator), error.message, error.instance)
                )
        return out

    def _authenticate(self, op: Operation, request: Request) -> dict[str, str]:
        if not op.security:
            return {}
        presented_any = False
        if self.strict_credentials:
            for name in {n for requirement in op.security for n in requirement}:
                scheme = self.index.security_schemes.get(name, {})
                value = _presented(scheme, request)
                if value is not None and not self.credential_valid(name, scheme, value):
                    status = op.pick_status(self.auth_statuses)
                    raise ProviderError(
                        status,
                        self.error_body(
                            status, self.auth_message(op, False), op=op, code="unauthorized"
                        ),
                        self.auth_challenge(op),
                    )
        for requirement in op.security:
            if not requirement:
                return {}
            ok, presented = True, {}
            for name in requirement:
                scheme = self.index.security_schemes.get(name, {})
                value = _presented(scheme, request)
                if value is None:
                    ok = False
                    continue
                presented_any = True
                presented[name] = value
                if not self.credential_valid(name, scheme, value):
                    ok = False
            if ok:
                return presented
        status = op.pick_status(self.auth_statuses)
        raise ProviderError(
            status,
            self.error_body(
                status, self.auth_message(op, not presented_any), op=op, code="unauthorized"
            ),
            self.auth_challenge(op),
        )

    def auth_challenge(self, op: Operation) -> dict[str, str]:
        return {}


def _alternatives(error: Any) -> str:
    options = []
    for sub in error.validator_value:
        if isinstance(sub, dict) and "required" in sub:
            options.append(" and ".join(sub["required"]))
    return ("Either " + ", or ".join(options) + " is required.") if options else error.message


def _presented(scheme: dict[str, Any], request: Request) -> str | None:
    kind = scheme.get("type")
    if kind == "apiKey":
        name = scheme.get("name", "")
        if scheme.get("in") == "query":
            return next((v for k, v in request.query if k == name), None)
        if scheme.get("in") == "cookie":
            cookies = request.headers.get("cookie", "")
            for part in cookies.split(";"):
                key, _, value = part.strip().partition("=")
                if key == name:
                    return value
            return None
        return request.headers.get(name.lower())
    auth = request.headers.get("authorization")
    if auth is None:
        return None
    if kind == "http":
        wanted = scheme.get("scheme", "bearer").lower()
        given, _, value = auth.partition(" ")
        return value.strip() if given.lower() == wanted and value.strip() else ""
    if kind in ("oauth2", "openIdConnect"):
        given, _, value = auth.partition(" ")
        return value.strip() if given.lower() == "bearer" and value.strip() else ""
    return auth
