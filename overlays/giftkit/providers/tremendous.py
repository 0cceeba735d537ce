"""Tremendous: reward orders (create, get, list), the product catalog and funding sources.

Credentials: `api_key`, sent as `Authorization: Bearer <api_key>` (an OAuth access token goes in
the same header), and `environment`: `sandbox` (the default, testflight.tremendous.com: fake
money) or `live` (api.tremendous.com).
Money rule: `createOrder` creates value, and it is idempotent by `external_id`: the same
`external_id` with the same payload answers 201 with the existing order and creates nothing.
giftkit fills `external_id` when the caller leaves it out, so a create whose answer was lost is
re-sent with the same `external_id` and cannot pay twice. Reward links are secrets.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._auth import HeaderAuth
from .._clock import Clock
from .._connect import ConnectOptions, require
from .._connect import connect as _connect
from .._profile import ClientReference, ErrorFields, Option, Options, Profile, spec_server

if TYPE_CHECKING:
    from tremendous_client.client import AuthenticatedClient


def _auth(options: Options, clock: Clock) -> httpx.Auth:
    require(PROFILE, options, ("api_key",))
    return HeaderAuth({"Authorization": f"Bearer {options['api_key']}"})


def _base_url(options: Options, spec: Mapping[str, Any]) -> str | None:
    return spec_server(spec, str(options["environment"]))


def _payload_messages(node: Any, path: str, out: dict[str, list[str]]) -> None:
    """`payload` mirrors the request body; its leaves are the messages for those fields."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            _payload_messages(value, f"{path}.{key}" if path else str(key), out)
    elif isinstance(node, list) and all(isinstance(v, str) for v in node):
        out.setdefault(path or "body", []).extend(node)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _payload_messages(value, f"{path}.{index}" if path else str(index), out)
    elif node is not None:
        out.setdefault(path or "body", []).append(str(node))


def _parse_error(body: Any) -> ErrorFields:
    """`{"errors": {"message": str, "payload": {...}}}`; the rate-limit page spells it `error`."""
    if not isinstance(body, Mapping):
        return ErrorFields()
    detail = body.get("errors", body.get("error"))
    if not isinstance(detail, Mapping):
        return ErrorFields()
    fields: dict[str, list[str]] = {}
    _payload_messages(detail.get("payload"), "", fields)
    message = detail.get("message")
    return ErrorFields(message=message if isinstance(message, str) else None, field_errors=fields)


def _reconcile(client: Any, operation: str, body: Any, path: Mapping[str, Any]) -> bool:
    """As documented: getOrder takes the external_id in place of the order id. A body without
    one (giftkit filled it; the caller has it in `client_references`) is looked for among the
    orders by its recipients and amount."""
    from tremendous_client.api.orders import get_order, list_orders

    from .._errors import NotFoundError

    if not isinstance(body, Mapping):
        return False
    if isinstance(body.get("external_id"), str):
        try:
            get_order.sync(body["external_id"], client=client)
        except NotFoundError:
            return False
        return True
    wanted = body.get("reward", {}).get("recipient", {}).get("name")
    offset = 0
    while True:
        page = list_orders.sync(client=client, offset=offset, limit=500)
        names = [r.recipient.name for o in page.orders for r in (o.rewards or []) if r.recipient]
        if wanted in names:
            return True
        offset += len(page.orders)
        if not page.orders or offset >= page.total_count:
            return False


PROFILE = Profile(
    name="tremendous",
    options=(
        Option("api_key"),
        Option("environment", secret=False, default="sandbox", choices=("sandbox", "live")),
    ),
    auth=_auth,
    base_url=_base_url,
    parse_error=_parse_error,
    client_references={"createOrder": ClientReference("external_id")},
    how_to_reconcile={
        "*": "Send the same order again with the same external_id "
        "(OutcomeUnknownError.client_references): Tremendous answers 201 with the order it already "
        "created and creates nothing, or 409 if that external_id holds a different order. "
        "getOrder also accepts the external_id in place of the order id.",
    },
    default_headers={"Accept": "application/json"},
    reconcile=_reconcile,
    test_options={"api_key": "TEST_tr-APIKEY-s3cr3t-0007"},
)


def connect(
    *,
    api_key: str | None = None,
    environment: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A Tremendous client: `api_key` and `environment` (sandbox, the default, or live)."""
    client: AuthenticatedClient = _connect(
        "tremendous", api_key=api_key, environment=environment, **options
    )
    return client
