# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucherify_discount_unit_effect import VoucherifyDiscountUnitEffect
from ..models.voucherify_discount_unit_type import VoucherifyDiscountUnitType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherifyDiscountUnit")


@_attrs_define
class VoucherifyDiscountUnit:
    """Free units of one product or SKU (also used for free shipping with `unit_type: prod_5h1pp1ng`).

    Attributes:
        type_ (VoucherifyDiscountUnitType): Discount type.
        unit_type (str): The product or SKU ID deemed as free (e.g. `prod_0a9f9aeddb019a42db`).
        unit_off (int | Unset): Number of units to be granted a full value discount.
        unit_off_formula (str | Unset): Formula used to dynamically calculate the number of units.
        effect (VoucherifyDiscountUnitEffect | Unset): Defines how the unit is added to the customer's order.
        product (SimpleProductDiscountUnit | Unset): Contains information about the product.
        sku (SimpleSkuDiscountUnit | Unset): Contains information about the SKU.
        is_dynamic (bool | Unset): Flag indicating whether the discount was calculated using a formula.
    """

    type_: VoucherifyDiscountUnitType
    unit_type: str
    unit_off: int | Unset = UNSET
    unit_off_formula: str | Unset = UNSET
    effect: VoucherifyDiscountUnitEffect | UnknownEnumValue | Unset = UNSET
    product: SimpleProductDiscountUnit | Unset = UNSET
    sku: SimpleSkuDiscountUnit | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        unit_type = self.unit_type

        unit_off = self.unit_off

        unit_off_formula = self.unit_off_formula

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = (
                self.effect.value if not isinstance(self.effect, UnknownEnumValue) else self.effect.reject("effect")
            )

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        sku: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku.to_dict()

        is_dynamic = self.is_dynamic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "unit_type": unit_type,
            }
        )
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_off_formula is not UNSET:
            field_dict["unit_off_formula"] = unit_off_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VoucherifyDiscountUnitType.parse(d.pop("type"))

        unit_type = d.pop("unit_type")

        unit_off = d.pop("unit_off", UNSET)

        unit_off_formula = d.pop("unit_off_formula", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: VoucherifyDiscountUnitEffect | UnknownEnumValue | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = VoucherifyDiscountUnitEffect.parse(_effect)

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

        is_dynamic = d.pop("is_dynamic", UNSET)

        voucherify_discount_unit = cls(
            type_=type_,
            unit_type=unit_type,
            unit_off=unit_off,
            unit_off_formula=unit_off_formula,
            effect=effect,
            product=product,
            sku=sku,
            is_dynamic=is_dynamic,
        )

        voucherify_discount_unit.additional_properties = d
        return voucherify_discount_unit

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
