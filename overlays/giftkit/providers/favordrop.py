"""Favordrop: send a prepaid gift (a "Favordrop") to a customer.

Credentials: `jwt` (sent as the `Authorization` header, as given) or `organization_api_key`
(header `organization-api-key`). `base_url` is required: the spec documents no host.
Reconciling a lost response: Favordrop documents no read or list operation, and a create has no
caller-chosen reference, so an OutcomeUnknownError must be checked in the Favordrop dashboard.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._auth import HeaderAuth
from .._clock import Clock
from .._connect import ConnectOptions, require
from .._connect import connect as _connect
from .._profile import Option, Options, Profile, message_fields, spec_server

if TYPE_CHECKING:
    from favordrop_client.client import AuthenticatedClient


def _auth(options: Options, clock: Clock) -> httpx.Auth:
    group = require(PROFILE, options, ("jwt",), ("organization_api_key",))
    if group == ("jwt",):
        return HeaderAuth({"Authorization": str(options["jwt"])})
    return HeaderAuth({"organization-api-key": str(options["organization_api_key"])})


def _base_url(options: Options, spec: Mapping[str, Any]) -> str | None:
    return spec_server(spec)  # None: the documented host is a placeholder


PROFILE = Profile(
    name="favordrop",
    options=(Option("jwt"), Option("organization_api_key")),
    auth=_auth,
    base_url=_base_url,
    parse_error=message_fields,
    how_to_reconcile={
        "*": "Favordrop documents no read or list operation and no caller-chosen reference: check "
        "the organization's Favordrop dashboard for a favordrop to this customer before sending again.",
    },
    test_options={
        "organization_api_key": "fd-ORGKEY-s3cr3t-0001",
        "base_url": "https://favordrop.test",
    },
)


def connect(
    *,
    jwt: str | None = None,
    organization_api_key: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A Favordrop client: `jwt` or `organization_api_key`, and `base_url` (no documented host)."""
    client: AuthenticatedClient = _connect(
        "favordrop",
        jwt=jwt,
        organization_api_key=organization_api_key,
        **options,
    )
    return client
