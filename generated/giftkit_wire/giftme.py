# generated from specs/giftme.yaml by `make generate` — do not edit

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AnyUrl, BaseModel, EmailStr, Field, RootModel


class SelfDeliver(StrEnum):
    true = "true"
    false = "false"


class Context(StrEnum):
    all = "all"
    merchant = "merchant"
    category = "category"


class GiftmeOrderRequest(BaseModel):
    sender_name: Annotated[str | None, Field(description='Name of the sender (optional), e.g. "Jon Snow".')] = None
    receiver_name: Annotated[
        str | None,
        Field(description='Name of the receiver (optional), e.g. "Jane Snow".'),
    ] = None
    receiver_phone: Annotated[
        str | None,
        Field(
            description='Receiver\'s phone number, e.g. "+18767654321" (conditional: required if `receiver_email` is not present). The documented examples are E.164-shaped; no format rule is documented.'
        ),
    ] = None
    receiver_email: Annotated[
        EmailStr | None,
        Field(
            description='Receiver\'s email address, e.g. "example@example.com" (conditional: required if `receiver_phone` is not present).'
        ),
    ] = None
    amount: Annotated[
        str,
        Field(
            description='Value of the gift card, sent as a STRING of digits (documented type string, example "5000"; the response returns it as an integer). Unit and currency are NOT confirmed: the examples (5000, 11000, 13000, with Jamaican +1876 phone numbers) read naturally as whole Jamaican dollars, but neither major units nor cents is documented.',
            examples=["5000"],
            pattern="^[0-9]+$",
        ),
    ]
    self_deliver: Annotated[
        SelfDeliver | None,
        Field(
            description='Optional; documented as a STRING with example "true" (the response returns a JSON boolean). Its meaning is not explained; by its name, whether the reseller delivers the gift card to the receiver itself rather than GiftMe sending it.'
        ),
    ] = None
    descriptor: Annotated[
        str | None,
        Field(description="Optional free-text descriptor (meaning not documented); echoed in the response."),
    ] = None
    identifier: Annotated[
        str | None,
        Field(
            description="Optional caller-chosen reference for this order, echoed in the response's `identifier`. Use it to reconcile an order whose response was lost (with GiftMe: no lookup operation is documented)."
        ),
    ] = None
    context: Annotated[
        Context,
        Field(
            description='Required. Where the gift card applies: `all`, `merchant` or `category` (the documentation\'s Example column reads "all,merchant,category"). Presumably `merchant` and `category` are narrowed by `giftcards`.'
        ),
    ]
    giftcards: Annotated[
        list[int] | None,
        Field(
            description="Optional list of gift card ids, e.g. [1, 2] (meaning not documented; presumably the merchant or category gift cards the order is limited to when `context` is `merchant` or `category`)."
        ),
    ] = None


class GiftmeOrder(BaseModel):
    sender_name: Annotated[
        str | None,
        Field(description="Sender's name as sent (optional on the request, hence nullable)."),
    ]
    sender_phone: Annotated[
        str | None,
        Field(description="Sender's phone (not a request field; null in both documented examples)."),
    ]
    receiver_name: Annotated[
        str | None,
        Field(description="Receiver's name as sent (optional on the request, hence nullable)."),
    ]
    receiver_phone: Annotated[
        str | None,
        Field(description="Receiver's phone as sent (nullable because an order may give only `receiver_email`)."),
    ]
    amount: Annotated[
        int,
        Field(
            description="Value of the gift card as an INTEGER (the request sends it as a string), e.g. 11000. Unit and currency not confirmed (see the request's `amount`)."
        ),
    ]
    ticket: Annotated[
        bool,
        Field(description="Undocumented server-set flag (true and false both appear in the examples)."),
    ]
    self_deliver: Annotated[
        bool,
        Field(description="Whether the order is self-delivered (a JSON boolean here; a string on the request)."),
    ]
    identifier: Annotated[
        str | None,
        Field(description="The caller-chosen reference from the request, or null if none was sent."),
    ]
    descriptor: Annotated[
        str | None,
        Field(description="The descriptor from the request, or null if none was sent."),
    ]
    status: Annotated[
        str,
        Field(
            description="Order status. Only `complete` is documented; other values (e.g. pending or failed) are not, so no enum is imposed.",
            examples=["complete"],
        ),
    ]
    code: Annotated[
        str,
        Field(
            description='SECRET - the gift card code (12 digits in the examples, e.g. "445675018167"). Money in itself.'
        ),
    ]
    link: Annotated[
        AnyUrl,
        Field(
            description="SECRET - the gift card's redeem link, which embeds the PIN as `?pin=`, e.g. https://staging.giftme.link/4kjzN?pin=7286 (staging host in the documented example). Money in itself."
        ),
    ]
    pin: Annotated[
        str,
        Field(description='SECRET - the gift card PIN (4 digits in the examples, e.g. "7286"). Money in itself.'),
    ]


class GiftmeFieldErrors(RootModel[list[str] | str]):
    root: Annotated[
        list[str] | str,
        Field(
            description='The messages for one field: a list of strings (Laravel\'s default), or a single string (as documented for `cashier_pin`: "Invalid cashier pin.").',
            title="GiftmeFieldErrors",
        ),
    ]


class GiftmeMessageError(BaseModel):
    message: Annotated[str, Field(description="Human-readable error message.")]


class GiftmeCreateOrdersRequest(BaseModel):
    cashier_pin: Annotated[
        int,
        Field(
            description='The cashier\'s PIN authorising the sale (documented: integer, e.g. 123456, required). SECRET: a wrong PIN is answered 400 with `errors.cashier_pin: "Invalid cashier pin."`. Being an integer, a PIN with leading zeros cannot be expressed (undocumented).',
            examples=[123456],
        ),
    ]
    orders: Annotated[
        list[GiftmeOrderRequest],
        Field(description="The gift card orders to create (required).", min_length=1),
    ]


class GiftmeCreateOrdersResponse(BaseModel):
    success: Annotated[bool, Field(description="true on success (the only documented value).")]
    data: Annotated[
        list[GiftmeOrder],
        Field(
            description="The created orders, one per gift card. That they come in the order of the request's `orders` is not documented: correlate by `identifier`."
        ),
    ]


class GiftmeValidationError(BaseModel):
    message: Annotated[str, Field(description='Summary, e.g. "The given data was invalid."')]
    errors: Annotated[
        dict[str, GiftmeFieldErrors],
        Field(description="Field path -> message list (or, as documented for `cashier_pin`, one message string)."),
    ]
