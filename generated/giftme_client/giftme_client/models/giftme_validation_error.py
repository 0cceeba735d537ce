# generated from specs/giftme.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GiftmeValidationError")


@_attrs_define
class GiftmeValidationError:
    """GiftMe's (Laravel-style) validation error: a summary `message` and `errors` keyed by the failing field's dotted path
    as sent (e.g. `orders.0.amount`, `cashier_pin`). A value is usually a list of messages, but the documented
    `cashier_pin` error is a single string.

        Attributes:
            message (str): Summary, e.g. "The given data was invalid."
            errors (GiftmeValidationErrorErrors): Field path -> message list (or, as documented for `cashier_pin`, one
                message string).
    """

    message: str
    errors: GiftmeValidationErrorErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        errors = GiftmeValidationErrorErrors.from_dict(d.pop("errors"))

        giftme_validation_error = cls(
            message=message,
            errors=errors,
        )

        giftme_validation_error.additional_properties = d
        return giftme_validation_error

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


from ..models.giftme_validation_error_errors import GiftmeValidationErrorErrors  # noqa: E402
