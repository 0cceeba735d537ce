# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncActionResult")


@_attrs_define
class AsyncActionResult:
    """Union of the documented result shapes. Imports (`VOUCHERS.IMPORT`, `*.IMPORT_CSV`, `ORDERS.IMPORT`) use `message`,
    `failed`, `done_count`, `failed_count`; bulk/metadata updates use `done_count`, `failed_count`, `reports`,
    `reports_available_till`, `errors`.

        Attributes:
            message (str | Unset): A human-readable short description of the result, e.g. "0 voucher(s) imported
                successfully, 3 failed."
            failed (list[AsyncActionFailedItem] | Unset): If any records failed during the process, this array shows the
                failure details.
            done_count (int | Unset): Number of resources processed successfully (for an import, vouchers created).
            failed_count (int | Unset): Number of resources that failed to process.
            reports (list[str] | Unset): List of URLs to report files (bulk/metadata updates).
            reports_available_till (datetime.datetime | Unset): Timestamp until the reports are available.
            errors (list[AsyncActionError] | Unset): List of errors encountered during processing (bulk/metadata updates).
    """

    message: str | Unset = UNSET
    failed: list[AsyncActionFailedItem] | Unset = UNSET
    done_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    reports: list[str] | Unset = UNSET
    reports_available_till: datetime.datetime | Unset = UNSET
    errors: list[AsyncActionError] | Unset = UNSET
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

        reports: list[str] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = self.reports

        reports_available_till: str | Unset = UNSET
        if not isinstance(self.reports_available_till, Unset):
            reports_available_till = self.reports_available_till.isoformat()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

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
        if reports is not UNSET:
            field_dict["reports"] = reports
        if reports_available_till is not UNSET:
            field_dict["reports_available_till"] = reports_available_till
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _failed = d.pop("failed", UNSET)
        failed: list[AsyncActionFailedItem] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = AsyncActionFailedItem.from_dict(failed_item_data)

                failed.append(failed_item)

        done_count = d.pop("done_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        reports = cast(list[str], d.pop("reports", UNSET))

        _reports_available_till = d.pop("reports_available_till", UNSET)
        reports_available_till: datetime.datetime | Unset
        if isinstance(_reports_available_till, Unset):
            reports_available_till = UNSET
        else:
            reports_available_till = datetime.datetime.fromisoformat(_reports_available_till)

        _errors = d.pop("errors", UNSET)
        errors: list[AsyncActionError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = AsyncActionError.from_dict(errors_item_data)

                errors.append(errors_item)

        async_action_result = cls(
            message=message,
            failed=failed,
            done_count=done_count,
            failed_count=failed_count,
            reports=reports,
            reports_available_till=reports_available_till,
            errors=errors,
        )

        async_action_result.additional_properties = d
        return async_action_result

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


from ..models.async_action_error import AsyncActionError  # noqa: E402
from ..models.async_action_failed_item import AsyncActionFailedItem  # noqa: E402
