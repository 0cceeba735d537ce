# generated from specs/favordrop.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.favordrop_create_request_send_type_item import FavordropCreateRequestSendTypeItem
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="FavordropCreateRequest")


@_attrs_define
class FavordropCreateRequest:
    """Request body of "Create a Favordrop to send". "Either customer, or customer details (fname, lname, phone, email) are
    required."

        Attributes:
            amount (float): The amount to send in the Favordrop, in US dollars (major currency units, e.g. 25 = $25.00).
                Required - must be greater than or equal to $5.
            expire_time (datetime.datetime): The expiration time of the Favordrop. (Required)
            send_at (datetime.datetime): The time to send the Favordrop. (Required)
            merchant (str): The unique identifier of the merchant. (Required)
            send_type (list[FavordropCreateRequestSendTypeItem]): The type of message to send. (Required - must be either
                sms, or email. For sms you must have a toll-free number on file for the organization)
            customer (str | Unset): The unique identifier of the customer. Either customer, or customer details (fname,
                lname, phone, email) are required.
            fname (str | Unset): The first name of the customer. Required if customer is not provided.
            lname (str | Unset): The last name of the customer. Required if customer is not provided.
            phone (str | Unset): The phone number of the customer. Required if customer is not provided. (The documentation
                does not state a format.)
            email (str | Unset): The email of the customer. Required if customer is not provided.
            message (str | Unset): The message to send with the Favordrop. (Optional)
            valid_at (datetime.datetime | Unset): The time the Favordrop is valid. (Optional)
            on_redeem_followup_message (str | Unset): The message to send when the Favordrop is redeemed. (Optional)
            cc_phones (list[str] | Unset): The phone number to receive status updates about the favordrop. (Optional)
            cc_emails (list[str] | Unset): The email to receive status updates about the favordrop. (Optional)
            reminder_message (str | Unset): The message to send as a reminder to redeem the favordrop. (Optional)
            layout_id (str | Unset): The layout to use for the favordrop. (Optional)
            sender_time_zone (str | Unset): The time zone of the sender, e.g. America/New_York. (Optional - defaults to
                America/New_York) Default: 'America/New_York'.
    """

    amount: float
    expire_time: datetime.datetime
    send_at: datetime.datetime
    merchant: str
    send_type: list[FavordropCreateRequestSendTypeItem | UnknownEnumValue]
    customer: str | Unset = UNSET
    fname: str | Unset = UNSET
    lname: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    message: str | Unset = UNSET
    valid_at: datetime.datetime | Unset = UNSET
    on_redeem_followup_message: str | Unset = UNSET
    cc_phones: list[str] | Unset = UNSET
    cc_emails: list[str] | Unset = UNSET
    reminder_message: str | Unset = UNSET
    layout_id: str | Unset = UNSET
    sender_time_zone: str | Unset = "America/New_York"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        expire_time = self.expire_time.isoformat()

        send_at = self.send_at.isoformat()

        merchant = self.merchant

        send_type = []
        for send_type_item_data in self.send_type:
            send_type_item = (
                send_type_item_data.value
                if not isinstance(send_type_item_data, UnknownEnumValue)
                else send_type_item_data.reject("send_type_item")
            )
            send_type.append(send_type_item)

        customer = self.customer

        fname = self.fname

        lname = self.lname

        phone = self.phone

        email = self.email

        message = self.message

        valid_at: str | Unset = UNSET
        if not isinstance(self.valid_at, Unset):
            valid_at = self.valid_at.isoformat()

        on_redeem_followup_message = self.on_redeem_followup_message

        cc_phones: list[str] | Unset = UNSET
        if not isinstance(self.cc_phones, Unset):
            cc_phones = self.cc_phones

        cc_emails: list[str] | Unset = UNSET
        if not isinstance(self.cc_emails, Unset):
            cc_emails = self.cc_emails

        reminder_message = self.reminder_message

        layout_id = self.layout_id

        sender_time_zone = self.sender_time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "expire_time": expire_time,
                "send_at": send_at,
                "merchant": merchant,
                "send_type": send_type,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if fname is not UNSET:
            field_dict["fname"] = fname
        if lname is not UNSET:
            field_dict["lname"] = lname
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if message is not UNSET:
            field_dict["message"] = message
        if valid_at is not UNSET:
            field_dict["valid_at"] = valid_at
        if on_redeem_followup_message is not UNSET:
            field_dict["on_redeem_followup_message"] = on_redeem_followup_message
        if cc_phones is not UNSET:
            field_dict["cc_phones"] = cc_phones
        if cc_emails is not UNSET:
            field_dict["cc_emails"] = cc_emails
        if reminder_message is not UNSET:
            field_dict["reminder_message"] = reminder_message
        if layout_id is not UNSET:
            field_dict["layout_id"] = layout_id
        if sender_time_zone is not UNSET:
            field_dict["sender_time_zone"] = sender_time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        expire_time = datetime.datetime.fromisoformat(d.pop("expire_time"))

        send_at = datetime.datetime.fromisoformat(d.pop("send_at"))

        merchant = d.pop("merchant")

        send_type = []
        _send_type = d.pop("send_type")
        for send_type_item_data in _send_type:
            send_type_item = FavordropCreateRequestSendTypeItem.parse(send_type_item_data)

            send_type.append(send_type_item)

        customer = d.pop("customer", UNSET)

        fname = d.pop("fname", UNSET)

        lname = d.pop("lname", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        message = d.pop("message", UNSET)

        _valid_at = d.pop("valid_at", UNSET)
        valid_at: datetime.datetime | Unset
        if isinstance(_valid_at, Unset):
            valid_at = UNSET
        else:
            valid_at = datetime.datetime.fromisoformat(_valid_at)

        on_redeem_followup_message = d.pop("on_redeem_followup_message", UNSET)

        cc_phones = cast(list[str], d.pop("cc_phones", UNSET))

        cc_emails = cast(list[str], d.pop("cc_emails", UNSET))

        reminder_message = d.pop("reminder_message", UNSET)

        layout_id = d.pop("layout_id", UNSET)

        sender_time_zone = d.pop("sender_time_zone", UNSET)

        favordrop_create_request = cls(
            amount=amount,
            expire_time=expire_time,
            send_at=send_at,
            merchant=merchant,
            send_type=send_type,
            customer=customer,
            fname=fname,
            lname=lname,
            phone=phone,
            email=email,
            message=message,
            valid_at=valid_at,
            on_redeem_followup_message=on_redeem_followup_message,
            cc_phones=cc_phones,
            cc_emails=cc_emails,
            reminder_message=reminder_message,
            layout_id=layout_id,
            sender_time_zone=sender_time_zone,
        )

        favordrop_create_request.additional_properties = d
        return favordrop_create_request

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
