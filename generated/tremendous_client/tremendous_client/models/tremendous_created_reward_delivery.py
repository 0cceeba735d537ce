# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_created_reward_delivery_method import TremendousCreatedRewardDeliveryMethod
from ..models.tremendous_created_reward_delivery_status import TremendousCreatedRewardDeliveryStatus
from ..types import UNSET, UnknownEnumValue, Unset, mask_secret

T = TypeVar("T", bound="TremendousCreatedRewardDelivery")


@_attrs_define
class TremendousCreatedRewardDelivery:
    """
    Attributes:
        method (TremendousCreatedRewardDeliveryMethod): How to deliver the reward to the recipient. Delivery Method
            Description EMAIL Deliver the reward to the recipient by email LINK Deliver the reward to the recipient via a
            link. The link can be retrieved on a successfully ordered reward via the /rewards or /rewards/{id} endpoint.
            That link must then be delivered to the recipient out-of-band. PHONE Deliver the reward to the recipient by SMS
        status (TremendousCreatedRewardDeliveryStatus): Current status of the delivery of the reward: * `SCHEDULED` -
            Reward is scheduled for delivery and will be delivered soon. * `FAILED` - Delivery of reward failed (e.g. email
            bounced). * `SUCCEEDED` - Reward was successfully delivered (email or text message delivered or reward link
            active). * `PENDING` - Delivery is pending but not yet scheduled.
        link (str | Unset): Link to redeem the reward at. You need to deliver this link to the recipient. SECRET:
            whoever holds the link can redeem the reward.
    """

    method: TremendousCreatedRewardDeliveryMethod | UnknownEnumValue
    status: TremendousCreatedRewardDeliveryStatus | UnknownEnumValue
    link: str | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value if not isinstance(self.method, UnknownEnumValue) else self.method.reject("method")

        status = self.status.value if not isinstance(self.status, UnknownEnumValue) else self.status.reject("status")

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "status": status,
            }
        )
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = TremendousCreatedRewardDeliveryMethod.parse(d.pop("method"))

        status = TremendousCreatedRewardDeliveryStatus.parse(d.pop("status"))

        link = d.pop("link", UNSET)

        tremendous_created_reward_delivery = cls(
            method=method,
            status=status,
            link=link,
        )

        tremendous_created_reward_delivery.additional_properties = d
        return tremendous_created_reward_delivery

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
