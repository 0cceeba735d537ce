# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_restriction_restrict_to_subscriptions_type import CouponRestrictionRestrictToSubscriptionsType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="CouponRestrictionRestrictToSubscriptions")


@_attrs_define
class CouponRestrictionRestrictToSubscriptions:
    """Restricts a coupon to specific order subscriptions.

    Attributes:
        type_ (CouponRestrictionRestrictToSubscriptionsType):
        subscription_ids (list[str]): Subscription IDs on which a coupon can be applied.
    """

    type_: CouponRestrictionRestrictToSubscriptionsType
    subscription_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        subscription_ids = self.subscription_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "subscriptionIds": subscription_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CouponRestrictionRestrictToSubscriptionsType.parse(d.pop("type"))

        subscription_ids = cast(list[str], d.pop("subscriptionIds"))

        coupon_restriction_restrict_to_subscriptions = cls(
            type_=type_,
            subscription_ids=subscription_ids,
        )

        coupon_restriction_restrict_to_subscriptions.additional_properties = d
        return coupon_restriction_restrict_to_subscriptions

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
