"""Rebilly: coupons (create, upsert by client-chosen code, read, list, expire).

Credentials: `api_key` (header `REB-APIKEY`) or `jwt` (`Authorization: Bearer`), plus
`organization_id` (a server variable) and `environment` (`sandbox`, the default, or `live`).
Money rule: `PostCoupon` is not idempotent (Rebilly assigns the code); `PutCoupon` is an upsert
by the caller's code and so is retried safely. Prefer `PutCoupon` when a request may be retried.
Coupon ids are redemption codes: masked in logs, errors and reprs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._auth import HeaderAuth
from .._clock import Clock
from .._connect import ConnectOptions, require
from .._connect import connect as _connect
from .._paginate import paginate
from .._profile import ErrorFields, Option, Options, Profile, spec_server

if TYPE_CHECKING:
    from rebilly_client.client import AuthenticatedClient
    from rebilly_client.models.coupon import Coupon

PAGE_SIZE = 100


def _auth(options: Options, clock: Clock) -> httpx.Auth:
    group = require(PROFILE, options, ("api_key",), ("jwt",))
    if group == ("api_key",):
        return HeaderAuth({"REB-APIKEY": str(options["api_key"])})
    return HeaderAuth({"Authorization": f"Bearer {options['jwt']}"})


def _base_url(options: Options, spec: Mapping[str, Any]) -> str | None:
    require(PROFILE, options, ("organization_id",))
    organization = str(options["organization_id"])
    if not organization or "/" in organization or "{" in organization:
        from .._errors import ConfigurationError

        raise ConfigurationError("organization_id must be a plain identifier", provider="rebilly")
    return spec_server(spec, str(options["environment"]), organizationId=organization)


def _parse_error(body: Any) -> ErrorFields:
    """RFC 9457 problem details: `type` is the machine-readable code, `invalidFields` the fields."""
    if not isinstance(body, Mapping):
        return ErrorFields()
    message = next(
        (body[k] for k in ("detail", "title", "error") if isinstance(body.get(k), str) and body[k]),
        None,
    )
    fields: dict[str, list[str]] = {}
    invalid = body.get("invalidFields")
    if isinstance(invalid, list):
        for item in invalid:
            if isinstance(item, Mapping) and item.get("field") is not None:
                fields.setdefault(str(item["field"]), []).append(
                    str(item.get("message", "is invalid"))
                )
    code = body.get("type")
    return ErrorFields(
        message=message, code=code if isinstance(code, str) else None, field_errors=fields
    )


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _rules(operation: str, body: Any, now: float) -> dict[str, list[str]]:
    """`expiredTime`, when set, must be later than `issuedTime`."""
    if operation not in ("PostCoupon", "PutCoupon") or not isinstance(body, Mapping):
        return {}
    issued, expired = _time(body.get("issuedTime")), _time(body.get("expiredTime"))
    if issued and expired and issued.tzinfo and expired.tzinfo and expired <= issued:
        return {"expiredTime": ["must be later than issuedTime"]}
    return {}


def _reconcile(client: Any, operation: str, body: Any, path: Mapping[str, Any]) -> bool:
    """As documented: a PutCoupon's code is read back; a PostCoupon is found by its description
    among the newest coupons."""
    from .._errors import NotFoundError

    if operation == "PutCoupon":
        from rebilly_client.api.coupons import get_coupon

        try:
            get_coupon.sync(str(path["id"]), client=client)
        except NotFoundError:
            return False
        return True
    wanted = body.get("description") if isinstance(body, Mapping) else None
    if not isinstance(wanted, str):
        return False
    found = iter_coupons(client, filter_=f"description:{wanted}", sort=["-createdTime"])
    return any(c.description == wanted for c in found)


PROFILE = Profile(
    name="rebilly",
    options=(
        Option("api_key"),
        Option("jwt"),
        Option("organization_id", secret=False),
        Option("environment", secret=False, default="sandbox", choices=("sandbox", "live")),
    ),
    auth=_auth,
    base_url=_base_url,
    parse_error=_parse_error,
    how_to_reconcile={
        "*": "Rebilly assigned the coupon code, and the response was lost: list coupons "
        "(GetCouponCollection, sorted by -createdTime) and look for one matching this request's "
        "issuedTime, discount and description before creating another. Use PutCoupon with your own "
        "code to make creates safely repeatable.",
    },
    lookups={"PutCoupon": "GetCoupon"},
    rate_limit=(3000, 600.0),  # sandbox, non-GET: 3000 per 10 minutes (specs/rebilly.yaml servers)
    rate_limit_headers=(("X-RateLimit-Retry-After", "epoch"),),
    extra_rules=_rules,
    reconcile=_reconcile,
    test_options={"api_key": "rb-APIKEY-s3cr3t-0003", "organization_id": "org-test"},
)


def connect(
    *,
    api_key: str | None = None,
    jwt: str | None = None,
    organization_id: str | None = None,
    environment: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A Rebilly client: `api_key` or `jwt`, `organization_id`, `environment` (sandbox|live)."""
    client: AuthenticatedClient = _connect(
        "rebilly",
        api_key=api_key,
        jwt=jwt,
        organization_id=organization_id,
        environment=environment,
        **options,
    )
    return client


def iter_coupons(
    client: AuthenticatedClient,
    *,
    page_size: int = PAGE_SIZE,
    filter_: str | None = None,
    sort: list[str] | None = None,
) -> Iterator[Coupon]:
    """Every coupon, page by page (limit/offset, until a short page or Pagination-Total)."""
    from rebilly_client.api.coupons import get_coupon_collection

    yield from paginate(
        get_coupon_collection, client=client, page_size=page_size, **_filters(filter_, sort)
    )


async def aiter_coupons(
    client: AuthenticatedClient,
    *,
    page_size: int = PAGE_SIZE,
    filter_: str | None = None,
    sort: list[str] | None = None,
) -> AsyncIterator[Coupon]:
    """The async twin of iter_coupons."""
    from rebilly_client.api.coupons import get_coupon_collection

    pages = paginate(
        get_coupon_collection, client=client, page_size=page_size, **_filters(filter_, sort)
    )
    async for coupon in pages:
        yield coupon


def _filters(filter_: str | None, sort: list[str] | None) -> dict[str, Any]:
    from rebilly_client.types import UNSET

    return {
        "filter_": UNSET if filter_ is None else filter_,
        "sort": UNSET if sort is None else sort,
    }
