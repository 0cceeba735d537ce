# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucherify_discount_fixed_effect import VoucherifyDiscountFixedEffect
from ..models.voucherify_discount_fixed_type import VoucherifyDiscountFixedType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherifyDiscountFixed")


@_attrs_define
class VoucherifyDiscountFixed:
    """A fixed price for the order total or the item.

    Attributes:
        type_ (VoucherifyDiscountFixedType): Discount type.
        fixed_amount (float): Fixed value for the order total or the item price, in CENTS (multiplied by 100: $10 is
            `1000`). With `fixed_amount_formula` this is the fallback value.
        fixed_amount_formula (str | Unset): Formula used to dynamically calculate the discount.
        effect (VoucherifyDiscountFixedEffect | Unset): Defines how the discount is applied to the customer's order.
        is_dynamic (bool | Unset): Flag indicating whether the discount was calculated using a formula.
    """

    type_: VoucherifyDiscountFixedType
    fixed_amount: float
    fixed_amount_formula: str | Unset = UNSET
    effect: VoucherifyDiscountFixedEffect | UnknownEnumValue | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        fixed_amount = self.fixed_amount

        fixed_amount_formula = self.fixed_amount_formula

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = (
                self.effect.value if not isinstance(self.effect, UnknownEnumValue) else self.effect.reject("effect")
            )

        is_dynamic = self.is_dynamic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "fixed_amount": fixed_amount,
            }
        )
        if fixed_amount_formula is not UNSET:
            field_dict["fixed_amount_formula"] = fixed_amount_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VoucherifyDiscountFixedType.parse(d.pop("type"))

        fixed_amount = d.pop("fixed_amount")

        fixed_amount_formula = d.pop("fixed_amount_formula", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: VoucherifyDiscountFixedEffect | UnknownEnumValue | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = VoucherifyDiscountFixedEffect.parse(_effect)

        is_dynamic = d.pop("is_dynamic", UNSET)

        voucherify_discount_fixed = cls(
            type_=type_,
            fixed_amount=fixed_amount,
            fixed_amount_formula=fixed_amount_formula,
            effect=effect,
            is_dynamic=is_dynamic,
        )

        voucherify_discount_fixed.additional_properties = d
        return voucherify_discount_fixed

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
