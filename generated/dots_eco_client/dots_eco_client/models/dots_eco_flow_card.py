# generated from specs/dots_eco.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_secret

T = TypeVar("T", bound="DotsEcoFlowCard")


@_attrs_define
class DotsEcoFlowCard:
    """An issued Flow gift card, as returned by addFlowCard. The documentation gives no field table for it, only the
    example; every field below is taken from that example.

        Attributes:
            sku (str): The SKU of the Flow card product issued (as requested).
            title (str): The title of the Flow card product.
            redeem_url (str): Where the card is redeemed (the product's redeem URL, the same value listFlowCards shows; the
                example is a generic https://flow.dots.eco, not a per-card link).
            card_image (str): URL of the Flow card image.
            redeem_instructions (str): The Flow card redeem instructions (text).
            code (str): The gift card code the recipient redeems. SECRET: money in itself; mask it in logs. The example
                `1-123kdfgf-10.3-e8ba0fc0` appears to embed the app id, the SKU and the amount, but no format is documented, so
                none is enforced.
            card_id (str): The issued card's id, a string of digits on the wire (e.g. "28"). No operation reads a card by
                this id.
            amount (str): The card's value, a decimal string on the wire (e.g. "10.30"), apparently in major currency units
                (10.30 = ten units and thirty hundredths), fixed by the SKU; it is not a request parameter. Parse it as a
                decimal, never as a float.
            expiration_date (str): The card's expiration, "YYYY-mm-dd HH:MM:SS" with a space and no time zone (e.g.
                "2025-12-31 00:00:00" for a requested expiration_date of 2025-12-31). Not RFC 3339: parse it with that exact
                format. The time zone is not documented.
            recipient_email (None | str | Unset): The recipient's email address, as sent.
            recipient_name (None | str | Unset): The recipient's name, as sent.
            from_ (None | str | Unset): The sender's name, as sent.
            message (None | str | Unset): The message, as sent.
    """

    sku: str
    title: str
    redeem_url: str = _attrs_field(repr=mask_secret)
    card_image: str
    redeem_instructions: str
    code: str = _attrs_field(repr=mask_secret)
    card_id: str
    amount: str
    expiration_date: str
    recipient_email: None | str | Unset = UNSET
    recipient_name: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        title = self.title

        redeem_url = self.redeem_url

        card_image = self.card_image

        redeem_instructions = self.redeem_instructions

        code = self.code

        card_id = self.card_id

        amount = self.amount

        expiration_date = self.expiration_date

        recipient_email: None | str | Unset
        if isinstance(self.recipient_email, Unset):
            recipient_email = UNSET
        else:
            recipient_email = self.recipient_email

        recipient_name: None | str | Unset
        if isinstance(self.recipient_name, Unset):
            recipient_name = UNSET
        else:
            recipient_name = self.recipient_name

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "title": title,
                "redeem_url": redeem_url,
                "card_image": card_image,
                "redeem_instructions": redeem_instructions,
                "code": code,
                "card_id": card_id,
                "amount": amount,
                "expiration_date": expiration_date,
            }
        )
        if recipient_email is not UNSET:
            field_dict["recipient_email"] = recipient_email
        if recipient_name is not UNSET:
            field_dict["recipient_name"] = recipient_name
        if from_ is not UNSET:
            field_dict["from"] = from_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sku = d.pop("sku")

        title = d.pop("title")

        redeem_url = d.pop("redeem_url")

        card_image = d.pop("card_image")

        redeem_instructions = d.pop("redeem_instructions")

        code = d.pop("code")

        card_id = d.pop("card_id")

        amount = d.pop("amount")

        expiration_date = d.pop("expiration_date")

        def _parse_recipient_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient_email = _parse_recipient_email(d.pop("recipient_email", UNSET))

        def _parse_recipient_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient_name = _parse_recipient_name(d.pop("recipient_name", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        dots_eco_flow_card = cls(
            sku=sku,
            title=title,
            redeem_url=redeem_url,
            card_image=card_image,
            redeem_instructions=redeem_instructions,
            code=code,
            card_id=card_id,
            amount=amount,
            expiration_date=expiration_date,
            recipient_email=recipient_email,
            recipient_name=recipient_name,
            from_=from_,
            message=message,
        )

        dots_eco_flow_card.additional_properties = d
        return dots_eco_flow_card

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
