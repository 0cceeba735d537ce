"""Every error giftkit raises, for every provider and every call variant.

GiftkitError                       .provider, .request (redacted, where there was one)
├ ConfigurationError               also a ValueError: unknown provider, missing credential, unsafe URL
├ RequestValidationError           before sending; .field_errors keyed by the provider's dotted path
├ APIConnectionError               the request did not complete
│ └ APITimeoutError
├ OutcomeUnknownError              a value-creating request may have been processed:
│                                  .operation, .client_reference, .how_to_reconcile, __cause__
├ UnexpectedResponseError          .status_code, .response: a body that is not as documented,
│ │                                a non-JSON body, a status that is not a valid HTTP status
│ └ ProcessedResponseError         a 2xx to a value-creating call that is not as documented: the
│                                  value WAS issued; never re-send. .operation, .client_references,
│                                  .how_to_reconcile, .body (masked raw body)
└ APIStatusError                   .status_code .message .code .field_errors .request_id .body
  ├ BadRequestError                400
  ├ AuthenticationError            401
  ├ PermissionDeniedError          403
  ├ NotFoundError                  404
  ├ ConflictError                  409
  ├ UnprocessableEntityError       422
  ├ RateLimitError                 429, .retry_after: float seconds or None
  └ InternalServerError            any 5xx
  (other 4xx: APIStatusError itself; provider profiles add subclasses of these, e.g. a duplicate
  voucher code, where the provider documents a meaning)

`str()`, `.body`, `.request` and `.response` of every error are redacted: no credential, gift code,
PIN or redeem link appears in them. Every error pickles with its fields (see GiftkitError.__reduce__).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "GiftkitError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "ProcessedResponseError",
    "RateLimitError",
    "RequestValidationError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
]


class GiftkitError(Exception):
    """Base of every error giftkit raises."""

    def __init__(
        self, message: str, *, provider: str | None = None, request: httpx.Request | None = None
    ):
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.request = request

    def __str__(self) -> str:
        prefix = f"[{self.provider}] " if self.provider else ""
        return prefix + self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # keyword-only constructors cannot be re-called with `args`: rebuild from the fields
        return (_rebuild, (type(self), self.args), self._pickled())

    def _pickled(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _mask_references(state: dict[str, Any]) -> dict[str, Any]:
    """A pickled copy (a task queue, an error tracker) masks references that are money in
    themselves (a voucher code); in process they stay readable, for reconciliation."""
    secret = set(state.pop("_secret_references", ()))
    if secret:
        refs = tuple("***" if r in secret else r for r in state.get("client_references", ()))
        state["client_references"] = refs
        state["client_reference"] = refs[0] if refs else None
    return state


def _rebuild(cls: type[GiftkitError], args: tuple[Any, ...]) -> GiftkitError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error


class ConfigurationError(GiftkitError, ValueError):
    """giftkit cannot be set up as asked: unknown provider, missing credential, unsafe URL."""


class RequestValidationError(GiftkitError):
    """The request breaks a documented rule; it was not sent."""

    def __init__(
        self,
        message: str,
        *,
        field_errors: dict[str, list[str]],
        operation: str | None = None,
        provider: str | None = None,
        request: httpx.Request | None = None,
    ):
        super().__init__(message, provider=provider, request=request)
        self.field_errors = field_errors
        self.operation = operation


class APIConnectionError(GiftkitError):
    """The request did not complete (connection refused, reset, timeout)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class OutcomeUnknownError(GiftkitError):
    """A value-creating request was sent and its outcome is unknown: it may have been processed.

    Never retried automatically. Reconcile before trying again: `.how_to_reconcile` says how,
    `.client_reference` is the caller-chosen reference giftkit sent (if the provider has one).
    """

    _secret_references: tuple[str, ...] = ()  # references masked when pickled

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        client_reference: str | None,
        how_to_reconcile: str,
        client_references: tuple[str, ...] = (),
        provider: str | None = None,
        request: httpx.Request | None = None,
    ):
        super().__init__(message, provider=provider, request=request)
        self.operation = operation
        self.client_reference = client_reference
        self.client_references = client_references or (
            (client_reference,) if client_reference else ()
        )
        self.how_to_reconcile = how_to_reconcile

    def _pickled(self) -> dict[str, Any]:
        return _mask_references(dict(self.__dict__))


class UnexpectedResponseError(GiftkitError):
    """The server answered something the spec does not document (body, content type or status)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        response: httpx.Response | None,
        provider: str | None = None,
        request: httpx.Request | None = None,
    ):
        super().__init__(message, provider=provider, request=request)
        self.status_code = status_code
        self.response = response


class ProcessedResponseError(UnexpectedResponseError):
    """A value-creating call was answered 2xx, so the value WAS issued, but the answer is not as
    documented (its body, status or content type). Do not send the request again: reconcile it
    (`.how_to_reconcile`, `.client_references`); `.body` is the raw answer, masked."""

    _secret_references: tuple[str, ...] = ()  # references masked when pickled

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        response: httpx.Response | None,
        operation: str,
        client_references: tuple[str, ...],
        how_to_reconcile: str,
        body: Any = None,
        provider: str | None = None,
        request: httpx.Request | None = None,
    ):
        super().__init__(
            message, status_code=status_code, response=response, provider=provider, request=request
        )
        self.operation = operation
        self.client_references = client_references
        self.client_reference = client_references[0] if client_references else None
        self.how_to_reconcile = how_to_reconcile
        self.body = body

    def _pickled(self) -> dict[str, Any]:
        return _mask_references(dict(self.__dict__))


class APIStatusError(GiftkitError):
    """The server answered with an error status; fields normalised across providers."""

    status: int | None = None  # the status a subclass stands for

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        field_errors: dict[str, list[str]] | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        provider: str | None = None,
        request: httpx.Request | None = None,
    ):
        super().__init__(message, provider=provider, request=request)
        self.status_code = status_code
        self.code = code
        self.field_errors: dict[str, list[str]] = field_errors or {}
        self.request_id = request_id
        self.body = body
        self.response = response

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"{super().__str__()} ({', '.join(parts)})"
        if self.field_errors:
            text += " " + "; ".join(f"{k}: {', '.join(v)}" for k, v in self.field_errors.items())
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    status = 400


class AuthenticationError(APIStatusError):
    status = 401


class PermissionDeniedError(APIStatusError):
    status = 403


class NotFoundError(APIStatusError):
    status = 404


class ConflictError(APIStatusError):
    status = 409


class UnprocessableEntityError(APIStatusError):
    status = 422


class RateLimitError(APIStatusError):
    status = 429

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """Any 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
    )
    if cls.status is not None
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The generic class for a status: its named class, InternalServerError for 5xx, else the base."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
