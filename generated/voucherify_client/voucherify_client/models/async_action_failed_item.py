# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncActionFailedItem")


@_attrs_define
class AsyncActionFailedItem:
    """One record that failed; for VOUCHERS.IMPORT `code` and `reason`.

    Attributes:
        code (str | Unset): The voucher code that was not imported.
        row (int | Unset): CSV row number (CSV imports only; the header row is not counted).
        source_id (None | str | Unset): Source ID of the record (customer/product/order imports).
        reason (str | Unset): Detailed failure cause.
    """

    code: str | Unset = UNSET
    row: int | Unset = UNSET
    source_id: None | str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        row = self.row

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if row is not UNSET:
            field_dict["row"] = row
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        row = d.pop("row", UNSET)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        reason = d.pop("reason", UNSET)

        async_action_failed_item = cls(
            code=code,
            row=row,
            source_id=source_id,
            reason=reason,
        )

        async_action_failed_item.additional_properties = d
        return async_action_failed_item

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
