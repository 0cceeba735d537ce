# generated from specs/giftme.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_secret

T = TypeVar("T", bound="GiftmeOrder")


@_attrs_define
class GiftmeOrder:
    """A created gift card order as returned by "Create order". `code`, `pin` and `link` are SECRETS (each is money in
    itself: the link embeds the PIN).

        Attributes:
            sender_name (None | str): Sender's name as sent (optional on the request, hence nullable).
            sender_phone (None | str): Sender's phone (not a request field; null in both documented examples).
            receiver_name (None | str): Receiver's name as sent (optional on the request, hence nullable).
            receiver_phone (None | str): Receiver's phone as sent (nullable because an order may give only
                `receiver_email`).
            amount (int): Value of the gift card as an INTEGER (the request sends it as a string), e.g. 11000. Unit and
                currency not confirmed (see the request's `amount`).
            ticket (bool): Undocumented server-set flag (true and false both appear in the examples).
            self_deliver (bool): Whether the order is self-delivered (a JSON boolean here; a string on the request).
            identifier (None | str): The caller-chosen reference from the request, or null if none was sent.
            descriptor (None | str): The descriptor from the request, or null if none was sent.
            status (str): Order status. Only `complete` is documented; other values (e.g. pending or failed) are not, so no
                enum is imposed.
            code (str): SECRET - the gift card code (12 digits in the examples, e.g. "445675018167"). Money in itself.
            link (str): SECRET - the gift card's redeem link, which embeds the PIN as `?pin=`, e.g.
                https://staging.giftme.link/4kjzN?pin=7286 (staging host in the documented example). Money in itself.
            pin (str): SECRET - the gift card PIN (4 digits in the examples, e.g. "7286"). Money in itself.
    """

    sender_name: None | str
    sender_phone: None | str
    receiver_name: None | str
    receiver_phone: None | str
    amount: int
    ticket: bool
    self_deliver: bool
    identifier: None | str
    descriptor: None | str
    status: str
    code: str = _attrs_field(repr=mask_secret)
    link: str = _attrs_field(repr=mask_secret)
    pin: str = _attrs_field(repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_name: None | str
        sender_name = self.sender_name

        sender_phone: None | str
        sender_phone = self.sender_phone

        receiver_name: None | str
        receiver_name = self.receiver_name

        receiver_phone: None | str
        receiver_phone = self.receiver_phone

        amount = self.amount

        ticket = self.ticket

        self_deliver = self.self_deliver

        identifier: None | str
        identifier = self.identifier

        descriptor: None | str
        descriptor = self.descriptor

        status = self.status

        code = self.code

        link = self.link

        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_name": sender_name,
                "sender_phone": sender_phone,
                "receiver_name": receiver_name,
                "receiver_phone": receiver_phone,
                "amount": amount,
                "ticket": ticket,
                "self_deliver": self_deliver,
                "identifier": identifier,
                "descriptor": descriptor,
                "status": status,
                "code": code,
                "link": link,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_sender_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_name = _parse_sender_name(d.pop("sender_name"))

        def _parse_sender_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_phone = _parse_sender_phone(d.pop("sender_phone"))

        def _parse_receiver_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        receiver_name = _parse_receiver_name(d.pop("receiver_name"))

        def _parse_receiver_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        receiver_phone = _parse_receiver_phone(d.pop("receiver_phone"))

        amount = d.pop("amount")

        ticket = d.pop("ticket")

        self_deliver = d.pop("self_deliver")

        def _parse_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identifier = _parse_identifier(d.pop("identifier"))

        def _parse_descriptor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        descriptor = _parse_descriptor(d.pop("descriptor"))

        status = d.pop("status")

        code = d.pop("code")

        link = d.pop("link")

        pin = d.pop("pin")

        giftme_order = cls(
            sender_name=sender_name,
            sender_phone=sender_phone,
            receiver_name=receiver_name,
            receiver_phone=receiver_phone,
            amount=amount,
            ticket=ticket,
            self_deliver=self_deliver,
            identifier=identifier,
            descriptor=descriptor,
            status=status,
            code=code,
            link=link,
            pin=pin,
        )

        giftme_order.additional_properties = d
        return giftme_order

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
