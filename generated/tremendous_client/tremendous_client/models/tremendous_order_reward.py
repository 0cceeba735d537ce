# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousOrderReward")


@_attrs_define
class TremendousOrderReward:
    """
    Attributes:
        id (str | Unset): Tremendous ID of the reward
        order_id (str | Unset): Tremendous ID of the order this reward is part of.
        created_at (datetime.datetime | Unset): Date the reward was created
        expires_at (datetime.datetime | None | Unset): Expiration date of the reward. If null, the reward does not
            expire.
        value (TremendousRewardValue | Unset):
        recipient (TremendousRecipient | Unset):
        deliver_at (datetime.date | Unset): Timestamp of reward delivery within the next year. Note that if date-time is
            provided, the time values will be ignored.
        custom_fields (list[TremendousCustomField] | Unset):
        delivery (TremendousRewardDelivery | Unset):
    """

    id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    value: TremendousRewardValue | Unset = UNSET
    recipient: TremendousRecipient | Unset = UNSET
    deliver_at: datetime.date | Unset = UNSET
    custom_fields: list[TremendousCustomField] | Unset = UNSET
    delivery: TremendousRewardDelivery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        deliver_at: str | Unset = UNSET
        if not isinstance(self.deliver_at, Unset):
            deliver_at = self.deliver_at.isoformat()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if value is not UNSET:
            field_dict["value"] = value
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if deliver_at is not UNSET:
            field_dict["deliver_at"] = deliver_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        order_id = d.pop("order_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        _value = d.pop("value", UNSET)
        value: TremendousRewardValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = TremendousRewardValue.from_dict(_value)

        _recipient = d.pop("recipient", UNSET)
        recipient: TremendousRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = TremendousRecipient.from_dict(_recipient)

        _deliver_at = d.pop("deliver_at", UNSET)
        deliver_at: datetime.date | Unset
        if isinstance(_deliver_at, Unset):
            deliver_at = UNSET
        else:
            deliver_at = datetime.date.fromisoformat(_deliver_at)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[TremendousCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = TremendousCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _delivery = d.pop("delivery", UNSET)
        delivery: TremendousRewardDelivery | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = TremendousRewardDelivery.from_dict(_delivery)

        tremendous_order_reward = cls(
            id=id,
            order_id=order_id,
            created_at=created_at,
            expires_at=expires_at,
            value=value,
            recipient=recipient,
            deliver_at=deliver_at,
            custom_fields=custom_fields,
            delivery=delivery,
        )

        tremendous_order_reward.additional_properties = d
        return tremendous_order_reward

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


from ..models.tremendous_custom_field import TremendousCustomField  # noqa: E402
from ..models.tremendous_recipient import TremendousRecipient  # noqa: E402
from ..models.tremendous_reward_delivery import TremendousRewardDelivery  # noqa: E402
from ..models.tremendous_reward_value import TremendousRewardValue  # noqa: E402
