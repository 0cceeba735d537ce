# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_paid_by_time_type import CouponRestrictionPaidByTimeType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionPaidByTime")


@_attrs_define
class CouponRestrictionPaidByTime:
    """Date and time at which a coupon redemption expires if the invoice is not paid.

    Attributes:
        type_ (CouponRestrictionPaidByTimeType):
        time (datetime.datetime): Date and time when a coupon redemption is no longer valid, and the coupon is removed
            from unpaid invoices if applied. This date-time cannot be changed once set.
    """

    type_: CouponRestrictionPaidByTimeType
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionPaidByTimeType.parse(d.pop("type"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        coupon_restriction_paid_by_time = cls(
            type_=type_,
            time=time,
        )

        coupon_restriction_paid_by_time.additional_properties = d
        return coupon_restriction_paid_by_time

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
