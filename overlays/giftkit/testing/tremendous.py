"""Tremendous simulator: orders paid from funding sources, idempotent by `external_id`.

    createOrder         one reward per order. `payment.funding_source_id` is `balance` (any case)
                        or an active funding source usable for API orders; the reward names known
                        `products` or a known `campaign_id`; `value.currency_code` (default USD) is
                        one those products offer and the denomination fits one of their SKU bands;
                        EMAIL needs `recipient.email`, PHONE `recipient.phone`; `deliver_at` lies
                        within the next year (virtual clock, UTC). Paid in USD at fixed rates; the
                        balance falls by the total (402 when it cannot pay). The same
                        `external_id` with the same body answers 201 with the existing order and
                        issues nothing; with another body 409. LINK rewards carry a redemption link.
    getOrder            by order id or by external_id.
    listOrders          newest first; offset/limit (default 10); campaign_id, external_id and
                        created_at[gte|lte] filters; `total_count`.
    listProducts        the catalog, filtered by comma-separated country, currency, subcategory.
    listFundingSources  the account's funding sources with their current balance.

Errors: `{"errors": {"message": ..., "payload": <the request's shape, messages at the leaves>}}`;
429 `{"error": {"message": "Too many requests", "payload": {}}}` (10 requests per second, no
rate-limit headers), as the documentation shows them.

Over 400 lines for one reason: the last 70 drive the official SDK against this simulator
(`run_official_sdk`), kept here so that the provider stays three files.
"""

from __future__ import annotations

import copy
import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from ._core import (
    Call,
    Collection,
    FieldError,
    ProviderError,
    RateWindow,
    Response,
    Simulator,
    handles,
)
from ._families import TaggedCall
from ._spec import Operation

API_KEY = "TEST_sim-tremendous-api-key"  # sandbox keys carry the TEST_ prefix
CAMPAIGN = "CAMPAIGN0001"  # the spec's example campaign
USD_PER_UNIT = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "CAD": Decimal("0.73"),
}  # the simulator's fixed forex
INVALID = "Order failed: validation failure"


class TremendousSimulator(Simulator):
    provider = "tremendous"
    validation_statuses: ClassVar[tuple[int, ...]] = (400, 422)
    auth_statuses: ClassVar[tuple[int, ...]] = (401,)
    conflict_statuses: ClassVar[tuple[int, ...]] = (409,)
    documented_rate_limit: ClassVar[tuple[int, float] | None] = (10, 1.0)
    money_keys: ClassVar[tuple[str, ...]] = ("link",)  # reward links are money in themselves
    server_dedupes: ClassVar[bool] = True  # an external_id already used replays its order
    # A faithful Tremendous rejects schema-valid orders naming unknown products, campaigns or
    # funding sources, currencies or amounts the products do not offer (400), orders the balance
    # cannot pay (402) and external_ids already holding another order (409); and filter dates
    # that are not ISO 8601 (400).
    contract_expectations: ClassVar[dict[str, dict[str, list[str]]]] = {
        "createOrder": {"positive_data_acceptance": ["2xx", "400", "402", "409"]},
        "listOrders": {"positive_data_acceptance": ["2xx", "400"]},
    }
    # The official SDK (PyPI distribution) this simulator must serve unchanged: see run_official_sdk.
    official_sdk: ClassVar[str] = "tremendous-python"

    def tagged_call(self, n: int, rng: random.Random, marker: str) -> TaggedCall:
        """The fault campaign's `n`th order: the recipient's name is the tag; `external_id` is
        left to giftkit (the client reference under test); half are paid from a card, since the
        balance is finite."""
        body = self.request_example("createOrder")
        body.pop("external_id", None)
        card = next(
            s["id"] for s in self.fixtures["funding_sources"] if s["method"] == "credit_card"
        )
        body["payment"]["funding_source_id"] = card if n % 2 else "balance"
        body["reward"]["value"]["denomination"] = 5 + n % 3
        tag = f"tr-{n:06d}-{rng.getrandbits(32):08x}"
        body["reward"]["recipient"]["name"] = tag
        return TaggedCall("createOrder", body, (tag,))

    @classmethod
    def tag_of(cls, payload: Any) -> str | None:
        try:
            name = payload["reward"]["recipient"]["name"]
        except (KeyError, TypeError):
            return None
        return name if isinstance(name, str) else None

    @classmethod
    def request_tags(cls, body: Any) -> list[str]:
        tag = cls.tag_of(body)
        return [tag] if tag else []

    def make_fixtures(self) -> dict[str, Any]:
        """The catalog and the account's funding sources are the spec's list examples."""
        (catalog,) = self.index.response_examples("listProducts", 200).values()
        (sources,) = self.index.response_examples("listFundingSources", 200).values()
        return {
            "credentials": {"BearerApiKey": [API_KEY]},
            "connect": {"api_key": API_KEY},
            "campaigns": {CAMPAIGN: ["OKMHM2X2OHYV", "KV934TZ93NQM"]},
            "products": copy.deepcopy(catalog["products"]),
            "funding_sources": copy.deepcopy(sources["funding_sources"]),
        }

    def load_examples(self) -> None:
        """The orders getOrder's examples show, each created by the createOrder example that
        carries its external_id (so re-sending that example replays it: 201, nothing issued)."""
        media = self.index.operations["createOrder"].body_media_types["application/json"]
        requests = {
            e["value"].get("external_id"): e["value"]
            for e in map(self.index.deref, (media.get("examples") or {}).values())
        }
        for example in self.index.response_examples("getOrder", 200).values():
            order = copy.deepcopy(example["order"])
            made_by = copy.deepcopy(requests.get(order.get("external_id")))
            self.store["orders"].put(order["id"], {**order, "_request": made_by, "_links": {}})

    # -- errors -------------------------------------------------------------------------

    def error_body(
        self,
        status: int,
        message: str,
        *,
        op: Operation | None = None,
        errors: list[FieldError] | None = None,
        code: str | None = None,
    ) -> Any:
        if status == 429:
            return {"error": {"message": "Too many requests", "payload": {}}}
        payload: dict[str, Any] = {}
        for error in errors or []:
            node = payload
            path = [str(p) for p in error.path] or ["body"]
            for part in path[:-1]:
                child = node.setdefault(part, {})
                node = child if isinstance(child, dict) else node
            node[path[-1]] = error.message
        if errors:
            message = (
                INVALID
                if op is not None and op.operation_id == "createOrder"
                else ("Validation failure")
            )
        return {"errors": {"message": message, "payload": payload}}

    def auth_message(self, op: Any, missing: bool) -> str:
        return "Missing API key" if missing else "The API key you provided is invalid."

    def rate_limit_headers(self, window: RateWindow, now: float) -> dict[str, str]:
        return {}  # none documented: "pause any additional requests for 1 second"

    def _reject(self, *path: str | int, message: str) -> ProviderError:
        errors = [FieldError("body", tuple(path), "invalid", message)]
        op = self.index.operations["createOrder"]
        return ProviderError(400, self.error_body(400, INVALID, op=op, errors=errors))

    # -- state --------------------------------------------------------------------------

    def _sources(self) -> Collection:
        sources = self.store["funding_sources"]
        if not len(sources):
            for row in copy.deepcopy(self.fixtures["funding_sources"]):
                sources.put(row["id"], row)
        return sources

    def _order_view(self, row: dict[str, Any], *, links: bool) -> dict[str, Any]:
        view = {k: copy.deepcopy(v) for k, v in row.items() if not k.startswith("_")}
        for reward in view.get("rewards") or []:
            link = row["_links"].get(reward.get("id"))
            if links and link:
                reward["delivery"]["link"] = link
        return view

    def _by_external_id(self, external_id: str) -> dict[str, Any] | None:
        return next((r for r in self.store["orders"] if r.get("external_id") == external_id), None)

    # -- createOrder --------------------------------------------------------------------

    def _funding_source(self, body: dict[str, Any]) -> dict[str, Any]:
        wanted = (body.get("payment") or {}).get("funding_source_id")
        if not wanted:
            raise self._reject(
                "payment",
                "funding_source_id",
                message=(
                    "Your request was missing a funding_source_id. Tremendous requires this to "
                    "determine how to pay for your order."
                ),
            )
        sources = self._sources()
        source = (
            next((r for r in sources if r["method"] == "balance"), None)
            if wanted.lower() == "balance"
            else sources.get(wanted)
        )
        if (
            source is None
            or source.get("status") != "active"
            or "api_orders" not in source.get("usage_permissions", [])
        ):
            raise self._reject(
                "payment",
                "funding_source_id",
                message=f"{wanted} is not a valid funding source for API orders",
            )
        return source

    def _products(self, reward: dict[str, Any]) -> list[dict[str, Any]]:
        catalog = {p["id"]: p for p in self.fixtures["products"]}
        campaign = reward.get("campaign_id")
        if campaign is not None and campaign not in self.fixtures["campaigns"]:
            raise self._reject("reward", "campaign_id", message=f"Campaign {campaign} not found")
        ids = reward.get("products") or self.fixtures["campaigns"].get(campaign) or []
        for index, pid in enumerate(ids):
            if pid not in catalog:
                raise self._reject("reward", "products", index, message=f"Product {pid} not found")
        return [catalog[p] for p in ids]

    def _check_reward(self, reward: dict[str, Any], products: list[dict[str, Any]]) -> None:
        value = reward.get("value")
        if not value:
            raise self._reject("reward", "value", "denomination", message="is required")
        currency, amount = value.get("currency_code", "USD"), value["denomination"]
        offering = [p for p in products if currency in p["currency_codes"]]
        if currency not in USD_PER_UNIT or not offering:
            raise self._reject(
                "reward",
                "value",
                "currency_code",
                message=f"{currency} is not offered by the reward's products",
            )
        if amount <= 0 or not any(
            s["min"] <= amount <= s["max"]
            for p in offering
            for s in p.get("skus") or [{"min": 0, "max": amount}]
        ):
            raise self._reject(
                "reward",
                "value",
                "denomination",
                message=f"{amount} {currency} is outside the products' denominations",
            )
        method = (reward.get("delivery") or {}).get("method", "EMAIL")
        needed = {"EMAIL": "email", "PHONE": "phone"}.get(method)
        if needed and not (reward.get("recipient") or {}).get(needed):
            raise self._reject(
                "reward", "recipient", needed, message=f"is required for {method} delivery"
            )
        if reward.get("deliver_at"):
            today = datetime.fromtimestamp(self.clock.now(), UTC).date()
            when = date.fromisoformat(reward["deliver_at"][:10])
            if not today <= when <= today + timedelta(days=365):
                raise self._reject("reward", "deliver_at", message="must be within the next year")

    def _pay(self, source: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
        usd = Decimal(str(value["denomination"])) * USD_PER_UNIT[value.get("currency_code", "USD")]
        cents = int((usd * 100).to_integral_value())
        meta = source["meta"]
        if source["method"] == "balance":
            if meta["available_cents"] < cents:
                raise ProviderError(
                    402,
                    {
                        "errors": {
                            "message": "Insufficient funds in the balance to pay for this order",
                            "payload": {},
                        }
                    },
                )
            meta["available_cents"] -= cents
        total = cents / 100
        return {"subtotal": total, "total": total, "fees": 0, "discount": 0}

    @handles("createOrder")
    def create_order(self, call: Call) -> Any:
        body = call.body
        external_id = body.get("external_id")
        if external_id:
            existing = self._by_external_id(external_id)
            if existing is not None and existing["_request"] == body:
                return Response(201, {"order": self._order_view(existing, links=True)})
            if existing is not None:
                raise self.conflict(
                    call.op,
                    f"An order with external_id {external_id} exists with different parameters",
                )
        source = self._funding_source(body)
        reward = body["reward"]
        products = self._products(reward)
        self._check_reward(reward, products)
        payment = self._pay(source, reward["value"])
        order_id, reward_id = self.new_id(width=12).upper(), self.new_id(width=12).upper()
        now = self.timestamp()
        method = (reward.get("delivery") or {}).get("method", "EMAIL")
        delivered = {"method": method, "status": "SUCCEEDED" if method == "LINK" else "SCHEDULED"}
        issued = {
            "id": reward_id,
            "order_id": order_id,
            "created_at": now,
            "expires_at": None,
            "value": {"currency_code": "USD", **reward["value"]},
            "recipient": reward.get("recipient", {}),
            "delivery": delivered,
        }
        for optional in ("deliver_at", "custom_fields"):
            if optional in reward:
                issued[optional] = reward[optional]
        links = (
            {reward_id: f"https://testflight.tremendous.com/rewards/payout/{self.new_id(width=20)}"}
            if method == "LINK"
            else {}
        )
        row = {
            "id": order_id,
            "external_id": external_id,
            "campaign_id": reward.get("campaign_id"),
            "created_at": now,
            "status": "EXECUTED",
            "channel": "API",
            "payment": payment,
            "rewards": [issued],
            "_request": copy.deepcopy(body),
            "_links": links,
        }
        self.store["orders"].add(order_id, row)
        call.issue(reference=order_id, client_reference=external_id, payload=body)
        return {"order": self._order_view(row, links=True)}

    # -- reads --------------------------------------------------------------------------

    @handles("getOrder")
    def get_order(self, call: Call) -> Any:
        wanted = call.path["id"]
        row = self.store["orders"].get(wanted) or self._by_external_id(wanted)
        if row is None:
            raise self.not_found(call.op, "Order")
        return {"order": self._order_view(row, links=False)}

    @handles("listOrders")
    def list_orders(self, call: Call) -> Any:
        q = call.query
        rows = list(reversed(self.store["orders"].list()))  # newest first (ids never reorder)
        rows.sort(key=lambda r: r["created_at"], reverse=True)
        for name in ("campaign_id", "external_id"):
            if q.get(name) is not None:
                rows = [r for r in rows if r.get(name) == q[name]]
        for name, sign in (("created_at[gte]", 1), ("created_at[lte]", -1)):
            if q.get(name) is not None:
                bound = _instant(q[name], name, call.op, self)
                rows = [r for r in rows if _compare(r["created_at"], bound) * sign >= 0]
        offset, limit = q.get("offset", 0), q.get("limit", 10)
        page = rows[offset : offset + limit]
        return {
            "orders": [self._order_view(r, links=False) for r in page],
            "total_count": len(rows),
        }

    @handles("listProducts")
    def list_products(self, call: Call) -> Any:
        rows = self.fixtures["products"]
        for name in ("country", "currency", "subcategory"):
            if call.query.get(name):
                wanted = {v.strip() for v in call.query[name].split(",") if v.strip()}
                rows = [p for p in rows if _facets(p, name) & wanted]
        return {"products": copy.deepcopy(rows)}

    @handles("listFundingSources")
    def list_funding_sources(self, call: Call) -> Any:
        return {"funding_sources": copy.deepcopy(self._sources().list())}

    # -- the official SDK, unchanged -----------------------------------------------------

    def run_official_sdk(self, base_url: str) -> None:
        """Drive Tremendous' official Python SDK (`tremendous-python`) against this simulator
        served at `base_url`: create (and replay) an order, get it, list orders, products and
        funding sources. Raises AssertionError where the SDK and the simulator disagree."""
        _sdk_scenario(base_url, self.fixtures)


def _facets(product: dict[str, Any], name: str) -> set[Any]:
    """The values listProducts' `name` filter matches a product on."""
    if name == "country":
        return {c["abbr"] for c in product["countries"]}
    if name == "currency":
        return set(product["currency_codes"])
    return {product.get("subcategory")}


def _compare(created_at: str, bound: datetime) -> int:
    moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    return (moment > bound) - (moment < bound)


def _instant(value: str, name: str, op: Operation, sim: Simulator) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        errors = [FieldError("query", (name,), "format", "must be an ISO 8601 datetime")]
        raise ProviderError(
            400, sim.error_body(400, "Validation failure", op=op, errors=errors)
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _sdk_scenario(base_url: str, fixtures: dict[str, Any]) -> None:
    from tremendous.api.tremendous_api import TremendousApi
    from tremendous.api_client import ApiClient
    from tremendous.configuration import Configuration
    from tremendous.exceptions import BadRequestException, ConflictException, NotFoundException
    from tremendous.models.create_order_request import CreateOrderRequest
    from tremendous.models.single_reward_order import SingleRewardOrder

    key = fixtures["connect"]["api_key"]
    api = TremendousApi(ApiClient(Configuration(host=base_url, access_token=key)))

    def order(external_id: str, denomination: float, method: str = "EMAIL") -> Any:
        return CreateOrderRequest(
            SingleRewardOrder(
                external_id=external_id,
                payment={"funding_source_id": "balance"},
                reward={
                    "campaign_id": CAMPAIGN,
                    "delivery": {"method": method},
                    "recipient": {"name": "Recipient Name", "email": "recipient@example.com"},
                    "value": {"denomination": denomination, "currency_code": "USD"},
                },
            )
        )

    first = api.create_order(order("sdk-order-1", 5.0)).order
    assert first.status == "EXECUTED" and first.campaign_id == CAMPAIGN, first
    assert first.payment is not None and first.payment.total == 5.0, first.payment
    replay = api.create_order_with_http_info(order("sdk-order-1", 5.0))
    assert replay.status_code == 201 and replay.data.order.id == first.id, replay.status_code
    linked = api.create_order(order("sdk-order-2", 7.5, "LINK")).order
    delivery = (linked.rewards or [])[0].delivery
    assert delivery is not None and delivery.method == "LINK" and delivery.link, delivery
    assert api.get_order(first.id).order.id == first.id
    assert api.get_order("sdk-order-2").order.id == linked.id  # by external_id
    page = api.list_orders(offset=0, limit=1)
    assert page.total_count == 2 and [o.id for o in page.orders] == [linked.id], page
    assert [o.id for o in api.list_orders(offset=1, limit=1).orders] == [first.id]
    assert [o.id for o in api.list_orders(external_id="sdk-order-1").orders] == [first.id]
    products = api.list_products(currency="USD").products
    assert {p.id for p in products} >= set(fixtures["campaigns"][CAMPAIGN]), products
    (funded,) = (s for s in fixtures["funding_sources"] if s["method"] == "balance")
    sources = api.list_funding_sources().funding_sources
    balance = next(s for s in sources if s.method == "balance")
    spent = funded["meta"]["available_cents"] - 1250  # the two orders: $5.00 + $7.50
    assert balance.meta.available_cents == spent, balance.meta
    for call, error in (
        (lambda: api.create_order(order("sdk-order-1", 6.0)), ConflictException),
        (lambda: api.get_order("NOSUCHORDER1"), NotFoundException),
    ):
        try:
            call()
        except error:
            continue
        raise AssertionError(f"expected {error.__name__}")
    bad = order("sdk-order-3", 5.0)
    bad.actual_instance.payment.funding_source_id = "NOT A VALID FUNDING SOURCE ID"
    try:
        api.create_order(bad)
    except BadRequestException as exc:
        assert "funding_source_id" in (exc.body or ""), exc.body
    else:
        raise AssertionError("expected BadRequestException for an unknown funding source")
