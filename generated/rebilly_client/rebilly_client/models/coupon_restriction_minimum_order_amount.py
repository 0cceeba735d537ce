# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_minimum_order_amount_type import CouponRestrictionMinimumOrderAmountType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionMinimumOrderAmount")


@_attrs_define
class CouponRestrictionMinimumOrderAmount:
    """Minimum order amount for a coupon application: with an amount of 20 USD the coupon is only
    applied to invoices totalling 20 USD or more.

        Attributes:
            type_ (CouponRestrictionMinimumOrderAmountType):
            amount (float): Minimum order amount that is required to apply the coupon, in major currency units of
                `currency` (the official description's example is "$20").
            currency (str): Currency code in ISO 4217 format (e.g. USD).
    """

    type_: CouponRestrictionMinimumOrderAmountType
    amount: float
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        amount = self.amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionMinimumOrderAmountType.parse(d.pop("type"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        coupon_restriction_minimum_order_amount = cls(
            type_=type_,
            amount=amount,
            currency=currency,
        )

        coupon_restriction_minimum_order_amount.additional_properties = d
        return coupon_restriction_minimum_order_amount

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
