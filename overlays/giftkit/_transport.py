"""The one transport every giftkit client talks through, sync and async alike.

Per logical request: identify the operation (method + path template from the spec), fill a client
reference, validate the body pre-flight, send, and then either return a documented success or
raise a giftkit error, retrying on the injectable clock where the money rule allows:

- not sent (connection refused, connect timeout, pool timeout): retried, for every operation;
- 429 or a documented not-processed status: retried, for every operation (the server did nothing);
- sent but no answer (read timeout, reset) or a 5xx: retried for reads and idempotent operations;
  for a value-creating operation it raises OutcomeUnknownError and is never repeated.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from . import _constants as C
from ._clock import Clock
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    GiftkitError,
    OutcomeUnknownError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
    status_error_class,
)
from ._profile import ErrorFields, Profile
from ._redact import Redactor, log_attempt, logger, mask_httpx_log, mask_path
from ._spec import Operation, OperationTable

_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)
_STANDARD_REQUEST_ID_HEADERS = ("x-request-id", "request-id")
_TOKEN_FIELDS = frozenset({"access_token", "refresh_token", "client_secret", "id_token"})


@dataclass(frozen=True)
class CallOptions:
    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None


_OVERRIDES: contextvars.ContextVar[CallOptions | None] = contextvars.ContextVar(
    "giftkit_overrides", default=None
)


@contextlib.contextmanager
def options(
    *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
) -> Iterator[None]:
    """Override the timeout and/or retry count of the calls made inside the `with` block."""
    token = _OVERRIDES.set(CallOptions(timeout=timeout, max_retries=max_retries))
    try:
        yield
    finally:
        _OVERRIDES.reset(token)


def _masked_or_none(redactor: Redactor, text: Any) -> str | None:
    return redactor.text(str(text)) if text else None


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


_NO_BODY: Any = object()
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class _Plan:
    """One logical request. What only errors and logs need (the masked path, the secrets found in
    the path and body) is worked out on first use, so a success pays nothing for it."""

    __slots__ = (
        "_masked_path",
        "_secrets",
        "ambiguous",
        "body",
        "max_retries",
        "money",
        "operation",
        "path",
        "path_values",
        "redactor",
        "references",
        "request",
        "secret_params",
        "value_creating",
    )

    def __init__(
        self,
        request: httpx.Request,
        operation: Operation | None,
        path: str,
        path_values: dict[str, str],
        *,
        money: bool,
        value_creating: bool,
        max_retries: int,
        redactor: Redactor,
        secret_params: frozenset[str],
    ):
        self.request = request
        self.operation = operation
        self.path = path  # relative to the base path
        self.path_values = path_values
        # value-creating and not idempotent: ambiguity raises OutcomeUnknownError
        self.money = money
        self.value_creating = value_creating  # idempotent creates included
        self.ambiguous = False  # an attempt may have been processed without our seeing its answer
        self.references: tuple[str, ...] = ()
        self.max_retries = max_retries
        self.body: Any = _NO_BODY  # the parsed JSON body, when there is one
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
            if self.body is not _NO_BODY:
                found |= self.redactor.collect(self.body)
            self._secrets = found
        return self._secrets

    @property
    def op_name(self) -> str:
        return self.operation.id if self.operation else f"{self.request.method} {self.masked_path}"


class _Retry:
    """Wait this many seconds, then send again."""

    __slots__ = ("wait",)

    def __init__(self, wait: float):
        self.wait = wait


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
    ):
        self.profile = profile
        self.table = table
        self.clock = clock
        self.redactor = Redactor(
            secret_fields=redactor.secret_fields | _TOKEN_FIELDS,
            secret_headers=redactor.secret_headers,
            secret_values=redactor.secret_values,
        )
        self.base_path = base_path.rstrip("/")
        self.max_retries = max_retries
        self.retry_everything = retry_everything  # the sabotage switch of the reliability campaign
        import random

        self._random = random.Random()

    # --- before sending ---
    def prepare(self, request: httpx.Request) -> _Plan:
        path = request.url.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        found = self.table.find(request.method, path)
        profile = self.profile
        if found is not None:
            op, values = found
            value_creating = op.id in profile.value_creating
            money = value_creating and op.id not in profile.idempotent
        else:
            op, values = None, {}
            money = value_creating = request.method not in _READS
        plan = _Plan(
            request,
            op,
            path,
            values,
            money=money and not self.retry_everything,
            value_creating=value_creating,
            max_retries=self.max_retries,
            redactor=self.redactor,
            secret_params=profile.secret_path_params,
        )
        overrides = _OVERRIDES.get()
        if overrides is not None:
            if overrides.max_retries is not None:
                plan.max_retries = overrides.max_retries
            if overrides.timeout is not None:
                timeout = overrides.timeout
                timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
                request.extensions["timeout"] = timeout.as_dict()
        body = self._json_body(request)
        plan.body = body
        if op is None:
            return plan
        errors = self._parameter_errors(op, request, values) if op.parameters else {}
        if body is _NO_BODY:
            if errors:
                raise self._invalid(plan, op, errors)
            return plan
        rule = profile.client_references.get(op.id)
        if rule is not None and isinstance(body, (dict, list)):
            refs, changed = _fill_reference(
                body,
                rule.path.split("."),
                (lambda: self._reference(rule.prefix, rule.length)) if rule.fill else None,
            )
            plan.references = tuple(refs)
            if changed:
                plan.request = request = _with_json(request, body)
        if op.request_pointer is not None:
            for key, messages in self.table.errors(op.request_pointer, body).items():
                errors.setdefault(key, []).extend(messages)
        if profile.extra_rules is not None:
            try:
                extra = profile.extra_rules(op.id, body, self.clock.now())
            except (KeyError, TypeError, ValueError, AttributeError):
                extra = {}  # a body the schema already rejects; the schema errors say why
            for key, messages in extra.items():
                errors.setdefault(key, []).extend(
                    m for m in messages if m not in errors.get(key, [])
                )
        if errors:
            raise self._invalid(plan, op, errors)
        return plan

    def _invalid(
        self, plan: _Plan, op: Operation, errors: dict[str, list[str]]
    ) -> RequestValidationError:
        redactor = self.redactor.with_values(plan.secrets)
        detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in errors.items())
        return RequestValidationError(
            redactor.text(
                f"{op.id}: the request breaks documented rules, nothing was sent: {detail}"
            ),
            field_errors={k: [redactor.text(m) for m in v] for k, v in errors.items()},
            operation=op.id,
            provider=self.profile.name,
            request=redactor.request(plan.request, self._masked_full(plan)),
        )

    def _parameter_errors(
        self, op: Operation, request: httpx.Request, path_values: dict[str, str]
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
            for key, messages in self.table.errors(param.pointer, value).items():
                errors.setdefault(
                    param.name if key == "body" else f"{param.name}.{key}", []
                ).extend(messages)
        return errors

    def _json_body(self, request: httpx.Request) -> Any:
        """The request's JSON body, parsed; _NO_BODY when there is none (or it is not JSON)."""
        try:
            content = request.content
        except httpx.RequestNotRead:
            return _NO_BODY
        if not content or "json" not in request.headers.get("content-type", ""):
            return _NO_BODY
        try:
            return json.loads(content)
        except ValueError:
            return _NO_BODY

    def _reference(self, prefix: str, length: int) -> str:
        return (prefix + f"{self._random.getrandbits(128):032x}")[: max(length, len(prefix) + 8)]

    def masked_url(self, plan: _Plan) -> str:
        """The request URL as logs may show it: secret path values masked, no query."""
        return str(self._redacted_request(plan).url)

    def _masked_full(self, plan: _Plan) -> str:
        return self.base_path + plan.masked_path

    # --- after an attempt ---
    def on_exception(self, plan: _Plan, exc: httpx.TransportError, attempt: int) -> _Retry:
        not_sent = isinstance(exc, _NOT_SENT)
        if logger.isEnabledFor(logging.INFO):
            self._log(plan, type(exc).__name__, None, attempt)
        can_retry = attempt < plan.max_retries and not isinstance(
            exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
        )
        if not_sent and can_retry:
            return _Retry(self._backoff(attempt))
        if not not_sent and plan.money:
            raise self._unknown(
                plan, f"no answer after the request was sent ({type(exc).__name__})"
            ) from exc
        plan.ambiguous |= plan.value_creating and not not_sent
        if can_retry:
            return _Retry(self._backoff(attempt))
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        error = cls(
            f"{plan.op_name}: the request did not complete ({type(exc).__name__})",
            provider=self.profile.name,
            request=self._redacted_request(plan),
        )
        error.__cause__ = exc
        raise self._give_up(plan, error)

    def on_response(
        self, plan: _Plan, response: httpx.Response, attempt: int, elapsed: float
    ) -> httpx.Response | _Retry:
        status = response.status_code
        if logger.isEnabledFor(logging.INFO):
            self._log(plan, status, self._request_id(response), attempt, elapsed)
        if not 100 <= status <= 599:
            raise self._unexpected(plan, response, f"{status} is not a valid HTTP status")
        if 200 <= status <= 299:
            self._check_success(plan, response)
            return response
        if status < 400:
            raise self._unexpected(plan, response, f"status {status} is not documented")
        op_id = plan.operation.id if plan.operation else ""
        if status == 429 or status in self.profile.not_processed_statuses(op_id):
            wait = self.retry_after(response.headers)
            if attempt < plan.max_retries and (wait is None or wait <= C.MAX_RETRY_WAIT):
                return _Retry(self._backoff(attempt) if wait is None else wait)
            raise self._give_up(plan, self.status_error(plan, response))
        if status >= 500:
            if plan.money:
                raise self._unknown(plan, f"the server answered {status}") from self.status_error(
                    plan, response
                )
            plan.ambiguous |= plan.value_creating
            if attempt < plan.max_retries:
                wait = self.retry_after(response.headers)
                return _Retry(
                    self._backoff(attempt) if wait is None or wait > C.MAX_RETRY_WAIT else wait
                )
            raise self._give_up(plan, self.status_error(plan, response))
        if status == 408 and not plan.money and attempt < plan.max_retries:
            plan.ambiguous |= plan.value_creating
            return _Retry(self._backoff(attempt))
        raise self._give_up(plan, self.status_error(plan, response))

    def _give_up(self, plan: _Plan, error: GiftkitError) -> GiftkitError:
        """The error that ends a call. After an attempt of a value-creating call that may have been
        processed (an idempotent upsert retried after a lost answer or a 5xx), a final failure does
        not prove nothing was issued: the caller gets OutcomeUnknownError, caused by that error."""
        if not plan.ambiguous:
            return error
        unknown = self._unknown(
            plan,
            f"an earlier attempt may have been processed and the retries ended in {type(error).__name__}",
            retried=True,
        )
        unknown.__cause__ = error
        return unknown

    def _check_success(self, plan: _Plan, response: httpx.Response) -> None:
        op = plan.operation
        if op is None:
            return
        if not op.documented_success(response.status_code):
            raise self._unexpected(
                plan, response, f"status {response.status_code} is not documented for {op.id}"
            )
        _, pointer = op.response_pointer(response.status_code)
        if pointer is None:
            return
        try:
            data = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise self._unexpected(plan, response, "the body is not JSON") from None
        try:
            errors = self.table.response_errors(pointer, data)
        except RecursionError:
            errors = {"body": ["is nested too deeply"]}
        if errors:
            detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in list(errors.items())[:10])
            raise self._unexpected(plan, response, f"the body is not as documented: {detail}")
        _hand_over(response, data)

    # --- building errors ---
    def status_error(self, plan: _Plan, response: httpx.Response) -> GiftkitError:
        status = response.status_code
        content = response.content
        data: Any = None
        parsed = False
        if content.strip():
            try:
                data = json.loads(content)
                parsed = True
            except (ValueError, UnicodeDecodeError, RecursionError):
                parsed = False
        op = plan.operation
        if status < 500 and status not in (408, 429) and content.strip():
            if not parsed:
                return self._unexpected(plan, response, f"the {status} body is not JSON")
            _, pointer = op.response_pointer(status) if op else (False, None)
            if pointer is not None:
                try:
                    errors = self.table.response_errors(pointer, data)
                except RecursionError:
                    errors = {"body": ["is nested too deeply"]}
                if errors:
                    return self._unexpected(
                        plan, response, f"the {status} body is not as documented"
                    )
        fields = ErrorFields()
        if parsed:
            try:
                fields = self.profile.parse_error(data)
            except Exception:  # a hostile error body must not hide the status error
                fields = ErrorFields()
        redactor = self.redactor.with_values(
            plan.secrets
        )  # error bodies echo request values, not new secrets
        cls = status_error_class(status)
        for rule in self.profile.error_rules:
            if rule.matches(status, fields):
                cls = rule.error
                break
        message = fields.message if isinstance(fields.message, str) and fields.message else None
        text = redactor.text(message or f"{plan.op_name} failed with HTTP {status}")
        kwargs: dict[str, Any] = {
            "status_code": status,
            "code": redactor.text(str(fields.code)) if fields.code is not None else None,
            "field_errors": {
                redactor.text(str(k)): [redactor.text(str(m)) for m in v]
                for k, v in (fields.field_errors or {}).items()
            },
            # a hostile server can echo a credential as its "request id": mask it like any text
            "request_id": _masked_or_none(
                redactor, fields.request_id or self._request_id(response)
            ),
            "body": redactor.body(data) if parsed else redactor.content(content)[0],
            "response": redactor.response(response, self._redacted_request(plan)),
            "provider": self.profile.name,
            "request": self._redacted_request(plan),
        }
        if issubclass(cls, RateLimitError):
            return cls(text, retry_after=self.retry_after(response.headers), **kwargs)
        error: APIStatusError = cls(text, **kwargs)
        return error

    def _unexpected(
        self, plan: _Plan, response: httpx.Response, why: str
    ) -> UnexpectedResponseError:
        redactor = self.redactor.with_values(
            plan.secrets | self.redactor.collect_bytes(response.content)
        )
        return UnexpectedResponseError(
            f"{plan.op_name}: unexpected response: {why}",
            status_code=response.status_code,
            response=redactor.response(response, self._redacted_request(plan)),
            provider=self.profile.name,
            request=self._redacted_request(plan),
        )

    def _unknown(self, plan: _Plan, why: str, *, retried: bool = False) -> OutcomeUnknownError:
        refs = plan.references
        how = self.profile.reconcile_text(plan.operation.id if plan.operation else "")
        ref_text = f" (client reference {', '.join(refs)})" if refs else " (no client reference)"
        # a reference that is money in itself (a voucher code) stays in .client_references for
        # reconciliation, but is masked in the message like every other secret
        text = self.redactor.with_values(plan.secrets).text(
            f"{plan.op_name}: {why}; it may have been processed{ref_text}. "
            f"{'Safe to repeat (idempotent).' if retried else 'Not retried.'} {how}"
        )
        return OutcomeUnknownError(
            text,
            operation=plan.op_name,
            client_reference=refs[0] if refs else None,
            client_references=refs,
            how_to_reconcile=how,
            provider=self.profile.name,
            request=self._redacted_request(plan),
        )

    def _redacted_request(self, plan: _Plan) -> httpx.Request:
        return self.redactor.with_values(plan.secrets).request(
            plan.request, self._masked_full(plan)
        )

    # --- timing ---
    def _backoff(self, attempt: int) -> float:
        base = min(C.MAX_BACKOFF, C.INITIAL_BACKOFF * (2.0**attempt))
        return base * (1 - C.JITTER * self._random.random())

    def retry_after(self, headers: httpx.Headers) -> float | None:
        """Seconds the server asks us to wait, from the standard and the profile's headers."""
        candidates: list[tuple[str, str]] = [
            ("retry-after-ms", "ms"),
            ("retry-after", "seconds-or-date"),
        ]
        candidates += list(self.profile.rate_limit_headers)
        for name, unit in candidates:
            raw = headers.get(name)
            if raw is None:
                continue
            value = _seconds(raw.strip(), unit, self.clock.now())
            if value is not None:
                return max(0.0, value)
        return None

    def _request_id(self, response: httpx.Response) -> str | None:
        for name in (*self.profile.request_id_headers, *_STANDARD_REQUEST_ID_HEADERS):
            value: str | None = response.headers.get(name)
            if value:
                return value[:200]
        return None

    def _log(
        self,
        plan: _Plan,
        status: int | str,
        request_id: str | None,
        attempt: int,
        elapsed: float = 0.0,
    ) -> None:
        log_attempt(
            provider=self.profile.name,
            method=plan.request.method,
            path=self._masked_full(plan),
            status=status,
            request_id=self.redactor.text(request_id) if request_id else None,
            elapsed=elapsed,
            attempt=attempt,
        )


def _seconds(raw: str, unit: str, now: float) -> float | None:
    try:
        if unit == "ms":
            return float(raw) / 1000.0
        if unit == "seconds":
            return float(raw)
        if unit == "epoch":
            value = float(raw)
            return value / 1000.0 - now if value > 1e11 else value - now  # epoch millis tolerated
        if unit in ("seconds-or-date", "http-date"):
            if unit == "seconds-or-date":
                try:
                    return float(raw)
                except ValueError:
                    pass
            from email.utils import parsedate_to_datetime

            stamp: float = parsedate_to_datetime(raw).timestamp()
            return stamp - now
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    return None


def _fill_reference(node: Any, parts: list[str], make: Any) -> tuple[list[str], bool]:
    """Fill the reference at `parts` (dotted, `*` = every item) where missing; return all values."""
    if not parts:
        return [], False
    head, rest = parts[0], parts[1:]
    if head == "*":
        refs: list[str] = []
        changed = False
        if isinstance(node, list):
            for item in node:
                r, c = _fill_reference(item, rest, make)
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
    return _fill_reference(node.get(head), rest, make)


def _with_json(request: httpx.Request, body: Any) -> httpx.Request:
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


class _ParsedResponse(httpx.Response):
    """A response whose JSON body giftkit has parsed and validated. Its first `json()` call (the
    generated client's) returns that document instead of parsing the body again; the document is
    not kept by giftkit, so the caller owns it. Later calls, or calls with json.loads options,
    parse as httpx does."""

    _giftkit_json: Any

    def json(self, **kwargs: Any) -> Any:
        parsed = self.__dict__.pop("_giftkit_json", _NO_BODY)
        if parsed is _NO_BODY or kwargs:
            return super().json(**kwargs)
        return parsed


def _hand_over(response: httpx.Response, data: Any) -> None:
    if type(response) is httpx.Response:  # a transport's own Response subclass is left alone
        response.__class__ = _ParsedResponse
        response.__dict__["_giftkit_json"] = data


_TOO_LARGE = "the body is too large"
_UNDECODABLE = "the body cannot be decoded as its Content-Encoding says"

# Reading an answer: at most MAX_BODY_BYTES of it (a stream without Content-Length included); a
# longer or undecodable body is an UnexpectedResponseError, never held in memory whole. The sync
# and async readers differ only in how they iterate and close.


class _TooLarge(Exception):
    """The answer is (or says it is) longer than MAX_BODY_BYTES."""


def _body_error(engine: Engine, plan: _Plan, response: httpx.Response, why: str) -> GiftkitError:
    return engine._unexpected(plan, httpx.Response(response.status_code), why)


def _unread(response: httpx.Response) -> bool:
    """Whether the body still has to be streamed in (a MockTransport's or a simulator's comes
    whole); refuses a declared Content-Length over the cap before anything is read."""
    try:
        declared = int(response.headers.get("content-length", "0"))
    except ValueError:
        declared = 0
    if declared > C.MAX_BODY_BYTES:
        raise _TooLarge
    try:
        return len(response.content) > C.MAX_BODY_BYTES
    except httpx.ResponseNotRead:
        return True


def _read_capped(engine: Engine, plan: _Plan, response: httpx.Response) -> None:
    try:
        if not _unread(response):
            return
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > C.MAX_BODY_BYTES:
                raise _TooLarge
            chunks.append(chunk)
    except _TooLarge:
        response.close()
        raise _body_error(engine, plan, response, _TOO_LARGE) from None
    except httpx.DecodingError:
        response.close()
        raise _body_error(engine, plan, response, _UNDECODABLE) from None
    response._content = b"".join(chunks)


async def _aread_capped(engine: Engine, plan: _Plan, response: httpx.Response) -> None:
    """The async twin of _read_capped."""
    try:
        if not _unread(response):
            return
        chunks: list[bytes] = []
        total = 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > C.MAX_BODY_BYTES:
                raise _TooLarge
            chunks.append(chunk)
    except _TooLarge:
        await response.aclose()
        raise _body_error(engine, plan, response, _TOO_LARGE) from None
    except httpx.DecodingError:
        await response.aclose()
        raise _body_error(engine, plan, response, _UNDECODABLE) from None
    response._content = b"".join(chunks)


class GiftkitTransport(httpx.BaseTransport):
    """The sync transport: giftkit's rules around any httpx transport."""

    def __init__(self, inner: httpx.BaseTransport, engine: Engine):
        self.inner = inner
        self.engine = engine

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        engine = self.engine
        plan = engine.prepare(request)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = self.inner.handle_request(plan.request)
                _read_capped(engine, plan, response)
            except httpx.TransportError as exc:
                decision: httpx.Response | _Retry = engine.on_exception(plan, exc, attempt)
            else:
                decision = engine.on_response(
                    plan, response, attempt, time.perf_counter() - started
                )
            if isinstance(decision, httpx.Response):
                mask_httpx_log(request.url, lambda: engine.masked_url(plan))
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
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self.inner.handle_async_request(plan.request)
                await _aread_capped(engine, plan, response)
            except httpx.TransportError as exc:
                decision: httpx.Response | _Retry = engine.on_exception(plan, exc, attempt)
            else:
                decision = engine.on_response(
                    plan, response, attempt, time.perf_counter() - started
                )
            if isinstance(decision, httpx.Response):
                mask_httpx_log(request.url, lambda: engine.masked_url(plan))
                return decision
            await engine.clock.asleep(decision.wait)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()
