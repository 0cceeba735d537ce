# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="ValidityHoursDaily")


@_attrs_define
class ValidityHoursDaily:
    """One recurring period.

    Attributes:
        start_time (str | Unset): Starting hour of validity in the HH:mm format.
        days_of_week (list[ValidityDayOfWeekItem] | Unset): Days of the week on which the voucher is valid: `0` Sunday,
            `1` Monday, `2` Tuesday, `3` Wednesday, `4` Thursday, `5` Friday, `6` Saturday.
        expiration_time (str | Unset): Ending hour of validity in the HH:mm format.
    """

    start_time: str | Unset = UNSET
    days_of_week: list[ValidityDayOfWeekItem | UnknownEnumValue] | Unset = UNSET
    expiration_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = []
            for componentsschemas_validity_day_of_week_item_data in self.days_of_week:
                componentsschemas_validity_day_of_week_item = (
                    componentsschemas_validity_day_of_week_item_data.value
                    if not isinstance(componentsschemas_validity_day_of_week_item_data, UnknownEnumValue)
                    else componentsschemas_validity_day_of_week_item_data.reject(
                        "/components/schemas/ValidityDayOfWeek_item"
                    )
                )
                days_of_week.append(componentsschemas_validity_day_of_week_item)

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)

        _days_of_week = d.pop("days_of_week", UNSET)
        days_of_week: list[ValidityDayOfWeekItem | UnknownEnumValue] | Unset = UNSET
        if _days_of_week is not UNSET:
            days_of_week = []
            for componentsschemas_validity_day_of_week_item_data in _days_of_week:
                componentsschemas_validity_day_of_week_item = ValidityDayOfWeekItem.parse(
                    componentsschemas_validity_day_of_week_item_data
                )

                days_of_week.append(componentsschemas_validity_day_of_week_item)

        expiration_time = d.pop("expiration_time", UNSET)

        validity_hours_daily = cls(
            start_time=start_time,
            days_of_week=days_of_week,
            expiration_time=expiration_time,
        )

        validity_hours_daily.additional_properties = d
        return validity_hours_daily

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
