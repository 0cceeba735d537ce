# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncActionResultVouchersImport")


@_attrs_define
class AsyncActionResultVouchersImport:
    """Result schema for a `VOUCHERS.IMPORT` async action type.

    Attributes:
        message (str | Unset): A human-readable message providing a short description about the result.
        failed (list[AsyncActionResultVouchersImportFailedItem] | Unset): If any records failed during the process, this
            array shows the failure details.
        done_count (int | Unset): Number of resources processed successfully.
        failed_count (int | Unset): Number of resources failed to process.
    """

    message: str | Unset = UNSET
    failed: list[AsyncActionResultVouchersImportFailedItem] | Unset = UNSET
    done_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        done_count = self.done_count

        failed_count = self.failed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if failed is not UNSET:
            field_dict["failed"] = failed
        if done_count is not UNSET:
            field_dict["done_count"] = done_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _failed = d.pop("failed", UNSET)
        failed: list[AsyncActionResultVouchersImportFailedItem] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = AsyncActionResultVouchersImportFailedItem.from_dict(failed_item_data)

                failed.append(failed_item)

        done_count = d.pop("done_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        async_action_result_vouchers_import = cls(
            message=message,
            failed=failed,
            done_count=done_count,
            failed_count=failed_count,
        )

        async_action_result_vouchers_import.additional_properties = d
        return async_action_result_vouchers_import

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


from ..models.async_action_result_vouchers_import_failed_item import AsyncActionResultVouchersImportFailedItem  # noqa: E402
