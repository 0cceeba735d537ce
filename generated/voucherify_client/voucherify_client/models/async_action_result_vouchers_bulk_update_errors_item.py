# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AsyncActionResultVouchersBulkUpdateErrorsItem")


@_attrs_define
class AsyncActionResultVouchersBulkUpdateErrorsItem:
    """
    Attributes:
        message (str): A human-readable message providing a short description of the error.
        details (str): A human-readable message providing more details about the error.
        key (str): Short string describing the kind of error which occurred.
        code (str): Code of the voucher for which the error occurred.
    """

    message: str
    details: str
    key: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        details = self.details

        key = self.key

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "details": details,
                "key": key,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        details = d.pop("details")

        key = d.pop("key")

        code = d.pop("code")

        async_action_result_vouchers_bulk_update_errors_item = cls(
            message=message,
            details=details,
            key=key,
            code=code,
        )

        async_action_result_vouchers_bulk_update_errors_item.additional_properties = d
        return async_action_result_vouchers_bulk_update_errors_item

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
