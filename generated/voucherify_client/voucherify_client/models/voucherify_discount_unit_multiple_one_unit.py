# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucherify_discount_unit_multiple_one_unit_effect import VoucherifyDiscountUnitMultipleOneUnitEffect
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherifyDiscountUnitMultipleOneUnit")


@_attrs_define
class VoucherifyDiscountUnitMultipleOneUnit:
    """One product or SKU of a multiple-unit discount.

    Attributes:
        effect (VoucherifyDiscountUnitMultipleOneUnitEffect): Defines how the unit is added to the customer's order.
        unit_type (str): The product or SKU ID deemed as free.
        unit_off (float | Unset): Number of units to be granted a full value discount.
        unit_off_formula (str | Unset): Formula used to dynamically calculate the number of units.
        product (SimpleProductDiscountUnit | Unset): Contains information about the product.
        sku (SimpleSkuDiscountUnit | Unset): Contains information about the SKU.
    """

    effect: VoucherifyDiscountUnitMultipleOneUnitEffect | UnknownEnumValue
    unit_type: str
    unit_off: float | Unset = UNSET
    unit_off_formula: str | Unset = UNSET
    product: SimpleProductDiscountUnit | Unset = UNSET
    sku: SimpleSkuDiscountUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effect = self.effect.value if not isinstance(self.effect, UnknownEnumValue) else self.effect.reject("effect")

        unit_type = self.unit_type

        unit_off = self.unit_off

        unit_off_formula = self.unit_off_formula

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        sku: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effect": effect,
                "unit_type": unit_type,
            }
        )
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_off_formula is not UNSET:
            field_dict["unit_off_formula"] = unit_off_formula
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = VoucherifyDiscountUnitMultipleOneUnitEffect.parse(d.pop("effect"))

        unit_type = d.pop("unit_type")

        unit_off = d.pop("unit_off", UNSET)

        unit_off_formula = d.pop("unit_off_formula", UNSET)

        _product = d.pop("product", UNSET)
        product: SimpleProductDiscountUnit | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = SimpleProductDiscountUnit.from_dict(_product)

        _sku = d.pop("sku", UNSET)
        sku: SimpleSkuDiscountUnit | Unset
        if isinstance(_sku, Unset):
            sku = UNSET
        else:
            sku = SimpleSkuDiscountUnit.from_dict(_sku)

        voucherify_discount_unit_multiple_one_unit = cls(
            effect=effect,
            unit_type=unit_type,
            unit_off=unit_off,
            unit_off_formula=unit_off_formula,
            product=product,
            sku=sku,
        )

        voucherify_discount_unit_multiple_one_unit.additional_properties = d
        return voucherify_discount_unit_multiple_one_unit

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


from ..models.simple_product_discount_unit import SimpleProductDiscountUnit  # noqa: E402
from ..models.simple_sku_discount_unit import SimpleSkuDiscountUnit  # noqa: E402
