# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AsyncActionResultCustomersMetadataUpdate")


@_attrs_define
class AsyncActionResultCustomersMetadataUpdate:
    """Result schema for a `CUSTOMERS.METADATA_UPDATE` async action type.

    Attributes:
        errors (list[AsyncActionResultCustomersMetadataUpdateErrorsItem]): List of errors encountered during processing.
    """

    errors: list[AsyncActionResultCustomersMetadataUpdateErrorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = AsyncActionResultCustomersMetadataUpdateErrorsItem.from_dict(errors_item_data)

            errors.append(errors_item)

        async_action_result_customers_metadata_update = cls(
            errors=errors,
        )

        async_action_result_customers_metadata_update.additional_properties = d
        return async_action_result_customers_metadata_update

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


from ..models.async_action_result_customers_metadata_update_errors_item import (
    AsyncActionResultCustomersMetadataUpdateErrorsItem,  # noqa: E402
)
