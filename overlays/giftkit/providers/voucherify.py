"""Voucherify: import gift cards and discount vouchers, read vouchers and async actions, OAuth.

Credentials: `app_id` + `app_token` (headers `X-App-Id` + `X-App-Token`, both required), or with
`oauth=True` the same keys exchanged for a bearer token (`generate-oauth-token`, 900 s, refreshed
before expiry, one exchange under concurrency). `cluster`: `api` (Europe, default), `us1.api`,
`as1.api`.

Money rule: `import-vouchers` creates value and answers 202 before any voucher exists. A lost
response raises OutcomeUnknownError with the imported codes as client references; reconcile with
`get-voucher` by code (codes are unique per project: a re-sent code fails to import instead of
duplicating). `wait_for_import()` polls the async action to its end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .. import _constants as C
from .._auth import HeaderAuth, OAuthClientCredentials
from .._clock import SYSTEM_CLOCK, Clock
from .._connect import ConnectOptions, require
from .._connect import connect as _connect
from .._errors import APITimeoutError, ConflictError, GiftkitError
from .._profile import (
    ClientReference,
    ErrorFields,
    ErrorRule,
    Option,
    Options,
    Profile,
    spec_server,
)

if TYPE_CHECKING:
    from voucherify_client.client import AuthenticatedClient

OAUTH_SCOPE = "api"


class DuplicateVoucherCodeError(ConflictError):
    """The voucher code already exists in this project (Voucherify key `duplicate_found`)."""


class ImportFailedError(GiftkitError):
    """The import's async action ended FAILED."""


def _auth(options: Options, clock: Clock) -> httpx.Auth:
    require(PROFILE, options, ("app_id", "app_token"))
    keys = {"X-App-Id": str(options["app_id"]), "X-App-Token": str(options["app_token"])}
    if not options.get("oauth"):
        return HeaderAuth(keys)
    return OAuthClientCredentials(
        f"{options['base_url']}/v1/oauth/token",
        client_id=keys["X-App-Id"],
        client_secret=keys["X-App-Token"],
        clock=clock,
        provider="voucherify",
        scope=OAUTH_SCOPE,
        credential_headers=keys,
    )


def _base_url(options: Options, spec: Mapping[str, Any]) -> str | None:
    return spec_server(spec, "live", cluster=str(options["cluster"]))


def _parse_error(body: Any) -> ErrorFields:
    """`{code, key, message, details, request_id}`; the 413 shape `{statusCode, error, message}`."""
    if not isinstance(body, Mapping):
        return ErrorFields()
    message = body.get("message") if isinstance(body.get("message"), str) else body.get("error")
    details = body.get("details")
    if isinstance(message, str) and isinstance(details, str) and details:
        message = f"{message}: {details}"
    key = body.get("key")
    request_id = body.get("request_id")
    return ErrorFields(
        message=message if isinstance(message, str) else None,
        code=key if isinstance(key, str) else None,
        request_id=request_id if isinstance(request_id, str) else None,
    )


def _reconcile(client: Any, operation: str, body: Any, path: Mapping[str, Any]) -> bool:
    """As documented: each imported code is looked up with get-voucher; one that exists was
    imported."""
    from voucherify_client.api.vouchers import get_voucher

    from .._errors import NotFoundError

    found = False
    for item in body if isinstance(body, list) else []:
        try:
            get_voucher.sync(str(item["code"]), client=client)
            found = True
        except NotFoundError:
            pass
    return found


PROFILE = Profile(
    name="voucherify",
    options=(
        Option("app_id"),
        Option("app_token"),
        Option("oauth", secret=False, default=False, kind=bool),
        Option("cluster", secret=False, default="api", choices=("api", "us1.api", "as1.api")),
    ),
    auth=_auth,
    base_url=_base_url,
    parse_error=_parse_error,
    client_references={"import-vouchers": ClientReference("*.code", fill=False)},
    how_to_reconcile={
        "*": "Look each code (OutcomeUnknownError.client_references) up with get-voucher: a code that "
        "exists was imported. Codes are unique per project, so re-importing them cannot duplicate.",
    },
    lookups={"import-vouchers": "get-voucher"},
    rate_limit=(100, 3600.0),  # the Sandbox project's documented limit (as the simulator reports)
    rate_limit_headers=(("X-Rate-Limit-Retry", "epoch"),),
    error_rules=(ErrorRule(DuplicateVoucherCodeError, code="duplicate_found"),),
    reconcile=_reconcile,
    test_options={"app_id": "vf-APPID-s3cr3t-0004", "app_token": "vf-APPTOKEN-s3cr3t-0005"},
)


def connect(
    *,
    app_id: str | None = None,
    app_token: str | None = None,
    oauth: bool | None = None,
    cluster: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A Voucherify client: `app_id` + `app_token`, optional `oauth=True` and `cluster`."""
    client: AuthenticatedClient = _connect(
        "voucherify",
        app_id=app_id,
        app_token=app_token,
        oauth=oauth,
        cluster=cluster,
        **options,
    )
    return client


@dataclass(frozen=True)
class ImportResult:
    """The end of an import: how many vouchers were created, and each failed code with its reason."""

    async_action_id: str
    imported: int
    failed: tuple[tuple[str, str], ...]


def _clock_of(client: Any) -> Clock:
    wiring = getattr(client, "_giftkit", None)
    clock: Clock = wiring.engine.clock if wiring is not None else SYSTEM_CLOCK
    return clock


def _result(async_action_id: str, action: Any) -> ImportResult | None:
    from voucherify_client.types import Unset

    status = getattr(action.status, "value", action.status)
    if status not in ("DONE", "FAILED"):
        return None
    result = action.result
    failed: list[tuple[str, str]] = []
    done = 0
    if result is not None and not isinstance(result, Unset):
        # `result` has the shape of the action's `type` (the spec's union); an import's has
        # done_count and failed[].
        count = getattr(result, "done_count", None)
        done = count if isinstance(count, int) else 0
        items = getattr(result, "failed", None)
        for item in items if isinstance(items, list) else []:
            code = item.code if isinstance(item.code, str) else ""
            reason = item.reason if isinstance(item.reason, str) else ""
            failed.append((code, reason))
    if status == "FAILED" and not done and not failed:
        raise ImportFailedError(
            f"async action {async_action_id} ended FAILED", provider="voucherify"
        )
    return ImportResult(async_action_id, done, tuple(failed))


def wait_for_import(
    client: AuthenticatedClient, async_action_id: str, *, deadline: float = C.POLL_DEADLINE
) -> ImportResult:
    """Poll get-async-action with backoff until the import is DONE or FAILED, or `deadline` s pass."""
    from voucherify_client.api.async_actions import get_async_action

    clock = _clock_of(client)
    give_up = clock.now() + deadline
    wait = C.POLL_INITIAL
    while True:
        found = _result(async_action_id, get_async_action.sync(async_action_id, client=client))
        if found is not None:
            return found
        if clock.now() + wait > give_up:
            raise APITimeoutError(
                f"import {async_action_id} did not finish within {deadline:g} s",
                provider="voucherify",
            )
        clock.sleep(wait)
        wait = min(wait * 2, C.POLL_MAX)


async def await_import(
    client: AuthenticatedClient, async_action_id: str, *, deadline: float = C.POLL_DEADLINE
) -> ImportResult:
    """The async twin of wait_for_import."""
    from voucherify_client.api.async_actions import get_async_action

    clock = _clock_of(client)
    give_up = clock.now() + deadline
    wait = C.POLL_INITIAL
    while True:
        found = _result(
            async_action_id, await get_async_action.asyncio(async_action_id, client=client)
        )
        if found is not None:
            return found
        if clock.now() + wait > give_up:
            raise APITimeoutError(
                f"import {async_action_id} did not finish within {deadline:g} s",
                provider="voucherify",
            )
        await clock.asleep(wait)
        wait = min(wait * 2, C.POLL_MAX)
