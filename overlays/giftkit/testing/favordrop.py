"""Favordrop simulator: one value-creating operation, `{"message": ...}` errors."""

from __future__ import annotations

from typing import Any, ClassVar

from ._core import Call, FieldError, Simulator, handles

MERCHANT = "64b7f0c2e4a1b2c3d4e5f601"  # the spec's example merchant
ORG_API_KEY = "sim-favordrop-org-key"
JWT = "sim.favordrop.jwt"


class FavordropSimulator(Simulator):
    provider = "favordrop"
    validation_statuses: ClassVar[tuple[int, ...]] = (400,)
    auth_statuses: ClassVar[tuple[int, ...]] = (401,)
    # A faithful Favordrop rejects schema-valid data naming a merchant the organization lacks.
    tag_field: ClassVar[str] = "message"  # the fault campaign's tag
    contract_expectations: ClassVar[dict[str, dict[str, list[str]]]] = {
        "createFavordrop": {"positive_data_acceptance": ["2xx", "400"]},
    }

    def make_fixtures(self) -> dict[str, Any]:
        return {
            "credentials": {"organizationApiKey": [ORG_API_KEY], "favordropJwt": [JWT]},
            "connect": {"organization_api_key": ORG_API_KEY},
            "merchants": [MERCHANT],
            "layouts": ["64b7f0c2e4a1b2c3d4e5f777"],
            # The organization has a toll-free number on file, so `sms` is allowed.
            "toll_free_number": True,
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
        if errors:
            first = errors[0]
            name = first.dotted or "body"
            message = (
                f"{name}: {first.message}"
                if first.kind != "required"
                else (first.message if not first.path else f"{name} is required")
            )
        return {"message": message}

    def auth_message(self, op: Any, missing: bool) -> str:
        return "Unauthorized"

    @handles("createFavordrop")
    def create_favordrop(self, call: Call) -> Any:
        body = call.body
        if body["merchant"] not in self.fixtures["merchants"]:
            raise call.field_error("merchant", message="Merchant not found")
        if "sms" in body.get("send_type", []) and not self.fixtures["toll_free_number"]:
            raise call.field_error("send_type", message="A toll-free number is required for sms")
        favordrop_id = self.new_id()
        self.store["favordrops"].add(favordrop_id, {"id": favordrop_id, **body})
        call.issue(reference=favordrop_id, payload=body)
        return {"message": "Favordrop created successfully"}
