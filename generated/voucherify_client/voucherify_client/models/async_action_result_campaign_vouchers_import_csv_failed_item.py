# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncActionResultCampaignVouchersImportCsvFailedItem")


@_attrs_define
class AsyncActionResultCampaignVouchersImportCsvFailedItem:
    """
    Attributes:
        code (str | Unset): Unique voucher code.
        row (int | Unset): The CSV file row number where the code definition is recorded. The row counter excludes the
            file headers row.
        reason (str | Unset): Detailed failure cause for the voucher code import.
    """

    code: str | Unset = UNSET
    row: int | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        row = self.row

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if row is not UNSET:
            field_dict["row"] = row
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        row = d.pop("row", UNSET)

        reason = d.pop("reason", UNSET)

        async_action_result_campaign_vouchers_import_csv_failed_item = cls(
            code=code,
            row=row,
            reason=reason,
        )

        async_action_result_campaign_vouchers_import_csv_failed_item.additional_properties = d
        return async_action_result_campaign_vouchers_import_csv_failed_item

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
