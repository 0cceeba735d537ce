"""What a simulator handler reads and answers, and the exceptions it raises (no state)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

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
