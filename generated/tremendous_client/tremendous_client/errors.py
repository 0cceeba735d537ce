# generated from specs/tremendous.yaml by `make generate` — do not edit
"""Errors raised by tremendous_client: every non-success response raises, so calls return only
the documented success type.

ApiError
 ├ UnexpectedStatus    a status the spec does not document for the operation
 ├ ErrorResponse       a documented error status (.parsed: the documented error model, if it parsed)
 └ UnexpectedResponse  a success status whose body is not what the spec documents
"""

from typing import Any

import httpx


class ApiError(Exception):
    """Base of every error raised by this client for a response it received."""

    def __init__(self, status_code: int, content: bytes, message: str, headers: httpx.Headers | None = None):
        self.status_code = status_code
        self.content = content
        self.headers = headers if headers is not None else httpx.Headers()
        super().__init__(message)


class UnexpectedStatus(ApiError):
    """The server answered with a status code the spec does not document for this operation."""

    def __init__(self, status_code: int, content: bytes, headers: httpx.Headers | None = None):
        super().__init__(status_code, content, f"Unexpected status code: {status_code}", headers)


class ErrorResponse(ApiError):
    """The server answered with a documented error status; ``parsed`` holds its documented body."""

    def __init__(self, status_code: int, content: bytes, parsed: Any, headers: httpx.Headers | None = None):
        self.parsed = parsed
        super().__init__(status_code, content, f"Error response: {status_code}", headers)


class UnexpectedResponse(ApiError):
    """A success status whose body does not parse as the spec documents."""

    def __init__(self, status_code: int, content: bytes, reason: str, headers: httpx.Headers | None = None):
        self.reason = reason
        super().__init__(status_code, content, f"Unexpected response body for status {status_code}: {reason}", headers)


__all__ = ["ApiError", "ErrorResponse", "UnexpectedResponse", "UnexpectedStatus"]
