# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucherify_discount_unit_multiple_effect import VoucherifyDiscountUnitMultipleEffect
from ..models.voucherify_discount_unit_multiple_type import VoucherifyDiscountUnitMultipleType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherifyDiscountUnitMultiple")


@_attrs_define
class VoucherifyDiscountUnitMultiple:
    """Free units of several products or SKUs.

    Attributes:
        type_ (VoucherifyDiscountUnitMultipleType): Discount type.
        units (list[VoucherifyDiscountUnitMultipleOneUnit]):
        effect (VoucherifyDiscountUnitMultipleEffect | Unset): Defines how the discount is applied to the customer's
            order. Default: VoucherifyDiscountUnitMultipleEffect.ADD_MANY_ITEMS.
    """

    type_: VoucherifyDiscountUnitMultipleType
    units: list[VoucherifyDiscountUnitMultipleOneUnit]
    effect: VoucherifyDiscountUnitMultipleEffect | Unset = VoucherifyDiscountUnitMultipleEffect.ADD_MANY_ITEMS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = (
                self.effect.value if not isinstance(self.effect, UnknownEnumValue) else self.effect.reject("effect")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "units": units,
            }
        )
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VoucherifyDiscountUnitMultipleType.parse(d.pop("type"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = VoucherifyDiscountUnitMultipleOneUnit.from_dict(units_item_data)

            units.append(units_item)

        _effect = d.pop("effect", UNSET)
        effect: VoucherifyDiscountUnitMultipleEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = VoucherifyDiscountUnitMultipleEffect.parse(_effect)

        voucherify_discount_unit_multiple = cls(
            type_=type_,
            units=units,
            effect=effect,
        )

        voucherify_discount_unit_multiple.additional_properties = d
        return voucherify_discount_unit_multiple

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


from ..models.voucherify_discount_unit_multiple_one_unit import VoucherifyDiscountUnitMultipleOneUnit  # noqa: E402
