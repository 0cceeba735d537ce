"""Dots.eco simulator: Flow gift cards issued per application, `{success, response}` envelopes.

    addFlowCard            write token only; app_token (body) must be a known application whose
                           company allows Flow card purchase; sku one of that application's
                           products; expiration_date at least tomorrow and at most today + 5 years
                           by the virtual clock's (UTC) date, default 5 years from creation.
    listFlowCards          the application's product catalogue (not issued cards).
    getApplicationBalance  the application's balance.

Errors: 422 `{"success": false, "errors": {field: [message]}}`, 403/404 `{"message": ...}`.
The auth-token header carries either the company's write token or its read-only token.
"""

from __future__ import annotations

import copy
import random
import re
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from ._core import Call, FieldError, ProviderError, Simulator, handles
from ._families import RuleBreaker, TaggedCall
from ._spec import Operation

WRITE_TOKEN = "e9dc5901448d61e20b35e209bb09adcc"  # the documented example value
READ_TOKEN = "5a1c0de0b5e1ead0411c1ba7e5d0c0de"
NOT_MANAGER = "Access denied. You are not a manager of specified application."
NOT_ALLOWED = (
    "Access denied. Flow gift card purchase is not allowed for specified application's company."
)
BAD_APP_OR_AUTH = "Please provide valid app_token value and auth-token header."
NOT_ACTIVATED = (
    "Your company is not yet activated for production requests. Please contact your "
    "account manager at Dots.eco to activate it."
)
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_FALLBACK_PRODUCT = {
    "title": "Lorem flow card",
    "sku": "123kdfgf",
    "redeem_url": "https://flow.dots.eco",
    "card_image": "https://impact.dots.eco/sites/default/files/flow-card.png",
    "redeem_instructions": "Redeem the code at the redeem URL.",
}


class DotsEcoSimulator(Simulator):
    provider = "dots_eco"
    validation_statuses: ClassVar[tuple[int, ...]] = (422, 404, 403)
    auth_statuses: ClassVar[tuple[int, ...]] = (403,)
    not_found_statuses: ClassVar[tuple[int, ...]] = (404, 403)
    tag_field: ClassVar[str] = "message"  # the fault campaign's tag
    money_keys: ClassVar[tuple[str, ...]] = ("code",)
    # A faithful Dots.eco rejects schema-valid cards for applications or SKUs it does not know and
    # expiration dates outside tomorrow .. today + 5 years (422).
    contract_expectations: ClassVar[dict[str, dict[str, list[str]]]] = {
        "addFlowCard": {"positive_data_acceptance": ["2xx", "422"]},
    }
    # Years an expiration date may lie ahead (and the default when none is given).
    max_years: ClassVar[int] = 5

    # -- data ---------------------------------------------------------------------------

    def tagged_call(self, n: int, rng: random.Random, marker: str) -> TaggedCall:
        """A card of one of the fixture app's products, without the example's (past) expiry."""
        body = self.request_example("addFlowCard")
        body.pop("expiration_date", None)  # the example's date is in the past of the clock
        body["app_token"] = self.fixtures["app_token"]
        body["sku"] = self.fixtures["skus"][n % len(self.fixtures["skus"])]
        tag = f"de-{n:06d}-{rng.getrandbits(32):08x}"
        body["message"] = tag
        return TaggedCall("addFlowCard", body, (tag,))

    @classmethod
    def rule_breakers(cls, today: date) -> list[RuleBreaker]:
        beyond = today + timedelta(days=5 * 366 + 2)
        return [
            ("addFlowCard", rule, _setter("expiration_date", value))
            for rule, value in (
                ("expiration_date today", today.isoformat()),
                ("expiration_date in the past", (today - timedelta(days=30)).isoformat()),
                ("expiration_date beyond 5 years", beyond.isoformat()),
            )
        ]

    def make_fixtures(self) -> dict[str, Any]:
        """The applications the spec's examples name, each with the catalogue its
        listFlowCards example shows, purchase allowed and the documented balance."""
        products = _list_example(self.index) or [dict(_FALLBACK_PRODUCT)]
        balance = _balance_example(self.index)
        apps = {}
        for token in _app_tokens(self.index):
            apps[token] = {
                "products": copy.deepcopy(products),
                "amounts": {p["sku"]: "10.30" for p in products},
                "flow_card_purchase": True,
                "activated": True,
                "balance": balance,
            }
        first = next(iter(apps))
        return {
            "credentials": {
                "dotsEcoWriteToken": [WRITE_TOKEN],
                "dotsEcoReadOnlyToken": [READ_TOKEN],
            },
            "connect": {"write_token": WRITE_TOKEN, "read_token": READ_TOKEN},
            "write_token": WRITE_TOKEN,
            "read_token": READ_TOKEN,
            "app_token": first,
            "skus": [p["sku"] for p in products],
            "apps": apps,
        }

    def error_body(
        self,
        status: int,
        message: str,
        *,
        op: Operation | None = None,
        errors: list[FieldError] | None = None,
        code: str | None = None,
    ) -> Any:
        if status == 422:
            fields: dict[str, list[str]] = {}
            for error in errors or []:
                for name, text in _laravel(error):
                    fields.setdefault(name, [])
                    if text not in fields[name]:
                        fields[name].append(text)
            return {"success": False, "errors": fields or {"request": [message]}}
        if status == 404 and errors:
            message = "The app_token is invalid."
        elif status == 403 and errors:
            message = BAD_APP_OR_AUTH
        return {"message": message}

    def auth_message(self, op: Operation, missing: bool) -> str:
        return BAD_APP_OR_AUTH if op.operation_id == "listFlowCards" else NOT_MANAGER

    # -- rules --------------------------------------------------------------------------

    def today(self) -> date:
        """The server's calendar date (UTC: the zone is not documented)."""
        return self.clock.datetime().date()

    def expiration_window(self) -> tuple[date, date]:
        today = self.today()
        return today + timedelta(days=1), _add_years(today, self.max_years)

    def _app(self, token: str, *, missing: Exception) -> dict[str, Any]:
        app: dict[str, Any] | None = self.fixtures["apps"].get(token)
        if app is None:
            raise missing
        return app

    # -- handlers -----------------------------------------------------------------------

    @handles("addFlowCard")
    def add_flow_card(self, call: Call) -> Any:
        body = call.body
        app = self._app(
            body["app_token"], missing=_invalid("app_token", "The app_token is invalid.")
        )
        if not app["flow_card_purchase"]:
            raise ProviderError(403, {"message": NOT_ALLOWED})
        product = next((p for p in app["products"] if p["sku"] == body["sku"]), None)
        if product is None:
            raise _invalid("sku", "The sku is invalid.")
        created = self.clock.datetime().replace(tzinfo=None, microsecond=0)
        if body.get("expiration_date") is not None:
            expires = date.fromisoformat(body["expiration_date"])
            earliest, latest = self.expiration_window()
            if expires < earliest:
                raise _invalid(
                    "expiration_date",
                    f"The minimum expiration_date should be {earliest.isoformat()}.",
                )
            if expires > latest:
                raise _invalid(
                    "expiration_date",
                    f"The maximum expiration_date should be {latest.isoformat()}.",
                )
            expiration = f"{expires.isoformat()} 00:00:00"
        else:
            default = datetime.combine(_add_years(created.date(), self.max_years), created.time())
            expiration = default.strftime("%Y-%m-%d %H:%M:%S")
        cards = self.store["flow_cards"]
        card_id = str(len(cards) + 1)
        amount = app["amounts"].get(product["sku"], "10.30")
        app_id = body["app_token"].split("-", 1)[0]
        code = f"{app_id}-{product['sku']}-{_short_amount(amount)}-{self.new_id(width=8)}"
        card = {
            "sku": product["sku"],
            "title": product["title"],
            "redeem_url": product["redeem_url"],
            "card_image": product["card_image"],
            "redeem_instructions": product["redeem_instructions"],
            "code": code,
            "card_id": card_id,
            "amount": amount,
            "expiration_date": expiration,
            "recipient_email": body.get("recipient_email"),
            "recipient_name": body.get("recipient_name"),
            "from": body.get("from"),
            "message": body.get("message"),
        }
        cards.add(card_id, {**card, "app_token": body["app_token"]})
        call.issue(reference=card_id, payload=body)
        return {"success": True, "response": card}

    @handles("listFlowCards")
    def list_flow_cards(self, call: Call) -> Any:
        app = self._app(
            call.path["app_token"], missing=ProviderError(403, {"message": BAD_APP_OR_AUTH})
        )
        if not app["flow_card_purchase"]:
            raise ProviderError(403, {"message": NOT_ALLOWED})
        return copy.deepcopy(app["products"])

    @handles("getApplicationBalance")
    def get_application_balance(self, call: Call) -> Any:
        app = self._app(
            call.path["app_token"],
            missing=ProviderError(404, {"message": "The app_token is invalid."}),
        )
        if not app["activated"]:
            raise ProviderError(403, {"message": NOT_ACTIVATED})
        return {"balance": app["balance"]}


def _setter(key: str, value: Any) -> Any:
    return lambda body: body.__setitem__(key, value)


def _invalid(field: str, message: str) -> Exception:
    from ._core import ValidationFailed

    return ValidationFailed([FieldError("body", (field,), "invalid", message)])


def _laravel(error: FieldError) -> list[tuple[str, str]]:
    """(field, message) pairs in Dots.eco's wording for one broken rule."""
    if not error.path:
        if error.kind == "required" or error.kind == "type" or error.kind == "invalid":
            # No JSON object at all: neither required field was provided.
            return [("app_token", "The app_token is required."), ("sku", "The sku is required.")]
        return [("request", error.message)]
    name = str(error.path[0])
    if error.kind == "invalid":
        return [(name, error.message)]  # already worded by a handler
    if error.kind == "required":
        return [(name, f"The {name} is required.")]
    if name == "expiration_date" and isinstance(error.value, str) and not _DAY.match(error.value):
        return [(name, "The expiration_date format should be YYYY-mm-dd.")]
    return [(name, f"The {name} is invalid.")]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February -> 28 February
        return day.replace(year=day.year + years, day=28)


def _short_amount(amount: str) -> str:
    """`10.30` -> `10.3`, as in the documented card code `1-123kdfgf-10.3-e8ba0fc0`."""
    return amount.rstrip("0").rstrip(".") if "." in amount else amount


def _list_example(index: Any) -> list[dict[str, Any]]:
    for value in index.response_examples("listFlowCards", 200).values():
        if isinstance(value, list) and value:
            return copy.deepcopy(value)
    return []


def _balance_example(index: Any) -> float:
    for value in index.response_examples("getApplicationBalance", 200).values():
        if isinstance(value, dict) and isinstance(value.get("balance"), int | float):
            return (
                float(value["balance"])
                if isinstance(value["balance"], float)
                else int(value["balance"])
            )
    return 15


def _app_tokens(index: Any) -> list[str]:
    """app_token values the spec's examples use (request bodies, then path parameters)."""
    found: list[str] = []
    add = index.operations["addFlowCard"]
    for content in add.body_media_types.values():
        for example in (content.get("examples") or {}).values():
            value = example.get("value") if isinstance(example, dict) else None
            if isinstance(value, dict) and isinstance(value.get("app_token"), str):
                found.append(value["app_token"])
    for op_id in ("listFlowCards", "getApplicationBalance"):
        found += [str(v) for v in index.parameter_examples(op_id, "app_token")]
    return list(dict.fromkeys(found)) or ["1-f2b086b3"]


__all__ = ["DotsEcoSimulator"]
