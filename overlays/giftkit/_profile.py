"""What a provider profile is: the data in which providers differ. The machinery reads only this.

A profile module `giftkit/providers/<p>.py` defines `PROFILE = Profile(...)`. Everything a
provider does differently (credentials, auth kind, servers, error body shape, rate-limit headers,
client references, extra rules) is a field here. Facts about the API itself are read from the
spec: which operations create or move value and which are safe to resend (`x-giftkit-effect`,
`x-giftkit-resend`), and what is secret (`x-giftkit-secret`); the properties below derive them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._spec import Effect, Secrets, declared_secrets, operation_effects

if TYPE_CHECKING:
    import httpx

    from ._clock import Clock
    from ._errors import APIStatusError

OptionValue = str | bool
Options = Mapping[str, OptionValue]


@dataclass(frozen=True)
class Option:
    """A keyword of `connect()` beyond the shared ones (a credential or a provider option).

    Required-ness is the profile's `auth` builder's business (alternatives, conjunctions); an
    option with a `default` is always resolved.
    """

    name: str
    secret: bool = True
    default: OptionValue | None = None
    choices: tuple[str, ...] | None = None
    kind: type[str] | type[bool] = str
    help: str = ""


@dataclass(frozen=True)
class ClientReference:
    """A caller-chosen reference field of a create, filled in by giftkit when the caller did not.

    `path` is dotted with `*` for every array item, e.g. `orders.*.identifier` or `id`.
    """

    path: str
    prefix: str = "gk-"
    length: int = 24  # total length of a generated reference
    fill: bool = True  # False: the field is the value itself (a voucher code); report, never invent


@dataclass(frozen=True)
class ErrorFields:
    """An error body normalised: what every APIStatusError carries."""

    message: str | None = None
    code: str | None = None
    field_errors: dict[str, list[str]] = field(default_factory=dict)
    request_id: str | None = None


@dataclass(frozen=True)
class ErrorRule:
    """A documented provider meaning: responses matching every given field raise `error`."""

    error: type[APIStatusError]
    status: int | None = None
    code: str | None = None
    message_contains: str | None = None

    def matches(self, status: int, fields: ErrorFields) -> bool:
        if self.status is not None and status != self.status:
            return False
        if self.code is not None and fields.code != self.code:
            return False
        if self.message_contains is not None:
            return self.message_contains.lower() in (fields.message or "").lower()
        return True


RateLimitHeader = tuple[str, str]  # (header name, unit: "seconds" | "epoch" | "ms" | "http-date")

AuthBuilder = Callable[["Options", "Clock"], "httpx.Auth | None"]
BaseUrlBuilder = Callable[["Options", Mapping[str, Any]], "str | None"]
ErrorParser = Callable[[Any], ErrorFields]
ExtraRules = Callable[[str, Any, float], dict[str, list[str]]]
Reconciler = Callable[[Any, str, Any, Mapping[str, Any]], bool]


@dataclass(frozen=True, eq=False)
class Profile:
    name: str
    options: tuple[Option, ...]
    auth: AuthBuilder
    base_url: BaseUrlBuilder
    parse_error: ErrorParser
    client_package: str = ""  # default: f"{name}_client"
    spec_loader: Callable[[], Mapping[str, Any]] | None = None  # default: giftkit_wire.<name>_spec
    not_processed: Mapping[str, frozenset[int]] = field(
        default_factory=dict
    )  # op or "*" -> statuses
    client_references: Mapping[str, ClientReference] = field(default_factory=dict)
    how_to_reconcile: Mapping[str, str] = field(default_factory=dict)  # op or "*" -> text
    # value-creating op -> the read op that finds what it created by the caller's key (its one
    # path parameter): how `giftkit reconcile` settles a lost answer without a human
    lookups: Mapping[str, str] = field(default_factory=dict)
    rate_limit: tuple[int, float] | None = None  # documented (calls, per seconds), if any
    rate_limit_headers: tuple[RateLimitHeader, ...] = ()
    request_id_headers: tuple[str, ...] = ()
    error_rules: tuple[ErrorRule, ...] = ()
    extra_rules: ExtraRules | None = None  # documented rules a schema cannot hold: (op, body, now)
    default_headers: Mapping[str, str] = field(default_factory=dict)  # sent on every request
    # connect() keywords of an offline test client: made-up credentials (no real provider ever
    # sees them) plus whatever connect() needs besides (a base_url where no host is documented)
    test_options: Mapping[str, OptionValue] = field(default_factory=dict)
    # documented reconciliation with a read endpoint, for a create whose answer was lost:
    # (client, operationId, request body JSON, path parameters) -> whether it issued value
    reconcile: Reconciler | None = None

    @property
    def package(self) -> str:
        return self.client_package or f"{self.name}_client"

    def load_spec(self) -> Mapping[str, Any]:
        if self.spec_loader is not None:
            return self.spec_loader()
        spec: Mapping[str, Any] = importlib.import_module(f"giftkit_wire.{self.name}_spec").SPEC
        return spec

    @cached_property
    def effects(self) -> Mapping[str, Effect]:
        """operationId -> its declared effect and resend safety (from the spec)."""
        return operation_effects(self.load_spec())

    @property
    def value_creating(self) -> frozenset[str]:
        """Operations that create or move value (unclassified ones included: fail closed)."""
        return frozenset(op for op, e in self.effects.items() if e.moves_value)

    @property
    def idempotent(self) -> frozenset[str]:
        """Value-creating operations that are safe to resend by a declared mechanism."""
        return frozenset(op for op, e in self.effects.items() if e.moves_value and e.resend_safe)

    @cached_property
    def secrets(self) -> Secrets:
        """Everything the spec marks `x-giftkit-secret`, and every header-borne credential."""
        return declared_secrets(self.load_spec())

    @property
    def secret_fields(self) -> frozenset[str]:
        return self.secrets.fields

    @property
    def secret_path_params(self) -> frozenset[str]:
        return self.secrets.path_params

    @property
    def secret_headers(self) -> frozenset[str]:
        return self.secrets.headers

    def reconcile_text(self, operation: str) -> str:
        return self.how_to_reconcile.get(operation) or self.how_to_reconcile.get(
            "*", "Look the request up with the provider before trying again."
        )

    def not_processed_statuses(self, operation: str) -> frozenset[int]:
        return self.not_processed.get(operation, frozenset()) | self.not_processed.get(
            "*", frozenset()
        )


def spec_server(
    spec: Mapping[str, Any], environment: str | None = None, **variables: str
) -> str | None:
    """The spec's server URL for an environment, variables filled (given, else defaults).

    None when the result would be a placeholder host (`.invalid`): giftkit never guesses a host.
    """
    for server in spec.get("servers", []):
        if environment is not None and server.get("x-environment") != environment:
            continue
        url: str = server["url"]
        for name, var in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variables.get(name, var.get("default", ""))))
        host = url.split("://", 1)[-1].split("/", 1)[0]
        if "{" in url or host.endswith(".invalid") or not host:
            return None
        return url.rstrip("/")
    return None


def sandbox_hosts(spec: Mapping[str, Any]) -> set[str]:
    """Hosts only the spec's sandbox servers use (`x-environment: sandbox`), every server
    variable's values filled in. A host a live server shares (a provider whose environment is
    chosen by the keys, not the host) never counts as a sandbox."""
    from urllib.parse import urlsplit

    hosts: dict[str, set[str]] = {"sandbox": set(), "live": set()}
    for server in spec.get("servers") or []:
        urls = {server.get("url", "")}
        for name, var in (server.get("variables") or {}).items():
            values = [str(v) for v in var.get("enum") or [var.get("default", "")]]
            urls = {u.replace("{" + name + "}", v) for u in urls for v in values}
        kind = "sandbox" if server.get("x-environment") == "sandbox" else "live"
        hosts[kind] |= {urlsplit(u).hostname or "" for u in urls}
    return hosts["sandbox"] - hosts["live"] - {""}


def message_fields(body: Any, message_key: str = "message") -> ErrorFields:
    """The simplest error shape: `{"message": "..."}` (anything else tolerated)."""
    if isinstance(body, Mapping) and isinstance(body.get(message_key), str):
        return ErrorFields(message=body[message_key])
    return ErrorFields()


def field_error_lists(errors: Any) -> dict[str, list[str]]:
    """`{path: [msg, ...] | msg}` normalised to lists of strings (a string becomes one item)."""
    out: dict[str, list[str]] = {}
    if isinstance(errors, Mapping):
        for key, value in errors.items():
            if isinstance(value, list):
                out[str(key)] = [str(v) for v in value]
            elif value is not None:
                out[str(key)] = [str(value)]
    return out
