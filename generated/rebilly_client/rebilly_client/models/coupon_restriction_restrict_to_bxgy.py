# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_restrict_to_bxgy_type import CouponRestrictionRestrictToBxgyType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionRestrictToBxgy")


@_attrs_define
class CouponRestrictionRestrictToBxgy:
    """ "Buy X get Y" promotion: the plans in `get` are added to an invoice when all plan
    quantities in `buy` are purchased.

        Attributes:
            type_ (CouponRestrictionRestrictToBxgyType):
            buy (list[CouponBxgyItem]): Plan and quantity definitions that must be purchased to receive everything in `get`.
                All `planId` values in this array must be unique.
            get (list[CouponBxgyItem]): Plan and quantity definitions added to a purchase when all of `buy` is met.
                All `planId` values in this array must be unique.
    """

    type_: CouponRestrictionRestrictToBxgyType
    buy: list[CouponBxgyItem]
    get: list[CouponBxgyItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        buy = []
        for buy_item_data in self.buy:
            buy_item = buy_item_data.to_dict()
            buy.append(buy_item)

        get = []
        for get_item_data in self.get:
            get_item = get_item_data.to_dict()
            get.append(get_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "buy": buy,
                "get": get,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionRestrictToBxgyType.parse(d.pop("type"))

        buy = []
        _buy = d.pop("buy")
        for buy_item_data in _buy:
            buy_item = CouponBxgyItem.from_dict(buy_item_data)

            buy.append(buy_item)

        get = []
        _get = d.pop("get")
        for get_item_data in _get:
            get_item = CouponBxgyItem.from_dict(get_item_data)

            get.append(get_item)

        coupon_restriction_restrict_to_bxgy = cls(
            type_=type_,
            buy=buy,
            get=get,
        )

        coupon_restriction_restrict_to_bxgy.additional_properties = d
        return coupon_restriction_restrict_to_bxgy

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


from ..models.coupon_bxgy_item import CouponBxgyItem  # noqa: E402
