"""The simulator's request pipeline: route -> 404 / 405+Allow -> rate limit -> `before` ->
auth -> validate -> handler -> rate-limit headers and content type.

Functions of a `Simulator` (`Simulator.handle` calls `dispatch`); nothing here is a provider
hook: providers customise the pipeline through the hooks `_core.Simulator` documents.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._spec import Operation, coerce_parameter, coerce_scalar
from ._state import RateWindow
from ._wire import JSON, FieldError, ProviderError, Request, Response, ValidationFailed

if TYPE_CHECKING:
    from ._core import Simulator
    from ._state import LedgerEntry


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


# -- dispatch ------------------------------------------------------------------


def dispatch(sim: Simulator, request: Request) -> tuple[Response, str]:
    routed = sim.index.route(request.path, request.method)
    if routed is None:
        return Response(404, sim.error_body(404, "Not found", code="not_found")), request.path
    template, by_method, raw_path = routed
    op = by_method.get(request.method.upper())
    if op is None:
        allow = ", ".join(m for m in ("GET", "PUT", "POST", "DELETE", "PATCH") if m in by_method)
        return Response(
            405,
            sim.error_body(405, "Method Not Allowed", code="method_not_allowed"),
            {"Allow": allow},
        ), template
    try:
        limited = count_rate_limit(sim, op)
        if limited is not None:
            return limited, op.operation_id
        early = sim.before(op, request)
        if early is not None:
            add_rate_headers(sim, op, early)
            set_content_type(sim, op, early)
            return early, op.operation_id
        call = prepare(sim, op, request, raw_path)
        method = getattr(sim, sim._handlers[op.operation_id], None)
        if method is None:
            raise LookupError(op.operation_id)
        result = method(call)
        response = result if isinstance(result, Response) else Response(op.success_status, result)
    except ProviderError as exc:
        response = exc.response
    except ValidationFailed as exc:
        # A malformed path identifies no resource: answered as "not found" where documented.
        path_only = all(e.location == "path" for e in exc.errors)
        status = op.pick_status(
            (*sim.not_found_statuses, *sim.validation_statuses)
            if path_only
            else sim.validation_statuses
        )
        response = Response(
            status,
            sim.error_body(
                status,
                sim.validation_message(op, exc.errors),
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
    add_rate_headers(sim, op, response)
    set_content_type(sim, op, response)
    return response, op.operation_id


def set_content_type(sim: Simulator, op: Operation, response: Response) -> None:
    explicit = op.raw.get("responses", {}).get(str(response.status))
    if explicit is not None and not sim.index.deref(explicit).get("content"):
        response.body, response.raw = None, None  # documented without a body: none is sent
        return
    if any(k.lower() == "content-type" for k in response.headers):
        return
    documented = explicit or op.raw.get("responses", {}).get(f"{str(response.status)[0]}XX") or {}
    documented = sim.index.deref(documented)
    content = documented.get("content") or {}
    if content:
        response.headers["Content-Type"] = next(
            (m for m in content if "json" in m), next(iter(content))
        )
    elif not documented.get("content") and response.status in (204, 304):
        response.body = None


# -- rate limit --------------------------------------------------------------------


def reported_window(sim: Simulator) -> RateWindow | None:
    if sim.documented_rate_limit is None:
        return None
    limit, per = sim.documented_rate_limit
    now = sim.clock.now()
    window = sim._documented_window
    if window is None or now >= window.reset_at:
        window = RateWindow(limit, per, now - (now % per) if per >= 1 else now)
        sim._documented_window = window
    return window


def count_rate_limit(sim: Simulator, op: Operation) -> Response | None:
    now = sim.clock.now()
    if sim._limit is not None:
        window = sim._limit
        if now >= window.reset_at:
            window.started, window.used = now, 0
        window.used += 1
        if window.used > window.limit:
            window.used = window.limit
            status = op.pick_status(sim.rate_limited_statuses)
            return Response(
                status,
                sim.error_body(status, "Too Many Requests", op=op, code="rate_limited"),
                sim.rate_limit_headers(window, now),
            )
    else:
        reported = reported_window(
            sim,
        )
        if reported is not None:
            reported.used += 1
    return None


def add_rate_headers(sim: Simulator, op: Operation, response: Response) -> None:
    names = {n.lower() for n in op.response_header_names(response.status)}
    if not names:
        return
    window = sim._limit or reported_window(
        sim,
    )
    if window is None:
        return
    for name, value in sim.rate_limit_headers(window, sim.clock.now()).items():
        if name.lower() in names and name not in response.headers:
            response.headers[name] = value


# -- auth and validation -------------------------------------------------------------


def prepare(sim: Simulator, op: Operation, request: Request, raw_path: dict[str, str]) -> Call:
    query_pairs = request.query
    credential = authenticate(sim, op, request)
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
        value = coerce_parameter(param, raws, sim.index, deep)
        values[param.location][param.name] = value
        errors += schema_errors(sim, param.schema, value, param.location, (param.name,))
    body = None
    media = op.body_media_types
    if media:
        body, body_errors = parse_body(sim, op, request)
        errors += body_errors
    if errors:
        raise ValidationFailed(errors)
    return Call(
        sim, op, request, values["path"], values["query"], values["header"], body, credential
    )


def parse_body(sim: Simulator, op: Operation, request: Request) -> tuple[JSON, list[FieldError]]:
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
    schema = sim.index.deref(media[chosen].get("schema", {}))
    if "json" in chosen:
        try:
            body = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            return None, [FieldError("body", (), "invalid", "The request body is not valid JSON.")]
    elif chosen == "application/x-www-form-urlencoded":
        try:
            pairs = urllib.parse.parse_qsl(request.body.decode(), keep_blank_values=True)
        except UnicodeDecodeError:
            return None, [FieldError("body", (), "invalid", "The request body is malformed.")]
        props = schema.get("properties", {})
        body = {k: coerce_scalar(v, props.get(k, {}), sim.index) for k, v in pairs}
    else:
        body = request.body
        return body, []
    return body, schema_errors(sim, schema, body, "body", ())


def schema_errors(
    sim: Simulator, schema: dict[str, Any], value: Any, location: str, base: tuple[str | int, ...]
) -> list[FieldError]:
    validator = sim.index.validator(schema)
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


def authenticate(sim: Simulator, op: Operation, request: Request) -> dict[str, str]:
    if not op.security:
        return {}
    presented_any = False
    if sim.strict_credentials:
        for name in {n for requirement in op.security for n in requirement}:
            scheme = sim.index.security_schemes.get(name, {})
            value = _presented(scheme, request)
            if value is not None and not sim.credential_valid(name, scheme, value):
                status = op.pick_status(sim.auth_statuses)
                raise ProviderError(
                    status,
                    sim.error_body(status, sim.auth_message(op, False), op=op, code="unauthorized"),
                    sim.auth_challenge(op),
                )
    for requirement in op.security:
        if not requirement:
            return {}
        ok, presented = True, {}
        for name in requirement:
            scheme = sim.index.security_schemes.get(name, {})
            value = _presented(scheme, request)
            if value is None:
                ok = False
                continue
            presented_any = True
            presented[name] = value
            if not sim.credential_valid(name, scheme, value):
                ok = False
        if ok:
            return presented
    status = op.pick_status(sim.auth_statuses)
    raise ProviderError(
        status,
        sim.error_body(status, sim.auth_message(op, not presented_any), op=op, code="unauthorized"),
        sim.auth_challenge(op),
    )


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
