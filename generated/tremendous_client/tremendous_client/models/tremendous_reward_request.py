# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousRewardRequest")


@_attrs_define
class TremendousRewardRequest:
    """A single reward, sent to a recipient. Either `products` or `campaign_id` must be specified.

    Attributes:
        campaign_id (None | str | Unset): ID of the campaign in your account, that defines the available products
            (different gift cards, charity, etc.) that the recipient can choose from.
        products (list[str] | Unset): List of IDs of product (different gift cards, charity, etc.) that will be
            available to the recipient to choose from. Providing a `products` array will override the products made
            available by the campaign specified using the `campaign_id` property unless the `products` array is empty. It
            will _not_ override other campaign attributes, like the message and customization of the look and feel.
        value (TremendousRewardValue | Unset):
        recipient (TremendousRecipient | Unset):
        deliver_at (datetime.date | Unset): Timestamp of reward delivery within the next year. Note that if date-time is
            provided, the time values will be ignored.
        custom_fields (list[TremendousCustomFieldRequest] | Unset):
        language (str | Unset): Set this to translate the redemption experience for this reward. Pass a 2-letter
            [ISO-639-1 code](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) for the desired language. Defaults to
            `en`.
        delivery (TremendousDeliveryRequest | Unset):
    """

    campaign_id: None | str | Unset = UNSET
    products: list[str] | Unset = UNSET
    value: TremendousRewardValue | Unset = UNSET
    recipient: TremendousRecipient | Unset = UNSET
    deliver_at: datetime.date | Unset = UNSET
    custom_fields: list[TremendousCustomFieldRequest] | Unset = UNSET
    language: str | Unset = UNSET
    delivery: TremendousDeliveryRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products

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

        language = self.language

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if products is not UNSET:
            field_dict["products"] = products
        if value is not UNSET:
            field_dict["value"] = value
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if deliver_at is not UNSET:
            field_dict["deliver_at"] = deliver_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if language is not UNSET:
            field_dict["language"] = language
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        products = cast(list[str], d.pop("products", UNSET))

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
        custom_fields: list[TremendousCustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = TremendousCustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        language = d.pop("language", UNSET)

        _delivery = d.pop("delivery", UNSET)
        delivery: TremendousDeliveryRequest | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = TremendousDeliveryRequest.from_dict(_delivery)

        tremendous_reward_request = cls(
            campaign_id=campaign_id,
            products=products,
            value=value,
            recipient=recipient,
            deliver_at=deliver_at,
            custom_fields=custom_fields,
            language=language,
            delivery=delivery,
        )

        tremendous_reward_request.additional_properties = d
        return tremendous_reward_request

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


from ..models.tremendous_custom_field_request import TremendousCustomFieldRequest  # noqa: E402
from ..models.tremendous_delivery_request import TremendousDeliveryRequest  # noqa: E402
from ..models.tremendous_recipient import TremendousRecipient  # noqa: E402
from ..models.tremendous_reward_value import TremendousRewardValue  # noqa: E402
