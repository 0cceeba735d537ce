# generated from specs/giftme.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GiftmeValidationErrorErrors")


@_attrs_define
class GiftmeValidationErrorErrors:
    """Field path -> message list (or, as documented for `cashier_pin`, one message string)."""

    additional_properties: dict[str, list[str] | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        giftme_validation_error_errors = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[str] | str:
                failures: list[str] = []
                try:
                    if not isinstance(data, list):
                        raise TypeError("not list")
                    componentsschemas_giftme_field_errors_type_0 = cast(list[str], data)

                    return componentsschemas_giftme_field_errors_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as exc:
                    failures.append(f"list[str]: {type(exc).__name__}: {exc}")
                return cast(list[str] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        giftme_validation_error_errors.additional_properties = additional_properties
        return giftme_validation_error_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
