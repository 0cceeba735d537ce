# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_reward_delivery_method import TremendousRewardDeliveryMethod
from ..models.tremendous_reward_delivery_status import TremendousRewardDeliveryStatus
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousRewardDelivery")


@_attrs_define
class TremendousRewardDelivery:
    """
    Attributes:
        method (TremendousRewardDeliveryMethod | Unset): How to deliver the reward to the recipient. Delivery Method
            Description EMAIL Deliver the reward to the recipient by email LINK Deliver the reward to the recipient via a
            link. The link can be retrieved on a successfully ordered reward via the /rewards or /rewards/{id} endpoint.
            That link must then be delivered to the recipient out-of-band. PHONE Deliver the reward to the recipient by SMS
        status (TremendousRewardDeliveryStatus | Unset): Current status of the delivery of the reward: * `SCHEDULED` -
            Reward is scheduled for delivery and will be delivered soon. * `FAILED` - Delivery of reward failed (e.g. email
            bounced). * `SUCCEEDED` - Reward was successfully delivered (email or text message delivered or reward link
            active). * `PENDING` - Delivery is pending but not yet scheduled.
    """

    method: TremendousRewardDeliveryMethod | UnknownEnumValue | Unset = UNSET
    status: TremendousRewardDeliveryStatus | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = (
                self.method.value if not isinstance(self.method, UnknownEnumValue) else self.method.reject("method")
            )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = (
                self.status.value if not isinstance(self.status, UnknownEnumValue) else self.status.reject("status")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: TremendousRewardDeliveryMethod | UnknownEnumValue | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = TremendousRewardDeliveryMethod.parse(_method)

        _status = d.pop("status", UNSET)
        status: TremendousRewardDeliveryStatus | UnknownEnumValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TremendousRewardDeliveryStatus.parse(_status)

        tremendous_reward_delivery = cls(
            method=method,
            status=status,
        )

        tremendous_reward_delivery.additional_properties = d
        return tremendous_reward_delivery

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
