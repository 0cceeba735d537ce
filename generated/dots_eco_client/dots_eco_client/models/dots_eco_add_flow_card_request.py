# generated from specs/dots_eco.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_secret

T = TypeVar("T", bound="DotsEcoAddFlowCardRequest")


@_attrs_define
class DotsEcoAddFlowCardRequest:
    """Body of POST /flow-card/add (the documentation's "Parameters" list).

    Attributes:
        app_token (str): "required*, string - The application token." Identifies the application the card is issued for;
            not a credential.
        sku (str): "required*, string - The sku of flow card." One of the `sku` values listFlowCards returns for this
            application (an unknown one is 422 "The sku is invalid.").
        expiration_date (datetime.date | Unset): "optional, string - The flow gift card expiration date. It should not
            more than 5 years from now, minimum: tomorrow, default is 5 years from creation, if given must be a valid date
            in YYYY-mm-dd format." A calendar date (not a date-time). The window relative to today (at least tomorrow, at
            most today + 5 years, by the server's calendar) cannot be expressed in a schema and is enforced by giftkit's
            validation; outside it the server answers 422 with the allowed bound in the message.
        recipient_email (str | Unset): "optional, string - A valid email address of recipient."
        recipient_name (str | Unset): "optional, string - The name of the recipient."
        from_ (str | Unset): "optional, string - The name of the from user." (the sender's name)
        message (str | Unset): "optional, string - The message." (a message to the recipient)
    """

    app_token: str = _attrs_field(repr=mask_secret)
    sku: str
    expiration_date: datetime.date | Unset = UNSET
    recipient_email: str | Unset = UNSET
    recipient_name: str | Unset = UNSET
    from_: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_token = self.app_token

        sku = self.sku

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        recipient_email = self.recipient_email

        recipient_name = self.recipient_name

        from_ = self.from_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_token": app_token,
                "sku": sku,
            }
        )
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
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
        app_token = d.pop("app_token")

        sku = d.pop("sku")

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.date | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.date.fromisoformat(_expiration_date)

        recipient_email = d.pop("recipient_email", UNSET)

        recipient_name = d.pop("recipient_name", UNSET)

        from_ = d.pop("from", UNSET)

        message = d.pop("message", UNSET)

        dots_eco_add_flow_card_request = cls(
            app_token=app_token,
            sku=sku,
            expiration_date=expiration_date,
            recipient_email=recipient_email,
            recipient_name=recipient_name,
            from_=from_,
            message=message,
        )

        dots_eco_add_flow_card_request.additional_properties = d
        return dots_eco_add_flow_card_request

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
