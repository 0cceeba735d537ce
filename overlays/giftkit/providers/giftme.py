"""GiftMe (reseller API): create gift card orders.

Credentials: `api_token`, sent as `<auth_header>: <auth_prefix> <api_token>` (default
`Authorization: Bearer ...`; the scheme is unverified, hence the overrides). `base_url` is
required: the reseller hosts are undocumented, so giftkit guesses none. `cashier_pin` is a body
field of every create and a secret. giftkit fills `orders[].identifier` (one reference per order)
when the caller leaves it out; a lost response is reconciled with GiftMe by those identifiers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._auth import HeaderAuth
from .._clock import Clock
from .._connect import ConnectOptions, require
from .._connect import connect as _connect
from .._profile import (
    ClientReference,
    ErrorFields,
    Option,
    Options,
    Profile,
    field_error_lists,
    spec_server,
)

if TYPE_CHECKING:
    from giftme_client.client import AuthenticatedClient


def _auth(options: Options, clock: Clock) -> httpx.Auth:
    require(PROFILE, options, ("api_token",))
    prefix = str(options.get("auth_prefix", ""))
    token = str(options["api_token"])
    return HeaderAuth({str(options["auth_header"]): f"{prefix} {token}" if prefix else token})


def _base_url(options: Options, spec: Mapping[str, Any]) -> str | None:
    return spec_server(spec)  # None: the documented hosts are placeholders


def _parse_error(body: Any) -> ErrorFields:
    """`{"message": str, "errors": {"orders.0.amount": [str] | str}}`, or `{"error": str}`."""
    if not isinstance(body, Mapping):
        return ErrorFields()
    message = body.get("message", body.get("error"))
    return ErrorFields(
        message=message if isinstance(message, str) else None,
        field_errors=field_error_lists(body.get("errors")),
    )


def _rules(operation: str, body: Any, now: float) -> dict[str, list[str]]:
    """Laravel's required_without: an empty or null receiver contact counts as absent."""
    errors: dict[str, list[str]] = {}
    if operation != "createOrders" or not isinstance(body, Mapping):
        return errors
    for index, order in enumerate(body.get("orders") or []):
        if not isinstance(order, Mapping):
            continue
        names = ("receiver_email", "receiver_phone")
        present = [n for n in names if n in order]
        if present and not any(order.get(n) for n in names):  # absent keys: the schema says so
            for name in names:
                errors[f"orders.{index}.{name}"] = [
                    "is required (non-empty) unless the other receiver contact is given"
                ]
    return errors


PROFILE = Profile(
    name="giftme",
    options=(
        Option("api_token"),
        Option("auth_header", secret=False, default="Authorization"),
        Option("auth_prefix", secret=False, default="Bearer"),
    ),
    auth=_auth,
    base_url=_base_url,
    parse_error=_parse_error,
    client_references={"createOrders": ClientReference("orders.*.identifier")},
    how_to_reconcile={
        "*": "GiftMe documents no read or list operation: ask GiftMe support whether orders with these "
        "identifiers (OutcomeUnknownError.client_references) were created before ordering again.",
    },
    extra_rules=_rules,
    default_headers={"Accept": "application/json"},
    test_options={"api_token": "gm-TOKEN-s3cr3t-0002", "base_url": "https://giftme.test"},
)


def connect(
    *,
    api_token: str | None = None,
    auth_header: str | None = None,
    auth_prefix: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A GiftMe reseller client: `api_token` and `base_url` (required: no documented host)."""
    client: AuthenticatedClient = _connect(
        "giftme",
        api_token=api_token,
        auth_header=auth_header,
        auth_prefix=auth_prefix,
        **options,
    )
    return client
