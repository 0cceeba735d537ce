# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucherify_discount_percent_effect import VoucherifyDiscountPercentEffect
from ..models.voucherify_discount_percent_type import VoucherifyDiscountPercentType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherifyDiscountPercent")


@_attrs_define
class VoucherifyDiscountPercent:
    """A percentage off.

    Attributes:
        type_ (VoucherifyDiscountPercentType): Discount type.
        percent_off (float): The percent discount that the customer will receive (a percentage, not money).
        percent_off_formula (str | Unset): Formula used to dynamically calculate the discount.
        amount_limit (float | Unset): Upper limit of the discount, in CENTS (multiplied by 100: a $6 maximum is `600`).
        aggregated_amount_limit (int | Unset): Maximum discount amount per order.
        effect (VoucherifyDiscountPercentEffect | Unset): Defines how the discount is applied to the customer's order.
        is_dynamic (bool | Unset): Flag indicating whether the discount was calculated using a formula.
    """

    type_: VoucherifyDiscountPercentType
    percent_off: float
    percent_off_formula: str | Unset = UNSET
    amount_limit: float | Unset = UNSET
    aggregated_amount_limit: int | Unset = UNSET
    effect: VoucherifyDiscountPercentEffect | UnknownEnumValue | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        percent_off = self.percent_off

        percent_off_formula = self.percent_off_formula

        amount_limit = self.amount_limit

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
                "percent_off": percent_off,
            }
        )
        if percent_off_formula is not UNSET:
            field_dict["percent_off_formula"] = percent_off_formula
        if amount_limit is not UNSET:
            field_dict["amount_limit"] = amount_limit
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
        type_ = VoucherifyDiscountPercentType.parse(d.pop("type"))

        percent_off = d.pop("percent_off")

        percent_off_formula = d.pop("percent_off_formula", UNSET)

        amount_limit = d.pop("amount_limit", UNSET)

        aggregated_amount_limit = d.pop("aggregated_amount_limit", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: VoucherifyDiscountPercentEffect | UnknownEnumValue | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = VoucherifyDiscountPercentEffect.parse(_effect)

        is_dynamic = d.pop("is_dynamic", UNSET)

        voucherify_discount_percent = cls(
            type_=type_,
            percent_off=percent_off,
            percent_off_formula=percent_off_formula,
            amount_limit=amount_limit,
            aggregated_amount_limit=aggregated_amount_limit,
            effect=effect,
            is_dynamic=is_dynamic,
        )

        voucherify_discount_percent.additional_properties = d
        return voucherify_discount_percent

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
