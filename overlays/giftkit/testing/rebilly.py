"""Rebilly simulator: the coupon lifecycle, RFC 9457 problem details, organization rate limits."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, ClassVar

from ._core import (
    Call,
    FieldError,
    ProviderError,
    RateWindow,
    Request,
    Response,
    Simulator,
    handles,
)
from ._families import RuleBreaker, TaggedCall
from ._spec import Operation

API_KEY = "sk_sandbox_sim_rebilly"
JWT = "sim.rebilly.jwt"
APP_JWT = "sim.rebilly.application-jwt"
ORGANIZATION = "sim-organization"
_TITLES = {
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Invalid data",
    429: "Too Many Requests",
}


class RebillySimulator(Simulator):
    provider = "rebilly"
    server_variables: ClassVar[dict[str, str]] = {"organizationId": ORGANIZATION}
    validation_statuses: ClassVar[tuple[int, ...]] = (422,)
    auth_statuses: ClassVar[tuple[int, ...]] = (401, 403)
    conflict_statuses: ClassVar[tuple[int, ...]] = (409,)
    # Sandbox: 3000 non-GET requests per 10 minutes per organization.
    documented_rate_limit: ClassVar[tuple[int, float] | None] = (3000, 600.0)
    # A faithful Rebilly rejects schema-valid coupons whose expiredTime is not after issuedTime
    # (a cross-field rule), and expirations of coupons that are already expired (409).
    tag_field: ClassVar[str] = "description"  # the fault campaign's tag
    money_keys: ClassVar[tuple[str, ...]] = ("id",)
    contract_expectations: ClassVar[dict[str, dict[str, list[str]]]] = {
        "PostCoupon": {"positive_data_acceptance": ["2xx", "422"]},
        "PutCoupon": {"positive_data_acceptance": ["2xx", "404", "409", "422"]},
        "PostCouponExpiration": {"positive_data_acceptance": ["2xx", "404", "409", "422"]},
    }

    def tagged_call(self, n: int, rng: random.Random, marker: str) -> TaggedCall:
        """Every fourth call is an upsert by a caller-chosen code: idempotent, retried safely."""
        body = self.request_example("PostCoupon")
        tag = f"rb-{n:06d}-{rng.getrandbits(32):08x}"
        body["description"] = tag
        if n % 4 == 3:
            code = f"{marker}CPN{n:06d}{rng.getrandbits(24):06x}"
            return TaggedCall("PutCoupon", body, (tag,), {"id": code})
        return TaggedCall("PostCoupon", body, (tag,))

    @classmethod
    def rule_breakers(cls, today: date) -> list[RuleBreaker]:
        def backwards(body: Any) -> None:
            body["issuedTime"] = "2030-01-02T00:00:00Z"
            body["expiredTime"] = "2030-01-01T00:00:00Z"

        rule = "expiredTime not later than issuedTime"
        return [(op_id, rule, backwards) for op_id in ("PostCoupon", "PutCoupon")]

    def handle(self, request: Request) -> Response:
        # Rebilly's own SDKs create by `POST .../coupons/`: a trailing slash names the same
        # resource (rebilly-js-sdk src/resources/coupons-resource.js).
        if len(request.path) > 1 and request.path.endswith("/"):
            request = dataclasses.replace(request, path=request.path.rstrip("/") or "/")
        return super().handle(request)

    def make_fixtures(self) -> dict[str, Any]:
        return {
            "credentials": {"SecretApiKey": [API_KEY], "JWT": [JWT], "ApplicationJWT": [APP_JWT]},
            "connect": {"api_key": API_KEY, "organization_id": ORGANIZATION},
            "organization_id": ORGANIZATION,
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
        title = _TITLES.get(status, "Error")
        body: dict[str, Any] = {
            "type": f"https://api.rebilly.com/errors/{title.lower().replace(' ', '-')}",
            "title": title,
            "status": status,
            "detail": message,
        }
        if errors:
            body["detail"] = "Invalid data sent"
            body["invalidFields"] = [
                {"field": e.dotted or "body", "message": e.message} for e in errors
            ]
        return body

    def auth_message(self, op: Any, missing: bool) -> str:
        return "Authentication required" if missing else "Invalid credentials"

    def rate_limit_headers(self, window: RateWindow, now: float) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(window.limit),
            "X-RateLimit-Remaining": str(window.remaining),
            "X-RateLimit-Retry-After": str(int(window.reset_at + 0.999)),
            "Retry-After": str(int(window.reset_in(now) + 0.999)),
        }

    def load_examples(self) -> None:
        """Coupons the spec's examples name (GetCoupon responses, the `id` path example)."""
        coupons = self.store["coupons"]
        for example in self.index.response_examples("GetCoupon", 200).values():
            coupons.put(example["id"], {k: v for k, v in example.items() if k != "status"})
        first = next(iter(coupons), None)
        for coupon_id in self.index.parameter_examples("GetCoupon", "id"):
            if first is not None and str(coupon_id) not in coupons:
                coupons.put(
                    str(coupon_id),
                    {
                        **first,
                        "id": str(coupon_id),
                        "_links": [{"href": self._url(str(coupon_id)), "rel": "self"}],
                    },
                )

    # -- coupons ------------------------------------------------------------------------

    def _url(self, coupon_id: str) -> str:
        return f"{self.base_url}/coupons/{coupon_id}"

    def _check_times(self, issued: str, expired: str | None, field: str = "expiredTime") -> None:
        if expired and _parse(expired) <= _parse(issued):
            raise _invalid(field, "expiredTime must be later than issuedTime")

    def _status(self, row: dict[str, Any]) -> str:
        now = self.clock.now()
        if row.get("expiredTime") and _parse(row["expiredTime"]).timestamp() <= now:
            return "expired"
        return "issued" if _parse(row["issuedTime"]).timestamp() <= now else "draft"

    def _view(self, row: dict[str, Any]) -> dict[str, Any]:
        return {**row, "status": self._status(row)}

    def _write(
        self, coupon_id: str, body: dict[str, Any], existing: dict[str, Any] | None
    ) -> dict[str, Any]:
        self._check_times(body["issuedTime"], body.get("expiredTime"))
        now = self.timestamp()
        row = {
            "id": coupon_id,
            "discount": body["discount"],
            "restrictions": body.get("restrictions", []),
            "redemptionsCount": existing["redemptionsCount"] if existing else 0,
            "issuedTime": body["issuedTime"],
            "expiredTime": body.get("expiredTime"),
            "revision": existing["revision"] + 1 if existing else 1,
            "createdTime": existing["createdTime"] if existing else now,
            "updatedTime": now,
            "_links": [{"href": self._url(coupon_id), "rel": "self"}],
        }
        for optional in ("description",):
            if optional in body:
                row[optional] = body[optional]
        self.store["coupons"].put(coupon_id, row)
        return row

    @handles("PostCoupon")
    def post_coupon(self, call: Call) -> Any:
        coupon_id = self.new_id(width=8).upper()
        while coupon_id in self.store["coupons"]:
            coupon_id = self.new_id(width=8).upper()
        row = self._write(coupon_id, call.body, None)
        call.issue(reference=coupon_id, payload=call.body)
        return Response(201, self._view(row), {"Location": self._url(coupon_id)})

    @handles("GetCouponCollection")
    def list_coupons(self, call: Call) -> Any:
        rows = [self._view(r) for r in self.store["coupons"]]
        for clause in filter(None, (call.query.get("filter") or "").split(";")):
            name, _, wanted = clause.partition(":")
            values = set(wanted.split(","))
            if name and wanted:
                rows = [r for r in rows if str(r.get(name)) in values]
        for key in reversed(call.query.get("sort") or []):
            name = key.lstrip("-")
            rows.sort(key=_sort_key(name), reverse=key.startswith("-"))
        limit = call.query.get("limit", 100)
        offset = call.query.get("offset", 0)
        page = rows[offset : offset + limit]
        return Response(
            200,
            page,
            {
                "Pagination-Total": str(len(rows)),
                "Pagination-Limit": str(limit),
                "Pagination-Offset": str(offset),
            },
        )

    @handles("GetCoupon")
    def get_coupon(self, call: Call) -> Any:
        row = self.store["coupons"].get(call.path["id"])
        if row is None:
            raise self.not_found(call.op, "Coupon")
        return self._view(row)

    @handles("PutCoupon")
    def put_coupon(self, call: Call) -> Any:
        coupon_id = call.path["id"]
        existing = self.store["coupons"].get(coupon_id)
        if existing is not None and existing["redemptionsCount"]:
            raise self.conflict(call.op, "A redeemed coupon cannot be modified")
        row = self._write(coupon_id, call.body, existing)
        if existing is None:
            call.issue(reference=coupon_id, client_reference=coupon_id, payload=call.body)
            return Response(201, self._view(row), {"Location": self._url(coupon_id)})
        return self._view(row)

    @handles("PostCouponExpiration")
    def expire_coupon(self, call: Call) -> Any:
        row = self.store["coupons"].get(call.path["id"])
        if row is None:
            raise self.not_found(call.op, "Coupon")
        if self._status(row) == "expired":
            raise self.conflict(call.op, "Coupon is already expired")
        # No body is allowed (the official document does not require one): like a null
        # expiredTime, the coupon expires now.
        expired = (call.body or {}).get("expiredTime") or self.timestamp()
        self._check_times(row["issuedTime"], expired)
        row.update(expiredTime=expired, revision=row["revision"] + 1, updatedTime=self.timestamp())
        return Response(201, self._view(row), {"Location": self._url(row["id"])})


def _sort_key(name: str) -> Callable[[dict[str, Any]], tuple[bool, str]]:
    return lambda row: (row.get(name) is None, str(row.get(name)))


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))


def _invalid(field: str, message: str) -> Exception:
    from ._core import ValidationFailed

    return ValidationFailed([FieldError("body", (field,), "invalid", message)])


__all__ = ["ProviderError", "RebillySimulator"]
