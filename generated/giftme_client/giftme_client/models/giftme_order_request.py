# generated from specs/giftme.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.giftme_order_request_context import GiftmeOrderRequestContext
from ..models.giftme_order_request_self_deliver import GiftmeOrderRequestSelfDeliver
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="GiftmeOrderRequest")


@_attrs_define
class GiftmeOrderRequest:
    """One order (`orders.*`): one gift card of `amount` for one receiver. "Receiver email required if phone is not
    present. Receiver phone required if email is not present."

        Attributes:
            amount (str): Value of the gift card, sent as a STRING of digits (documented type string, example "5000"; the
                response returns it as an integer). Unit and currency are NOT confirmed: the examples (5000, 11000, 13000, with
                Jamaican +1876 phone numbers) read naturally as whole Jamaican dollars, but neither major units nor cents is
                documented.
            context (GiftmeOrderRequestContext): Required. Where the gift card applies: `all`, `merchant` or `category` (the
                documentation's Example column reads "all,merchant,category"). Presumably `merchant` and `category` are narrowed
                by `giftcards`.
            sender_name (str | Unset): Name of the sender (optional), e.g. "Jon Snow".
            receiver_name (str | Unset): Name of the receiver (optional), e.g. "Jane Snow".
            receiver_phone (str | Unset): Receiver's phone number, e.g. "+18767654321" (conditional: required if
                `receiver_email` is not present). The documented examples are E.164-shaped; no format rule is documented.
            receiver_email (str | Unset): Receiver's email address, e.g. "example@example.com" (conditional: required if
                `receiver_phone` is not present).
            self_deliver (GiftmeOrderRequestSelfDeliver | Unset): Optional; documented as a STRING with example "true" (the
                response returns a JSON boolean). Its meaning is not explained; by its name, whether the reseller delivers the
                gift card to the receiver itself rather than GiftMe sending it.
            descriptor (str | Unset): Optional free-text descriptor (meaning not documented); echoed in the response.
            identifier (str | Unset): Optional caller-chosen reference for this order, echoed in the response's
                `identifier`. Use it to reconcile an order whose response was lost (with GiftMe: no lookup operation is
                documented).
            giftcards (list[int] | Unset): Optional list of gift card ids, e.g. [1, 2] (meaning not documented; presumably
                the merchant or category gift cards the order is limited to when `context` is `merchant` or `category`).
    """

    amount: str
    context: GiftmeOrderRequestContext | UnknownEnumValue
    sender_name: str | Unset = UNSET
    receiver_name: str | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    self_deliver: GiftmeOrderRequestSelfDeliver | UnknownEnumValue | Unset = UNSET
    descriptor: str | Unset = UNSET
    identifier: str | Unset = UNSET
    giftcards: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        context = (
            self.context.value if not isinstance(self.context, UnknownEnumValue) else self.context.reject("context")
        )

        sender_name = self.sender_name

        receiver_name = self.receiver_name

        receiver_phone = self.receiver_phone

        receiver_email = self.receiver_email

        self_deliver: str | Unset = UNSET
        if not isinstance(self.self_deliver, Unset):
            self_deliver = (
                self.self_deliver.value
                if not isinstance(self.self_deliver, UnknownEnumValue)
                else self.self_deliver.reject("self_deliver")
            )

        descriptor = self.descriptor

        identifier = self.identifier

        giftcards: list[int] | Unset = UNSET
        if not isinstance(self.giftcards, Unset):
            giftcards = self.giftcards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "context": context,
            }
        )
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if receiver_name is not UNSET:
            field_dict["receiver_name"] = receiver_name
        if receiver_phone is not UNSET:
            field_dict["receiver_phone"] = receiver_phone
        if receiver_email is not UNSET:
            field_dict["receiver_email"] = receiver_email
        if self_deliver is not UNSET:
            field_dict["self_deliver"] = self_deliver
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if giftcards is not UNSET:
            field_dict["giftcards"] = giftcards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        context = GiftmeOrderRequestContext.parse(d.pop("context"))

        sender_name = d.pop("sender_name", UNSET)

        receiver_name = d.pop("receiver_name", UNSET)

        receiver_phone = d.pop("receiver_phone", UNSET)

        receiver_email = d.pop("receiver_email", UNSET)

        _self_deliver = d.pop("self_deliver", UNSET)
        self_deliver: GiftmeOrderRequestSelfDeliver | UnknownEnumValue | Unset
        if isinstance(_self_deliver, Unset):
            self_deliver = UNSET
        else:
            self_deliver = GiftmeOrderRequestSelfDeliver.parse(_self_deliver)

        descriptor = d.pop("descriptor", UNSET)

        identifier = d.pop("identifier", UNSET)

        giftcards = cast(list[int], d.pop("giftcards", UNSET))

        giftme_order_request = cls(
            amount=amount,
            context=context,
            sender_name=sender_name,
            receiver_name=receiver_name,
            receiver_phone=receiver_phone,
            receiver_email=receiver_email,
            self_deliver=self_deliver,
            descriptor=descriptor,
            identifier=identifier,
            giftcards=giftcards,
        )

        giftme_order_request.additional_properties = d
        return giftme_order_request

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
