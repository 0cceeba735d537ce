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

import random
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from . import _pipeline
from ._asgi import AsgiApp
from ._clock import VirtualClock
from ._families import FamilyHooks
from ._pipeline import Call
from ._spec import Operation, SpecIndex, load_spec
from ._state import FAULT_KINDS, Collection, Faults, Ledger, LedgerEntry, RateWindow, Store
from ._transport import AsyncSimulatorTransport, SimulatorTransport
from ._wire import JSON, Conflict, FieldError, ProviderError, Request, Response, ValidationFailed

__all__ = [  # the names provider simulators import from here
    "FAULT_KINDS",
    "JSON",
    "Call",
    "Collection",
    "Conflict",
    "Faults",
    "FieldError",
    "Ledger",
    "LedgerEntry",
    "ProviderError",
    "RateWindow",
    "Request",
    "Response",
    "Simulator",
    "ValidationFailed",
    "handles",
]


# -- the simulator -----------------------------------------------------------------------------

Handler = Callable[["Simulator", "Call"], Any]
H = TypeVar("H", bound=Callable[..., Any])


def handles(operation_id: str) -> Callable[[H], H]:
    """Mark a Simulator method as the handler of one operationId."""

    def mark(fn: H) -> H:
        fn.__giftkit_operation__ = operation_id  # type: ignore[attr-defined]
        return fn

    return mark


class Simulator(FamilyHooks):
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
        self._documented_window: RateWindow | None = None  # the documented limit's window
        self._lock = threading.RLock()
        self._ids = 0
        self.fixtures: dict[str, Any] = self.make_fixtures()
        self.base_url = f"http://127.0.0.1{self.index.base_path_with(self.server_variables)}"
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
        return SimulatorTransport(self)

    def async_transport(self) -> Any:
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
            window = self._limit or _pipeline.reported_window(self)
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

    def auth_challenge(self, op: Operation) -> dict[str, str]:
        """Headers of a 401 (e.g. WWW-Authenticate)."""
        return {}

    # -- the pipeline (giftkit.testing._pipeline) ------------------------------------------

    def handle(self, request: Request) -> Response:
        with self._lock:
            self.settle()
            response, label = _pipeline.dispatch(self, request)
            self.requests.append((label, request.method, response.status))
            return response
