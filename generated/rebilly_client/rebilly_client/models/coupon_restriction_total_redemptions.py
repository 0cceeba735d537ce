# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_total_redemptions_type import CouponRestrictionTotalRedemptionsType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionTotalRedemptions")


@_attrs_define
class CouponRestrictionTotalRedemptions:
    """Restricts the number of times a coupon can be redeemed by different customers.

    Attributes:
        type_ (CouponRestrictionTotalRedemptionsType):
        quantity (int): Permitted total number of redemptions.
    """

    type_: CouponRestrictionTotalRedemptionsType
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionTotalRedemptionsType.parse(d.pop("type"))

        quantity = d.pop("quantity")

        coupon_restriction_total_redemptions = cls(
            type_=type_,
            quantity=quantity,
        )

        coupon_restriction_total_redemptions.additional_properties = d
        return coupon_restriction_total_redemptions

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
