# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_context import DiscountContext
from ..models.discount_fixed_type import DiscountFixedType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="DiscountFixed")


@_attrs_define
class DiscountFixed:
    """Coupon fixed amount discount.

    Attributes:
        type_ (DiscountFixedType):
        amount (float): Amount of discount, in major currency units of `currency` (e.g. 1.99 = 1.99 USD),
            not cents.
        currency (str): Currency code in ISO 4217 format (e.g. USD).
        context (DiscountContext | Unset): Context in which the discount applies: `items` (items less discounts),
            `shipping`
            (shipping less discounts) or `items-and-shipping`.
    """

    type_: DiscountFixedType
    amount: float
    currency: str
    context: DiscountContext | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        amount = self.amount

        currency = self.currency

        context: str | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = (
                self.context.value if not isinstance(self.context, UnknownEnumValue) else self.context.reject("context")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "currency": currency,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DiscountFixedType.parse(d.pop("type"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        _context = d.pop("context", UNSET)
        context: DiscountContext | UnknownEnumValue | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = DiscountContext.parse(_context)

        discount_fixed = cls(
            type_=type_,
            amount=amount,
            currency=currency,
            context=context,
        )

        discount_fixed.additional_properties = d
        return discount_fixed

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
