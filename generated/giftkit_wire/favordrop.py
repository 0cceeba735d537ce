# generated from specs/favordrop.yaml by `make generate` — do not edit

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, EmailStr, Field


class SendTypeEnum(StrEnum):
    sms = "sms"
    email = "email"


class FavordropCreateRequest(BaseModel):
    customer: Annotated[
        str | None,
        Field(
            description="The unique identifier of the customer. Either customer, or customer details (fname, lname, phone, email) are required."
        ),
    ] = None
    fname: Annotated[
        str | None,
        Field(description="The first name of the customer. Required if customer is not provided."),
    ] = None
    lname: Annotated[
        str | None,
        Field(description="The last name of the customer. Required if customer is not provided."),
    ] = None
    phone: Annotated[
        str | None,
        Field(
            description="The phone number of the customer. Required if customer is not provided. (The documentation does not state a format.)"
        ),
    ] = None
    email: Annotated[
        EmailStr | None,
        Field(description="The email of the customer. Required if customer is not provided."),
    ] = None
    amount: Annotated[
        float,
        Field(
            description="The amount to send in the Favordrop, in US dollars (major currency units, e.g. 25 = $25.00). Required - must be greater than or equal to $5.",
            ge=5.0,
        ),
    ]
    expire_time: Annotated[
        AwareDatetime,
        Field(description="The expiration time of the Favordrop. (Required)"),
    ]
    send_at: Annotated[AwareDatetime, Field(description="The time to send the Favordrop. (Required)")]
    merchant: Annotated[str, Field(description="The unique identifier of the merchant. (Required)")]
    message: Annotated[
        str | None,
        Field(description="The message to send with the Favordrop. (Optional)"),
    ] = None
    valid_at: Annotated[
        AwareDatetime | None,
        Field(description="The time the Favordrop is valid. (Optional)"),
    ] = None
    on_redeem_followup_message: Annotated[
        str | None,
        Field(description="The message to send when the Favordrop is redeemed. (Optional)"),
    ] = None
    send_type: Annotated[
        list[SendTypeEnum],
        Field(
            description="The type of message to send. (Required - must be either sms, or email. For sms you must have a toll-free number on file for the organization)",
            min_length=1,
        ),
    ]
    cc_phones: Annotated[
        list[str] | None,
        Field(description="The phone number to receive status updates about the favordrop. (Optional)"),
    ] = None
    cc_emails: Annotated[
        list[EmailStr] | None,
        Field(description="The email to receive status updates about the favordrop. (Optional)"),
    ] = None
    reminder_message: Annotated[
        str | None,
        Field(description="The message to send as a reminder to redeem the favordrop. (Optional)"),
    ] = None
    layout_id: Annotated[str | None, Field(description="The layout to use for the favordrop. (Optional)")] = None
    sender_time_zone: Annotated[
        str | None,
        Field(
            description="The time zone of the sender, e.g. America/New_York. (Optional - defaults to America/New_York)"
        ),
    ] = "America/New_York"


class FavordropCreateResponse(BaseModel):
    message: Annotated[str, Field(description="A human-readable message from Favordrop.")]


class FavordropError(BaseModel):
    message: Annotated[str, Field(description="A human-readable error message.")]
