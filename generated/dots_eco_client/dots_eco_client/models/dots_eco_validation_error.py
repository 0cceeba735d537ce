# generated from specs/dots_eco.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DotsEcoValidationError")


@_attrs_define
class DotsEcoValidationError:
    """422 body: `{"success": false, "errors": {"<field>": ["<message>", ...]}}`. The field names are the request's; the
    messages are human-readable English ("The sku is invalid."). There is no machine-readable error code and no request
    id.

        Attributes:
            success (bool): `false` on failure (documented as "[string]"; the examples send the JSON boolean false).
            errors (DotsEcoFieldErrors): Field name -> list of messages. The documented keys are `app_token`, `sku`,
                `expiration_date` and `recipient_email`; other request fields may appear (the map is open, as a map of field
                errors must be).
    """

    success: bool
    errors: DotsEcoFieldErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        errors = DotsEcoFieldErrors.from_dict(d.pop("errors"))

        dots_eco_validation_error = cls(
            success=success,
            errors=errors,
        )

        dots_eco_validation_error.additional_properties = d
        return dots_eco_validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.dots_eco_field_errors import DotsEcoFieldErrors  # noqa: E402
