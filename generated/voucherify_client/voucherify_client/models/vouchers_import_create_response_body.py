# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VouchersImportCreateResponseBody")


@_attrs_define
class VouchersImportCreateResponseBody:
    """Response to requests that are processed asynchronously: the ID of the scheduled async action. Does not mean that any
    voucher was created yet.

        Attributes:
            async_action_id (str): The ID of the scheduled asynchronous action (pass it to get-async-action).
    """

    async_action_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        async_action_id = self.async_action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "async_action_id": async_action_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        async_action_id = d.pop("async_action_id")

        vouchers_import_create_response_body = cls(
            async_action_id=async_action_id,
        )

        vouchers_import_create_response_body.additional_properties = d
        return vouchers_import_create_response_body

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
