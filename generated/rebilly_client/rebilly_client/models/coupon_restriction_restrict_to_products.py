# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_restrict_to_products_type import CouponRestrictionRestrictToProductsType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="CouponRestrictionRestrictToProducts")


@_attrs_define
class CouponRestrictionRestrictToProducts:
    """Restricts a coupon to specific products.

    Attributes:
        type_ (CouponRestrictionRestrictToProductsType):
        product_ids (list[str]): Product IDs on which a coupon can be applied.
        minimum_quantity (int | Unset): Minimum quantity that is required to apply the restriction and subsequent
            discount. Default: 1.
    """

    type_: CouponRestrictionRestrictToProductsType
    product_ids: list[str]
    minimum_quantity: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        product_ids = self.product_ids

        minimum_quantity = self.minimum_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "productIds": product_ids,
            }
        )
        if minimum_quantity is not UNSET:
            field_dict["minimumQuantity"] = minimum_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionRestrictToProductsType.parse(d.pop("type"))

        product_ids = cast(list[str], d.pop("productIds"))

        minimum_quantity = d.pop("minimumQuantity", UNSET)

        coupon_restriction_restrict_to_products = cls(
            type_=type_,
            product_ids=product_ids,
            minimum_quantity=minimum_quantity,
        )

        coupon_restriction_restrict_to_products.additional_properties = d
        return coupon_restriction_restrict_to_products

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
