"""GiftMe simulator: reseller orders, Laravel-style `{message, errors}` validation errors."""

from __future__ import annotations

import random
from datetime import date
from typing import Any, ClassVar

from ._core import Call, FieldError, ProviderError, Simulator, handles
from ._families import RuleBreaker, TaggedCall

TOKEN = "sim-giftme-token"
CASHIER_PIN = 123456  # the spec's example PIN


class GiftmeSimulator(Simulator):
    provider = "giftme"
    validation_statuses: ClassVar[tuple[int, ...]] = (400, 422)
    auth_statuses: ClassVar[tuple[int, ...]] = (401,)
    # A faithful GiftMe rejects a schema-valid request carrying a wrong cashier PIN (400).
    tag_field: ClassVar[str] = "receiver_name"  # the fault campaign's tag
    money_keys: ClassVar[tuple[str, ...]] = ("code", "pin", "link")
    contract_expectations: ClassVar[dict[str, dict[str, list[str]]]] = {
        "createOrders": {"positive_data_acceptance": ["2xx", "400"]},
    }

    def tagged_call(self, n: int, rng: random.Random, marker: str) -> TaggedCall:
        """Every third call orders two cards; giftkit fills in each order's identifier."""
        body = self.request_example("createOrders")
        body["cashier_pin"] = self.fixtures["cashier_pin"]
        order = body["orders"][0]
        order.pop("identifier", None)  # giftkit fills one in: the client reference under test
        tags = [f"gm-{n:06d}-{i}-{rng.getrandbits(32):08x}" for i in range(1 + (n % 3 == 0))]
        body["orders"] = [{**order, "receiver_name": tag} for tag in tags]
        return TaggedCall("createOrders", body, tuple(tags))

    def plant_secrets(self, marker: str) -> list[Any]:
        """The cashier PIN authorises a sale (numeric: no marker); links carry the marker."""
        self.fixtures["cashier_pin"] = 918273
        self.fixtures["link_host"] = f"https://{marker.lower()}-links.example"
        return [918273]

    @classmethod
    def rule_breakers(cls, today: date) -> list[RuleBreaker]:
        def empty_contacts(body: Any) -> None:
            body["orders"][0]["receiver_email"] = ""
            body["orders"][0]["receiver_phone"] = ""

        return [("createOrders", "empty receiver contacts count as absent", empty_contacts)]

    def make_fixtures(self) -> dict[str, Any]:
        return {
            "credentials": {"giftmeBearer": [TOKEN]},
            "connect": {"api_token": TOKEN},
            "cashier_pin": CASHIER_PIN,
            "link_host": "https://staging.giftme.link",
        }

    def error_body(
        self,
        status: int,
        message: str,
        *,
        op: Any = None,
        errors: list[FieldError] | None = None,
        code: str | None = None,
    ) -> Any:
        if status in (400, 422):
            fields: dict[str, Any] = {}
            for error in errors or []:
                key = error.dotted or "body"
                fields.setdefault(key, []).append(_laravel(error, key))
            return {"message": "The given data was invalid.", "errors": fields}
        return {"message": message}

    def auth_message(self, op: Any, missing: bool) -> str:
        return "Unauthenticated."

    @handles("createOrders")
    def create_orders(self, call: Call) -> Any:
        body = call.body
        if body["cashier_pin"] != self.fixtures["cashier_pin"]:
            status = call.op.pick_status(self.validation_statuses)
            raise ProviderError(
                status,
                {
                    "message": "The given data was invalid.",
                    "errors": {"cashier_pin": "Invalid cashier pin."},
                },
            )
        created = []
        for order in body["orders"]:
            code = "".join(str(self.random.randrange(10)) for _ in range(12))
            pin = f"{self.random.randrange(10000):04d}"
            slug = self.new_id(width=5)
            row = {
                "sender_name": order.get("sender_name"),
                "sender_phone": None,
                "receiver_name": order.get("receiver_name"),
                "receiver_phone": order.get("receiver_phone"),
                "amount": int(order["amount"]),
                "ticket": bool(order.get("giftcards")),
                "self_deliver": order.get("self_deliver") == "true",
                "identifier": order.get("identifier"),
                "descriptor": order.get("descriptor"),
                "status": "complete",
                "code": code,
                "link": f"{self.fixtures['link_host']}/{slug}?pin={pin}",
                "pin": pin,
            }
            self.store["orders"].add(code, row)
            call.issue(reference=code, client_reference=order.get("identifier"), payload=order)
            created.append(row)
        return {"success": True, "data": created}


def _laravel(error: FieldError, key: str) -> str:
    if error.kind == "required":
        return f"The {key} field is required."
    return f"The {key} is invalid."
