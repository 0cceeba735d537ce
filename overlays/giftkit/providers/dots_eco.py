"""dots.eco (impact.dots.eco): Flow gift cards that fund impact projects.

Credentials: `auth_token` (header `auth-token`), or `read_token` and/or `write_token`: reads use
the read token and writes the write token; an operation whose token was not given raises
ConfigurationError before anything is sent. `app_token` is not a credential: it is a body or
path parameter of the generated functions.

Money rule: adding a flow card issues value and has no caller-chosen reference: a lost response
raises OutcomeUnknownError; the API cannot read an issued card back, so reconcile in the dashboard. Pre-flight: the documented
`expiration_date` window (from tomorrow to 5 years from today, `YYYY-mm-dd`), on giftkit's clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._auth import HeaderAuth, PerMethodTokenAuth
from .._clock import Clock
from .._connect import ConnectOptions, missing
from .._connect import connect as _connect
from .._profile import ErrorFields, Option, Options, Profile, field_error_lists, spec_server

if TYPE_CHECKING:
    from dots_eco_client.client import AuthenticatedClient  # type: ignore[import-not-found,unused-ignore]

HEADER = "auth-token"
MAX_YEARS = 5


def _auth(options: Options, clock: Clock) -> httpx.Auth:
    if options.get("auth_token"):
        return HeaderAuth({HEADER: str(options["auth_token"])})
    read, write = options.get("read_token"), options.get("write_token")
    if not read and not write:
        raise missing(PROFILE, ("auth_token",), ("read_token",), ("write_token",))
    return PerMethodTokenAuth(
        HEADER,
        read=str(read) if read else None,
        write=str(write) if write else None,
        provider="dots_eco",
        read_keyword="read_token",
        write_keyword="write_token",
    )


def _base_url(options: Options, spec: Mapping[str, Any]) -> str | None:
    return spec_server(spec, "live") or spec_server(spec)


def _parse_error(body: Any) -> ErrorFields:
    """`{"success": false, "errors": {"field": ["message", ...]}}` (or a `message`)."""
    if not isinstance(body, Mapping):
        return ErrorFields()
    errors = body.get("errors")
    fields = field_error_lists(errors)
    message = body.get("message")
    if not isinstance(message, str):
        message = "; ".join(m for v in fields.values() for m in v) or None
        if message is None and isinstance(errors, list):
            message = "; ".join(str(e) for e in errors) or None
    return ErrorFields(message=message, field_errors=fields)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _rules(operation: str, body: Any, now: float) -> dict[str, list[str]]:
    """expiration_date: `YYYY-mm-dd`, at least tomorrow, at most 5 years from today."""
    if operation != "addFlowCard" or not isinstance(body, Mapping):
        return {}
    raw = body.get("expiration_date")
    if raw is None:
        return {}
    today = datetime.fromtimestamp(now, tz=UTC).date()
    try:
        chosen = date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
    except ValueError:
        chosen = None
    if chosen is None:
        return {"expiration_date": ["must be a valid date in YYYY-mm-dd format"]}
    if chosen < today + timedelta(days=1):
        return {
            "expiration_date": [f"must be tomorrow or later (minimum {today + timedelta(days=1)})"]
        }
    if chosen > _add_years(today, MAX_YEARS):
        return {
            "expiration_date": [
                f"must be at most {MAX_YEARS} years from today (maximum {_add_years(today, MAX_YEARS)})"
            ]
        }
    return {}


PROFILE = Profile(
    name="dots_eco",
    options=(Option("auth_token"), Option("read_token"), Option("write_token")),
    auth=_auth,
    base_url=_base_url,
    parse_error=_parse_error,
    how_to_reconcile={
        "*": "dots.eco cannot read an issued card back (listFlowCards lists card products, not issued "
        "cards) and has no caller-chosen reference: look in the dots.eco dashboard for a Flow card with "
        "this sku, recipient and time before adding another; getApplicationBalance may show whether "
        "the amount was drawn (unverified).",
    },
    extra_rules=_rules,
    # dots.eco wants Content-Type: application/json on every call, GETs included (specs/dots_eco.yaml)
    default_headers={"Accept": "application/json", "Content-Type": "application/json"},
    test_options={"auth_token": "de-AUTH-s3cr3t-0006"},
)


def connect(
    *,
    auth_token: str | None = None,
    read_token: str | None = None,
    write_token: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A dots.eco client: `auth_token`, or `read_token` and/or `write_token`."""
    client: AuthenticatedClient = _connect(
        "dots_eco",
        auth_token=auth_token,
        read_token=read_token,
        write_token=write_token,
        **options,
    )
    return client
