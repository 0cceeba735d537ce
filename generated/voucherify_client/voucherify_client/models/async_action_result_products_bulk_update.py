# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AsyncActionResultProductsBulkUpdate")


@_attrs_define
class AsyncActionResultProductsBulkUpdate:
    """Result details of the async action.

    Attributes:
        done_count (int): Number of items successfully processed.
        failed_count (int): Number of items that failed to be processed.
        reports (list[str]): List of URLs to report files.
        reports_available_till (datetime.datetime): Timestamp until the reports are available.
        errors (list[AsyncActionResultProductsBulkUpdateErrorsItem]): List of errors encountered during processing.
    """

    done_count: int
    failed_count: int
    reports: list[str]
    reports_available_till: datetime.datetime
    errors: list[AsyncActionResultProductsBulkUpdateErrorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        done_count = self.done_count

        failed_count = self.failed_count

        reports = self.reports

        reports_available_till = self.reports_available_till.isoformat()

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "done_count": done_count,
                "failed_count": failed_count,
                "reports": reports,
                "reports_available_till": reports_available_till,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        done_count = d.pop("done_count")

        failed_count = d.pop("failed_count")

        reports = cast(list[str], d.pop("reports"))

        reports_available_till = datetime.datetime.fromisoformat(d.pop("reports_available_till"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = AsyncActionResultProductsBulkUpdateErrorsItem.from_dict(errors_item_data)

            errors.append(errors_item)

        async_action_result_products_bulk_update = cls(
            done_count=done_count,
            failed_count=failed_count,
            reports=reports,
            reports_available_till=reports_available_till,
            errors=errors,
        )

        async_action_result_products_bulk_update.additional_properties = d
        return async_action_result_products_bulk_update

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


from ..models.async_action_result_products_bulk_update_errors_item import AsyncActionResultProductsBulkUpdateErrorsItem  # noqa: E402
