# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucherify_discount_amount_effect import VoucherifyDiscountAmountEffect
from ..models.voucherify_discount_amount_type import VoucherifyDiscountAmountType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherifyDiscountAmount")


@_attrs_define
class VoucherifyDiscountAmount:
    """A fixed amount off.

    Attributes:
        type_ (VoucherifyDiscountAmountType): Discount type.
        amount_off (float): Amount taken off the subtotal, in CENTS (multiplied by 100: a $10 discount is `1000`).
        amount_off_formula (str | Unset): Formula used to dynamically calculate the discount.
        aggregated_amount_limit (int | Unset): Maximum discount amount per order.
        effect (VoucherifyDiscountAmountEffect | Unset): Defines how the discount is applied to the customer's order.
        is_dynamic (bool | Unset): Flag indicating whether the discount was calculated using a formula.
    """

    type_: VoucherifyDiscountAmountType
    amount_off: float
    amount_off_formula: str | Unset = UNSET
    aggregated_amount_limit: int | Unset = UNSET
    effect: VoucherifyDiscountAmountEffect | UnknownEnumValue | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        amount_off = self.amount_off

        amount_off_formula = self.amount_off_formula

        aggregated_amount_limit = self.aggregated_amount_limit

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
                "amount_off": amount_off,
            }
        )
        if amount_off_formula is not UNSET:
            field_dict["amount_off_formula"] = amount_off_formula
        if aggregated_amount_limit is not UNSET:
            field_dict["aggregated_amount_limit"] = aggregated_amount_limit
        if effect is not UNSET:
            field_dict["effect"] = effect
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VoucherifyDiscountAmountType.parse(d.pop("type"))

        amount_off = d.pop("amount_off")

        amount_off_formula = d.pop("amount_off_formula", UNSET)

        aggregated_amount_limit = d.pop("aggregated_amount_limit", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: VoucherifyDiscountAmountEffect | UnknownEnumValue | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = VoucherifyDiscountAmountEffect.parse(_effect)

        is_dynamic = d.pop("is_dynamic", UNSET)

        voucherify_discount_amount = cls(
            type_=type_,
            amount_off=amount_off,
            amount_off_formula=amount_off_formula,
            aggregated_amount_limit=aggregated_amount_limit,
            effect=effect,
            is_dynamic=is_dynamic,
        )

        voucherify_discount_amount.additional_properties = d
        return voucherify_discount_amount

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
