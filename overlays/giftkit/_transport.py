"""The one transport every giftkit client talks through, sync and async alike.

Per logical request: the plan (_preflight: identify the operation and its declared effect, fill
the client reference, validate pre-flight), send, read the answer (_answers), then ask the money
rule (_decision, where the rule is stated in full) whether to return, retry after N seconds on
the injectable clock, or end with an error (_error_building). Every attempt is logged from an
allowlist (_redact.log_attempt). The Engine below only wires those parts together.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._answers import BodyUnreadable, aread_capped, read_capped, success_problem
from ._attempt_log import answer_request_id, request_id
from ._auth import REFRESHABLE, TOKEN_REQUEST
from ._call_options import OVERRIDES, CallOptions, options
from ._clock import Clock
from ._decision import (
    UNKNOWN,
    Attempt,
    Fail,
    Retry,
    after_exception,
    after_status,
    backoff,
    server_wait,
)
from ._error_building import ErrorBuilder
from ._errors import GiftkitError, OutcomeUnknownError
from ._preflight import (
    NO_BODY,
    Plan,
    body_errors,
    effect_of,
    fill_reference,
    json_body,
    parameter_errors,
    with_json,
)
from ._profile import Profile
from ._redact import Redactor, log_attempt, logger, mask_httpx_log
from ._spec import OperationTable, operation_effects

_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)
_NEVER_RETRIED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
_TOKEN_FIELDS = frozenset({"access_token", "refresh_token", "client_secret", "id_token"})
OutcomeUnknownCallback = Callable[[OutcomeUnknownError], None]


def _masked_cause(redactor: Redactor, exc: BaseException) -> BaseException:
    """A stand-in for an httpx/h11 exception, to chain as __cause__: the same type, its text
    masked, and no chain of its own (h11 quotes header values in its messages)."""
    copy = type(exc).__new__(type(exc))
    if isinstance(exc, httpx.ProtocolError):
        text = f"{type(exc).__name__} (details withheld: they may quote header values)"
    else:
        text = redactor.text(str(exc))
    Exception.__init__(copy, text)
    return copy


class Engine:
    """The decisions of the transport; no I/O, so sync and async share every rule."""

    def __init__(
        self,
        profile: Profile,
        table: OperationTable,
        *,
        clock: Clock,
        redactor: Redactor,
        base_path: str,
        max_retries: int,
        retry_everything: bool = False,
        total_timeout: float | None = None,
        credential_keywords: Callable[[str], tuple[str, ...]] = lambda method: (),
        on_outcome_unknown: OutcomeUnknownCallback | None = None,
    ):
        self.profile = profile
        self.table = table
        self.clock = clock
        self.redactor = Redactor(
            secret_fields=redactor.secret_fields | _TOKEN_FIELDS,
            secret_headers=redactor.secret_headers,
            secret_values=redactor.secret_values,
            dynamic_values=redactor.dynamic_values,
        )
        self.base_path = base_path.rstrip("/")
        self.max_retries = max_retries
        self.total_timeout = total_timeout
        self.retry_everything = retry_everything  # the sabotage switch of the reliability campaign
        self.on_outcome_unknown = on_outcome_unknown
        self.effects = operation_effects(table.spec)
        self.errors = ErrorBuilder(
            profile,
            self.redactor,
            self.base_path,
            retry_after=self.retry_after,
            request_id=lambda response: request_id(profile, response),
            credential_keywords=credential_keywords,
        )
        self._random = random.Random()

    # --- before sending ---
    def prepare(self, request: httpx.Request) -> Plan:
        path = request.url.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        found = self.table.find(request.method, path)
        op, values = found if found is not None else (None, {})
        effect = effect_of(self.effects, request.method, op)
        overrides = OVERRIDES.get()
        state = self._attempt_state(effect.moves_value, effect.resend_safe, overrides)
        plan = Plan(
            request,
            op,
            path,
            values,
            effect=effect,
            state=state,
            redactor=self.redactor,
            secret_params=self.profile.secret_path_params,
        )
        if overrides is not None and overrides.timeout is not None:
            timeout = overrides.timeout
            timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            request.extensions["timeout"] = timeout.as_dict()
        plan.body = body = json_body(request)
        if op is None:
            return plan
        errors = parameter_errors(self.table, op, request, values) if op.parameters else {}
        if body is not NO_BODY:
            self._fill_references(plan, body)
            body_errors(self.table, self.profile, op, body, self.clock.now(), errors)
        if errors:
            raise self.errors.invalid(plan, op, errors)
        return plan

    def _attempt_state(
        self, value_creating: bool, resend_safe: bool, overrides: CallOptions | None
    ) -> Attempt:
        retries = self.max_retries
        total = self.total_timeout
        if overrides is not None:
            retries = retries if overrides.max_retries is None else overrides.max_retries
            total = total if overrides.total_timeout is None else overrides.total_timeout
        return Attempt(
            money=value_creating and not resend_safe and not self.retry_everything,
            value_creating=value_creating,
            max_retries=retries,
            deadline=None if total is None else self.clock.now() + total,
        )

    def _fill_references(self, plan: Plan, body: Any) -> None:
        rule = self.profile.client_references.get(plan.operation.id) if plan.operation else None
        if rule is None or not isinstance(body, (dict, list)):
            return
        refs, changed = fill_reference(
            body,
            rule.path.split("."),
            (lambda: self._reference(rule.prefix, rule.length)) if rule.fill else None,
        )
        plan.references = tuple(refs)
        if changed:
            plan.request = with_json(plan.request, body)

    def _reference(self, prefix: str, length: int) -> str:
        return (prefix + f"{self._random.getrandbits(128):032x}")[: max(length, len(prefix) + 8)]

    def masked_url(self, plan: Plan) -> str:
        """The request URL as logs may show it: secret path values masked, no query."""
        return str(self.errors.redacted_request(plan).url)

    # --- after an attempt ---
    def on_exception(self, plan: Plan, exc: httpx.TransportError, attempt: int) -> Retry:
        if logger.isEnabledFor(logging.INFO):
            self._log(plan, type(exc).__name__, None, attempt)
        plan.state.number = attempt
        decision = after_exception(
            plan.state,
            not_sent=isinstance(exc, _NOT_SENT),
            retryable=not isinstance(exc, _NEVER_RETRIED),
            wait=backoff(attempt, self._random),
            now=self.clock.now(),
        )
        if isinstance(decision, Retry):
            return decision
        cause = _masked_cause(self.redactor.with_values(plan.secrets), exc)
        if decision.kind == UNKNOWN:
            raise self.unknown(plan, f"{decision.why} ({type(exc).__name__})") from cause
        error = self.errors.connection(plan, exc)
        error.__cause__ = cause
        raise self.errors.give_up(plan, error, decision.ambiguous)

    def on_response(
        self, plan: Plan, response: httpx.Response, attempt: int, elapsed: float
    ) -> httpx.Response | Retry:
        status = response.status_code
        if logger.isEnabledFor(logging.INFO):
            self._log(plan, status, self._answer_request_id(response), attempt, elapsed)
        if not 100 <= status <= 599:
            raise self.errors.unexpected(plan, response, f"{status} is not a valid HTTP status")
        if 200 <= status <= 299:
            if plan.request.extensions.get(TOKEN_REQUEST):
                return response  # the auth flow reads it (and refuses what it cannot use)
            problem = success_problem(self.table, plan.operation, response)
            if problem is None:
                return response
            raise self.errors.unexpected(plan, response, problem)
        if status < 400:
            raise self.errors.unexpected(plan, response, f"status {status} is not documented")
        if status == 401 and plan.request.extensions.get(REFRESHABLE):
            return response  # to the OAuth flow, which refreshes its token once and resends
        plan.state.number = attempt
        op_id = plan.operation.id if plan.operation else ""
        decision = after_status(
            plan.state,
            status,
            not_processed=status in self.profile.not_processed_statuses(op_id),
            server_wait=self.retry_after(response.headers),
            wait=backoff(attempt, self._random),
            now=self.clock.now(),
        )
        if isinstance(decision, Retry):
            return decision
        raise self._status_failure(plan, response, decision)

    def _status_failure(self, plan: Plan, response: httpx.Response, fail: Fail) -> GiftkitError:
        status_error = self.errors.status_error(plan, response)
        if fail.kind == UNKNOWN:
            unknown = self.unknown(plan, fail.why)
            unknown.__cause__ = status_error
            return unknown
        return self.errors.give_up(plan, status_error, fail.ambiguous)

    def on_unreadable(
        self, plan: Plan, response: httpx.Response, why: str, attempt: int, elapsed: float
    ) -> httpx.Response | Retry:
        """A body too large or undecodable: an error status keeps its class (body withheld); a
        success is not as documented (ProcessedResponseError for a value-creating call)."""
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-length", "content-encoding")
        ]
        bare = httpx.Response(response.status_code, headers=headers)
        if response.status_code >= 400:
            bare._content = b""
            return self.on_response(plan, bare, attempt, elapsed)
        raise self.errors.unexpected(plan, bare, why)

    def unknown(self, plan: Plan, why: str) -> OutcomeUnknownError:
        return self.errors.unknown(plan, why)

    def cancelled(self, plan: Plan) -> None:
        """An async call cancelled while its request may be on the wire: for a value-creating
        call, a WARNING and the outcome-unknown callback (the CancelledError is re-raised)."""
        if not plan.state.value_creating:
            return
        error = self.errors.unknown(plan, "the call was cancelled after its request was sent")
        logger.warning("%s", error)
        if self.on_outcome_unknown is not None:
            self.on_outcome_unknown(error)

    def retry_after(self, headers: httpx.Headers) -> float | None:
        return server_wait(headers, self.profile.rate_limit_headers, self.clock.now())

    def _answer_request_id(self, response: httpx.Response) -> str | None:
        return answer_request_id(self.profile, response, self.errors.fields)

    def _log(
        self,
        plan: Plan,
        status: int | str,
        request_id: str | None,
        attempt: int,
        elapsed: float = 0.0,
    ) -> None:
        log_attempt(
            provider=self.profile.name,
            method=plan.request.method,
            path=self.errors.masked_full(plan),
            status=status,
            request_id=self.redactor.text(request_id) if request_id else None,
            elapsed=elapsed,
            attempt=attempt,
        )


class _OpaqueURL:
    """The caller's request URL (its path may hold a gift code), kept out of reprs."""

    __slots__ = ("value",)

    def __init__(self, value: httpx.URL):
        self.value = value

    def __repr__(self) -> str:
        return "<URL masked>"


class GiftkitTransport(httpx.BaseTransport):
    """The sync transport: giftkit's rules around any httpx transport."""

    def __init__(self, inner: httpx.BaseTransport, engine: Engine):
        self.inner = inner
        self.engine = engine

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        engine = self.engine
        plan = engine.prepare(request)
        url = _OpaqueURL(request.url)
        del request  # a tool printing frame locals (Sentry, rich) must not show its path's codes
        attempt = 0
        while True:
            started = time.perf_counter()
            failure: httpx.TransportError | None = None
            unreadable: str | None = None
            try:
                response = self.inner.handle_request(plan.request)
                read_capped(response)
            except httpx.TransportError as exc:
                failure = exc
            except BodyUnreadable as exc:
                unreadable = exc.why
            # decided outside the `except`, so no raw httpx exception rides along as __context__
            elapsed = time.perf_counter() - started
            decision: httpx.Response | Retry
            if failure is not None:
                decision = engine.on_exception(plan, failure, attempt)
            elif unreadable is not None:
                decision = engine.on_unreadable(plan, response, unreadable, attempt, elapsed)
            else:
                decision = engine.on_response(plan, response, attempt, elapsed)
            if isinstance(decision, httpx.Response):
                mask_httpx_log(url.value, lambda: engine.masked_url(plan))
                return decision
            engine.clock.sleep(decision.wait)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncGiftkitTransport(httpx.AsyncBaseTransport):
    """The async twin of GiftkitTransport: the same Engine, awaited I/O."""

    def __init__(self, inner: httpx.AsyncBaseTransport, engine: Engine):
        self.inner = inner
        self.engine = engine

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        engine = self.engine
        plan = engine.prepare(request)
        url = _OpaqueURL(request.url)
        del request  # a tool printing frame locals (Sentry, rich) must not show its path's codes
        attempt = 0
        while True:
            started = time.perf_counter()
            failure: httpx.TransportError | None = None
            unreadable: str | None = None
            try:
                response = await self.inner.handle_async_request(plan.request)
                await aread_capped(response)
            except httpx.TransportError as exc:
                failure = exc
            except BodyUnreadable as exc:
                unreadable = exc.why
            except asyncio.CancelledError:
                engine.cancelled(plan)
                raise
            elapsed = time.perf_counter() - started
            decision: httpx.Response | Retry
            if failure is not None:
                decision = engine.on_exception(plan, failure, attempt)
            elif unreadable is not None:
                decision = engine.on_unreadable(plan, response, unreadable, attempt, elapsed)
            else:
                decision = engine.on_response(plan, response, attempt, elapsed)
            if isinstance(decision, httpx.Response):
                mask_httpx_log(url.value, lambda: engine.masked_url(plan))
                return decision
            await engine.clock.asleep(decision.wait)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()


__all__ = ["AsyncGiftkitTransport", "CallOptions", "Engine", "GiftkitTransport", "options"]
