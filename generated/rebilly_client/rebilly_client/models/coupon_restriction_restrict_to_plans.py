# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_restrict_to_plans_type import CouponRestrictionRestrictToPlansType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="CouponRestrictionRestrictToPlans")


@_attrs_define
class CouponRestrictionRestrictToPlans:
    """Restricts a coupon to specific pricing plans.

    Attributes:
        type_ (CouponRestrictionRestrictToPlansType):
        plan_ids (list[str]): Plan IDs on which a coupon can be applied.
        minimum_quantity (int | Unset): Minimum quantity that is required to apply the restriction and subsequent
            discount. Default: 1.
    """

    type_: CouponRestrictionRestrictToPlansType
    plan_ids: list[str]
    minimum_quantity: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        plan_ids = self.plan_ids

        minimum_quantity = self.minimum_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "planIds": plan_ids,
            }
        )
        if minimum_quantity is not UNSET:
            field_dict["minimumQuantity"] = minimum_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionRestrictToPlansType.parse(d.pop("type"))

        plan_ids = cast(list[str], d.pop("planIds"))

        minimum_quantity = d.pop("minimumQuantity", UNSET)

        coupon_restriction_restrict_to_plans = cls(
            type_=type_,
            plan_ids=plan_ids,
            minimum_quantity=minimum_quantity,
        )

        coupon_restriction_restrict_to_plans.additional_properties = d
        return coupon_restriction_restrict_to_plans

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
