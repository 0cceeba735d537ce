# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_restrict_to_customer_tags_type import CouponRestrictionRestrictToCustomerTagsType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionRestrictToCustomerTags")


@_attrs_define
class CouponRestrictionRestrictToCustomerTags:
    """Restricts a coupon to customers with specific tags.

    Attributes:
        type_ (CouponRestrictionRestrictToCustomerTagsType):
        tags (list[str]): Customer tags on which a coupon can be applied.
        require_all_tags (bool): `true`: the customer must have all listed tags to redeem the coupon; `false`: at least
            one of the listed tags.
    """

    type_: CouponRestrictionRestrictToCustomerTagsType
    tags: list[str]
    require_all_tags: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        tags = self.tags

        require_all_tags = self.require_all_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tags": tags,
                "requireAllTags": require_all_tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionRestrictToCustomerTagsType.parse(d.pop("type"))

        tags = cast(list[str], d.pop("tags"))

        require_all_tags = d.pop("requireAllTags")

        coupon_restriction_restrict_to_customer_tags = cls(
            type_=type_,
            tags=tags,
            require_all_tags=require_all_tags,
        )

        coupon_restriction_restrict_to_customer_tags.additional_properties = d
        return coupon_restriction_restrict_to_customer_tags

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
