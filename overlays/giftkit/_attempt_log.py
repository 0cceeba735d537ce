"""What each attempt's log line says about its answer: the request id, from the profile's or the
standard headers, else (for an error) from the body as the profile parses it. The line itself is
built from an allowlist in _redact.log_attempt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ._error_building import parse_json
from ._profile import ErrorFields, Profile

_STANDARD_REQUEST_ID_HEADERS = ("x-request-id", "request-id")
_MAX_ID = 200


def request_id(profile: Profile, response: httpx.Response) -> str | None:
    """The request id a response's headers carry."""
    for name in (*profile.request_id_headers, *_STANDARD_REQUEST_ID_HEADERS):
        value: str | None = response.headers.get(name)
        if value:
            return value[:_MAX_ID]
    return None


def answer_request_id(
    profile: Profile, response: httpx.Response, fields: Callable[[Any], ErrorFields]
) -> str | None:
    """The request id of an answer: its header, else (for an error) its body's."""
    found = request_id(profile, response)
    if found is None and response.status_code >= 400:
        try:
            data, parsed = parse_json(response.content)
        except httpx.ResponseNotRead:
            return None
        body_id = fields(data).request_id if parsed else None
        found = body_id[:_MAX_ID] if isinstance(body_id, str) and body_id else None
    return found
