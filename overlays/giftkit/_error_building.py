"""Building the error that ends a call, masked: every text, body, request and response in it goes
through the client's Redactor, with the secrets of this request (path values, body secrets) added.

The class follows the status whatever the body is (JSON of another shape, HTML, empty, withheld
because too large); a 2xx to a value-creating call that is not as documented is
ProcessedResponseError, never a clean failure.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    GiftkitError,
    OutcomeUnknownError,
    ProcessedResponseError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
    status_error_class,
)
from ._preflight import Plan
from ._profile import ErrorFields, Profile
from ._redact import Redactor
from ._spec import Operation


class ErrorBuilder:
    """The errors of one client: its profile, its redactor and where its base path starts."""

    def __init__(
        self,
        profile: Profile,
        redactor: Redactor,
        base_path: str,
        *,
        retry_after: Callable[[httpx.Headers], float | None],
        request_id: Callable[[httpx.Response], str | None],
        credential_keywords: Callable[[str], tuple[str, ...]],
    ):
        self.profile = profile
        self.redactor = redactor
        self.base_path = base_path
        self._retry_after = retry_after
        self._request_id = request_id
        self._credential_keywords = credential_keywords

    def masked_full(self, plan: Plan) -> str:
        return self.base_path + plan.masked_path

    def redacted_request(self, plan: Plan) -> httpx.Request:
        return self.redactor.with_values(plan.secrets).request(plan.request, self.masked_full(plan))

    def invalid(
        self, plan: Plan, op: Operation, errors: dict[str, list[str]]
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
            request=redactor.request(plan.request, self.masked_full(plan)),
        )

    def connection(self, plan: Plan, exc: httpx.TransportError) -> GiftkitError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(
            f"{plan.op_name}: the request did not complete ({type(exc).__name__})",
            provider=self.profile.name,
            request=self.redacted_request(plan),
        )

    def unexpected(self, plan: Plan, response: httpx.Response, why: str) -> UnexpectedResponseError:
        """An answer that is not as documented; for a 2xx to a value-creating call, the error
        that says it WAS processed."""
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        redactor = self.redactor.with_values(plan.secrets | self.redactor.collect_bytes(content))
        status = response.status_code
        masked = redactor.response(response, self.redacted_request(plan))
        if plan.effect.moves_value and 200 <= status <= 299:
            how = self.profile.reconcile_text(plan.operation.id if plan.operation else "")
            refs = plan.references
            ref_text = f" (client reference {', '.join(refs)})" if refs else ""
            processed = ProcessedResponseError(
                redactor.text(
                    f"{plan.op_name}: the server answered {status}, so the request WAS processed"
                    f"{ref_text}, but the answer is not as documented ({why}). Do not send it "
                    f"again. {how}"
                ),
                status_code=status,
                response=masked,
                operation=plan.op_name,
                client_references=refs,
                how_to_reconcile=how,
                body=redactor.content(content)[0] if content else None,
                provider=self.profile.name,
                request=self.redacted_request(plan),
            )
            processed._secret_references = tuple(r for r in refs if r in plan.secrets)
            return processed
        return UnexpectedResponseError(
            f"{plan.op_name}: unexpected response: {why}",
            status_code=status,
            response=masked,
            provider=self.profile.name,
            request=self.redacted_request(plan),
        )

    def unknown(self, plan: Plan, why: str, *, retried: bool = False) -> OutcomeUnknownError:
        refs = plan.references
        how = self.profile.reconcile_text(plan.operation.id if plan.operation else "")
        ref_text = f" (client reference {', '.join(refs)})" if refs else " (no client reference)"
        # a reference that is money in itself (a voucher code) stays in .client_references for
        # reconciliation, but is masked in the message like every other secret
        text = self.redactor.with_values(plan.secrets).text(
            f"{plan.op_name}: {why}; it may have been processed{ref_text}. "
            f"{'Safe to repeat (idempotent).' if retried else 'Not retried.'} {how}"
        )
        error = OutcomeUnknownError(
            text,
            operation=plan.op_name,
            client_reference=refs[0] if refs else None,
            client_references=refs,
            how_to_reconcile=how,
            provider=self.profile.name,
            request=self.redacted_request(plan),
        )
        error._secret_references = tuple(r for r in refs if r in plan.secrets)
        return error

    def give_up(self, plan: Plan, error: GiftkitError, ambiguous: bool) -> GiftkitError:
        """The error that ends a call. After an attempt of a value-creating call that may have been
        processed (an idempotent upsert retried after a lost answer or a 5xx), a final failure does
        not prove nothing was issued: the caller gets OutcomeUnknownError, caused by that error."""
        if not ambiguous:
            return error
        unknown = self.unknown(
            plan,
            f"an earlier attempt may have been processed and the retries ended in {type(error).__name__}",
            retried=True,
        )
        unknown.__cause__ = error
        return unknown

    def status_error(self, plan: Plan, response: httpx.Response) -> APIStatusError:
        """The error of an error status: its class from the status (and the profile's rules)."""
        status = response.status_code
        try:
            content = response.content
        except httpx.ResponseNotRead:  # withheld: too large or undecodable
            content = b""
        data, parsed = parse_json(content)
        fields = self.fields(data) if parsed else ErrorFields()
        redactor = self.redactor.with_values(plan.secrets)  # error bodies echo request values
        cls = status_error_class(status)
        for rule in self.profile.error_rules:
            if rule.matches(status, fields):
                cls = rule.error
                break
        message = fields.message if isinstance(fields.message, str) and fields.message else None
        text = redactor.text(message or f"{plan.op_name} failed with HTTP {status}")
        if issubclass(cls, AuthenticationError):
            used = self._credential_keywords(plan.request.method)
            if used:
                text += f" (credential used: {', '.join(used)})"
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
            "response": redactor.response(response, self.redacted_request(plan)),
            "provider": self.profile.name,
            "request": self.redacted_request(plan),
        }
        if issubclass(cls, RateLimitError):
            return cls(text, retry_after=self._retry_after(response.headers), **kwargs)
        error: APIStatusError = cls(text, **kwargs)
        return error

    def fields(self, data: Any) -> ErrorFields:
        try:
            fields = self.profile.parse_error(data)
        except Exception:  # a hostile error body must not hide the status error
            return ErrorFields()
        return fields if isinstance(fields, ErrorFields) else ErrorFields()


def parse_json(content: bytes) -> tuple[Any, bool]:
    if not content.strip():
        return None, False
    try:
        return json.loads(content), True
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None, False


def _masked_or_none(redactor: Redactor, text: Any) -> str | None:
    return redactor.text(str(text)) if text else None
