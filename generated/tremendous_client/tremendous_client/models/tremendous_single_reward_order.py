# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousSingleRewardOrder")


@_attrs_define
class TremendousSingleRewardOrder:
    """Request body of createOrder: one reward for one recipient, paid from `payment.funding_source_id`.

    Attributes:
        reward (TremendousRewardRequest): A single reward, sent to a recipient. Either `products` or `campaign_id` must
            be specified.
        external_id (None | str | Unset): Reference for this order, supplied by the customer. When set, `external_id`
            makes order idempotent. All requests that use the same `external_id` after the initial order creation, will
            result in a response that returns the data of the initially created order. The response will have a `201`
            response code. These responses **fail** to create any further orders. It also allows for retrieving by
            `external_id` instead of `id` only.
        payment (TremendousPaymentRequest | Unset):
    """

    reward: TremendousRewardRequest
    external_id: None | str | Unset = UNSET
    payment: TremendousPaymentRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward = self.reward.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reward": reward,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reward = TremendousRewardRequest.from_dict(d.pop("reward"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        _payment = d.pop("payment", UNSET)
        payment: TremendousPaymentRequest | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = TremendousPaymentRequest.from_dict(_payment)

        tremendous_single_reward_order = cls(
            reward=reward,
            external_id=external_id,
            payment=payment,
        )

        tremendous_single_reward_order.additional_properties = d
        return tremendous_single_reward_order

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


from ..models.tremendous_payment_request import TremendousPaymentRequest  # noqa: E402
from ..models.tremendous_reward_request import TremendousRewardRequest  # noqa: E402
