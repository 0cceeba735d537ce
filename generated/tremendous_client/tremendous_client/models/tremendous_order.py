# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_order_channel import TremendousOrderChannel
from ..models.tremendous_order_status import TremendousOrderStatus
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousOrder")


@_attrs_define
class TremendousOrder:
    """
    Attributes:
        id (str): Tremendous ID of the order
        created_at (datetime.datetime): Date the order has been created
        status (TremendousOrderStatus): Execution status of a given order Status Description CANCELED The order and all
            of its rewards were canceled. OPEN The order has been created, but hasn't yet been processed. EXECUTED The order
            has been executed. Payment has been handled and rewards are being delivered (if applicable). FAILED The order
            could not be processed due to an error. E.g. due to insufficient funds in the account. PENDING APPROVAL The
            order has been created but needs approval to be executed. PENDING INTERNAL PAYMENT APPROVAL The order has been
            created but it is under review and requires approval from our team.
        external_id (None | str | Unset): Reference for this order, supplied by the customer. When set, `external_id`
            makes order idempotent. All requests that use the same `external_id` after the initial order creation, will
            result in a response that returns the data of the initially created order. The response will have a `201`
            response code. These responses **fail** to create any further orders. It also allows for retrieving by
            `external_id` instead of `id` only.
        campaign_id (None | str | Unset): ID of the campaign in your account, that defines the available products
            (different gift cards, charity, etc.) that the recipient can choose from.
        channel (TremendousOrderChannel | Unset): Name of the channel in which the order was created
        payment (TremendousOrderPayment | Unset):
        invoice_id (str | Unset): The ID for the invoice associated with this order
        rewards (list[TremendousOrderReward] | Unset):
    """

    id: str
    created_at: datetime.datetime
    status: TremendousOrderStatus | UnknownEnumValue
    external_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    channel: TremendousOrderChannel | UnknownEnumValue | Unset = UNSET
    payment: TremendousOrderPayment | Unset = UNSET
    invoice_id: str | Unset = UNSET
    rewards: list[TremendousOrderReward] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        status = self.status.value if not isinstance(self.status, UnknownEnumValue) else self.status.reject("status")

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = (
                self.channel.value if not isinstance(self.channel, UnknownEnumValue) else self.channel.reject("channel")
            )

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        invoice_id = self.invoice_id

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "status": status,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if payment is not UNSET:
            field_dict["payment"] = payment
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if rewards is not UNSET:
            field_dict["rewards"] = rewards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        status = TremendousOrderStatus.parse(d.pop("status"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        _channel = d.pop("channel", UNSET)
        channel: TremendousOrderChannel | UnknownEnumValue | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = TremendousOrderChannel.parse(_channel)

        _payment = d.pop("payment", UNSET)
        payment: TremendousOrderPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = TremendousOrderPayment.from_dict(_payment)

        invoice_id = d.pop("invoice_id", UNSET)

        _rewards = d.pop("rewards", UNSET)
        rewards: list[TremendousOrderReward] | Unset = UNSET
        if _rewards is not UNSET:
            rewards = []
            for rewards_item_data in _rewards:
                rewards_item = TremendousOrderReward.from_dict(rewards_item_data)

                rewards.append(rewards_item)

        tremendous_order = cls(
            id=id,
            created_at=created_at,
            status=status,
            external_id=external_id,
            campaign_id=campaign_id,
            channel=channel,
            payment=payment,
            invoice_id=invoice_id,
            rewards=rewards,
        )

        tremendous_order.additional_properties = d
        return tremendous_order

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


from ..models.tremendous_order_payment import TremendousOrderPayment  # noqa: E402
from ..models.tremendous_order_reward import TremendousOrderReward  # noqa: E402
