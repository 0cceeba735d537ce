# generated from specs/dots_eco.yaml by `make generate` — do not edit

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AnyUrl, BaseModel, ConfigDict, EmailStr, Field, RootModel


class DotsEcoAddFlowCardRequest(BaseModel):
    app_token: Annotated[
        str,
        Field(
            description='"required*, string - The application token." Identifies the application the card is issued for; not a credential.',
            examples=["1-f2b086b3"],
            min_length=1,
        ),
    ]
    sku: Annotated[
        str,
        Field(
            description='"required*, string - The sku of flow card." One of the `sku` values listFlowCards returns for this application (an unknown one is 422 "The sku is invalid.").',
            examples=["123kdfgf"],
            min_length=1,
        ),
    ]
    expiration_date: Annotated[
        date | None,
        Field(
            description="\"optional, string - The flow gift card expiration date. It should not more than 5 years from now, minimum: tomorrow, default is 5 years from creation, if given must be a valid date in YYYY-mm-dd format.\" A calendar date (not a date-time). The window relative to today (at least tomorrow, at most today + 5 years, by the server's calendar) cannot be expressed in a schema and is enforced by giftkit's validation; outside it the server answers 422 with the allowed bound in the message.",
            examples=["2027-06-30"],
        ),
    ] = None
    recipient_email: Annotated[
        EmailStr | None,
        Field(
            description='"optional, string - A valid email address of recipient."',
            examples=["test@test.com"],
        ),
    ] = None
    recipient_name: Annotated[
        str | None,
        Field(
            description='"optional, string - The name of the recipient."',
            examples=["Flow user"],
        ),
    ] = None
    from_: Annotated[
        str | None,
        Field(
            alias="from",
            description='"optional, string - The name of the from user." (the sender\'s name)',
            examples=["John doe"],
        ),
    ] = None
    message: Annotated[
        str | None,
        Field(
            description='"optional, string - The message." (a message to the recipient)',
            examples=["Lorem Ipsum"],
        ),
    ] = None


class DotsEcoFlowCard(BaseModel):
    sku: Annotated[
        str,
        Field(
            description="The SKU of the Flow card product issued (as requested).",
            examples=["123kdfgf"],
        ),
    ]
    title: Annotated[
        str,
        Field(
            description="The title of the Flow card product.",
            examples=["Lorem flow card"],
        ),
    ]
    redeem_url: Annotated[
        AnyUrl,
        Field(
            description="Where the card is redeemed (the product's redeem URL, the same value listFlowCards shows; the example is a generic https://flow.dots.eco, not a per-card link).",
            examples=["https://flow.dots.eco"],
        ),
    ]
    card_image: Annotated[AnyUrl, Field(description="URL of the Flow card image.")]
    redeem_instructions: Annotated[str, Field(description="The Flow card redeem instructions (text).")]
    code: Annotated[
        str,
        Field(
            description="The gift card code the recipient redeems. SECRET: money in itself; mask it in logs. The example `1-123kdfgf-10.3-e8ba0fc0` appears to embed the app id, the SKU and the amount, but no format is documented, so none is enforced.",
            examples=["1-123kdfgf-10.3-e8ba0fc0"],
        ),
    ]
    card_id: Annotated[
        str,
        Field(
            description='The issued card\'s id, a string of digits on the wire (e.g. "28"). No operation reads a card by this id.',
            examples=["28"],
            pattern="^[0-9]+$",
        ),
    ]
    amount: Annotated[
        str,
        Field(
            description='The card\'s value, a decimal string on the wire (e.g. "10.30"), apparently in major currency units (10.30 = ten units and thirty hundredths), fixed by the SKU; it is not a request parameter. Parse it as a decimal, never as a float.',
            examples=["10.30"],
            pattern="^[0-9]+(\\.[0-9]+)?$",
        ),
    ]
    expiration_date: Annotated[
        str,
        Field(
            description='The card\'s expiration, "YYYY-mm-dd HH:MM:SS" with a space and no time zone (e.g. "2025-12-31 00:00:00" for a requested expiration_date of 2025-12-31). Not RFC 3339: parse it with that exact format. The time zone is not documented.',
            examples=["2025-12-31 00:00:00"],
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    recipient_email: Annotated[
        str | None,
        Field(
            description="The recipient's email address, as sent.",
            examples=["test@test.com"],
        ),
    ] = None
    recipient_name: Annotated[
        str | None,
        Field(description="The recipient's name, as sent.", examples=["Flow user"]),
    ] = None
    from_: Annotated[
        str | None,
        Field(
            alias="from",
            description="The sender's name, as sent.",
            examples=["John doe"],
        ),
    ] = None
    message: Annotated[str | None, Field(description="The message, as sent.", examples=["Lorem Ipsum"])] = None


class DotsEcoFlowCardProduct(BaseModel):
    title: Annotated[str, Field(description='"[string] - The title of flow card."')]
    sku: Annotated[
        str,
        Field(description='"[string] - The SKU of flow card." Pass it to addFlowCard as `sku`.'),
    ]
    redeem_url: Annotated[AnyUrl, Field(description='"[string] - The redeem url of flow card."')]
    card_image: Annotated[AnyUrl, Field(description='"[string] - The flow card image." (a URL)')]
    redeem_instructions: Annotated[str, Field(description='"[string] - The flow card redeem instructions."')]


class DotsEcoApplicationBalance(BaseModel):
    balance: Annotated[
        float,
        Field(
            description='"The balance associated with the application." (documented type: number, e.g. 15).',
            examples=[15],
        ),
    ]


class DotsEcoMessages(RootModel[list[str]]):
    root: Annotated[list[str], Field(description="Human-readable messages for one field.")]


class DotsEcoMessageError(BaseModel):
    message: str


class DotsEcoAddFlowCardResponse(BaseModel):
    success: Annotated[
        Literal[True],
        Field(
            description='Request status; `true` on success. The documentation\'s field table types it "[string]" but its example sends the JSON boolean `true`; the wire is followed.'
        ),
    ]
    response: Annotated[
        DotsEcoFlowCard,
        Field(
            description='The issued card ("Return the response only when the success is true"). Documented as "[array]"; the example (the wire) is a JSON object.'
        ),
    ]


class DotsEcoFlowCardProductList(RootModel[list[DotsEcoFlowCardProduct]]):
    root: Annotated[
        list[DotsEcoFlowCardProduct],
        Field(description="The Flow card products available for the application (a bare JSON array)."),
    ]


class DotsEcoFieldErrors(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": dict[str, DotsEcoMessages],
    }
    app_token: DotsEcoMessages | None = None
    sku: DotsEcoMessages | None = None
    expiration_date: DotsEcoMessages | None = None
    recipient_email: DotsEcoMessages | None = None


class DotsEcoValidationError(BaseModel):
    success: Annotated[
        Literal[False],
        Field(description='`false` on failure (documented as "[string]"; the examples send the JSON boolean false).'),
    ]
    errors: Annotated[
        DotsEcoFieldErrors,
        Field(
            description='"Return error message if exists. Shows only when success is false." Documented as "[array]"; every example is an object mapping a field name to a list of messages.'
        ),
    ]
