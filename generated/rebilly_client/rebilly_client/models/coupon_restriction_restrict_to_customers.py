# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_restrict_to_customers_type import CouponRestrictionRestrictToCustomersType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionRestrictToCustomers")


@_attrs_define
class CouponRestrictionRestrictToCustomers:
    """Restricts a coupon to specific customers.

    Attributes:
        type_ (CouponRestrictionRestrictToCustomersType):
        customer_ids (list[str]): Customer IDs on which a coupon can be applied.
    """

    type_: CouponRestrictionRestrictToCustomersType
    customer_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        customer_ids = self.customer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "customerIds": customer_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionRestrictToCustomersType.parse(d.pop("type"))

        customer_ids = cast(list[str], d.pop("customerIds"))

        coupon_restriction_restrict_to_customers = cls(
            type_=type_,
            customer_ids=customer_ids,
        )

        coupon_restriction_restrict_to_customers.additional_properties = d
        return coupon_restriction_restrict_to_customers

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
