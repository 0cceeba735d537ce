# generated from specs/rebilly.yaml by `make generate` — do not edit

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Annotated, Literal

from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class Status(StrEnum):
    draft = "draft"
    issued = "issued"
    expired = "expired"


class ExpiredTime(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Date and time when the coupon expires. This value must be greater than the\n`issuedTime` value. If this field contains a null or empty string, the coupon expires\nimmediately.",
            max_length=0,
        ),
    ]


class CouponExpiration(BaseModel):
    expiredTime: Annotated[
        AwareDatetime | ExpiredTime | None,
        Field(
            description="Date and time when the coupon expires. This value must be greater than the\n`issuedTime` value. If this field contains a null or empty string, the coupon expires\nimmediately."
        ),
    ]


class Type(StrEnum):
    fixed = "fixed"


class Type1(StrEnum):
    percent = "percent"


class DiscountContext(StrEnum):
    items = "items"
    shipping = "shipping"
    items_and_shipping = "items-and-shipping"


class CurrencyCode(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Currency code in ISO 4217 format (e.g. USD).",
            examples=["USD"],
            max_length=3,
            min_length=3,
        ),
    ]


class Rel(StrEnum):
    self = "self"


class SelfLink(BaseModel):
    href: Annotated[str | None, Field(description="Link URL.")] = None
    rel: Annotated[Rel | None, Field(description="Type of link.")] = None


class CouponRestrictions1(BaseModel):
    pass


class Type2(StrEnum):
    discounts_per_redemption = "discounts-per-redemption"


class CouponRestrictionDiscountPerRedemption(BaseModel):
    type: Literal["discounts-per-redemption"]
    quantity: Annotated[int, Field(description="Permitted number of discounts per redemption.")]


class Type3(StrEnum):
    restrict_to_exclusive_application = "restrict-to-exclusive-application"


class CouponRestrictionExclusiveApplication(BaseModel):
    type: Literal["restrict-to-exclusive-application"]


class Type4(StrEnum):
    maximum_order_amount = "maximum-order-amount"


class CouponRestrictionMaximumOrderAmount(BaseModel):
    type: Literal["maximum-order-amount"]
    amount: Annotated[
        float,
        Field(
            description='Maximum order amount that is allowed to apply the coupon, in major currency units of\n`currency` (the official description\'s example is "$20").'
        ),
    ]
    currency: CurrencyCode


class Type5(StrEnum):
    minimum_order_amount = "minimum-order-amount"


class CouponRestrictionMinimumOrderAmount(BaseModel):
    type: Literal["minimum-order-amount"]
    amount: Annotated[
        float,
        Field(
            description='Minimum order amount that is required to apply the coupon, in major currency units of\n`currency` (the official description\'s example is "$20").'
        ),
    ]
    currency: CurrencyCode


class Type6(StrEnum):
    paid_by_time = "paid-by-time"


class CouponRestrictionPaidByTime(BaseModel):
    type: Literal["paid-by-time"]
    time: Annotated[
        AwareDatetime,
        Field(
            description="Date and time when a coupon redemption is no longer valid, and the coupon is removed\nfrom unpaid invoices if applied. This date-time cannot be changed once set."
        ),
    ]


class Type7(StrEnum):
    redemptions_per_customer = "redemptions-per-customer"


class CouponRestrictionRedemptionsPerCustomer(BaseModel):
    type: Literal["redemptions-per-customer"]
    quantity: Annotated[int, Field(description="Permitted number of redemptions per customer.")]


class Type8(StrEnum):
    restrict_to_bxgy = "restrict-to-bxgy"


class CouponBxgyItem(BaseModel):
    planId: Annotated[
        str,
        Field(
            description="Plan ID; unique within its array.",
            examples=["plan_0YV7DENSVGDBW9S71XZNNYYQ0X"],
            max_length=50,
        ),
    ]
    quantity: Annotated[int, Field(description="Quantity of the plan.", ge=1)]


class Type9(StrEnum):
    restrict_to_countries = "restrict-to-countries"


class Country(RootModel[str]):
    root: Annotated[str, Field(pattern="^[A-Z]{2}$")]


class CouponRestrictionRestrictToCountries(BaseModel):
    type: Literal["restrict-to-countries"]
    countries: Annotated[
        list[Country],
        Field(description="Countries where the coupon can be applied, as ISO 3166-1 alpha-2 codes."),
    ]


class Type10(StrEnum):
    restrict_to_customer_tags = "restrict-to-customer-tags"


class RequireAllTags(Enum):
    boolean_True = True
    boolean_False = False


class CouponRestrictionRestrictToCustomerTags(BaseModel):
    type: Literal["restrict-to-customer-tags"]
    tags: Annotated[list[str], Field(description="Customer tags on which a coupon can be applied.")]
    requireAllTags: Annotated[
        RequireAllTags,
        Field(
            description="`true`: the customer must have all listed tags to redeem the coupon; `false`: at least\none of the listed tags."
        ),
    ]


class Type11(StrEnum):
    restrict_to_customers = "restrict-to-customers"


class CouponRestrictionRestrictToCustomers(BaseModel):
    type: Literal["restrict-to-customers"]
    customerIds: Annotated[list[str], Field(description="Customer IDs on which a coupon can be applied.")]


class Type12(StrEnum):
    restrict_to_invoices = "restrict-to-invoices"


class CouponRestrictionRestrictToInvoices(BaseModel):
    type: Literal["restrict-to-invoices"]
    invoiceIds: Annotated[list[str], Field(description="Invoice IDs on which a coupon can be applied.")]


class Type13(StrEnum):
    restrict_to_plans = "restrict-to-plans"


class CouponRestrictionRestrictToPlans(BaseModel):
    type: Literal["restrict-to-plans"]
    planIds: Annotated[list[str], Field(description="Plan IDs on which a coupon can be applied.")]
    minimumQuantity: Annotated[
        int | None,
        Field(description="Minimum quantity that is required to apply the restriction and subsequent discount."),
    ] = 1


class Type14(StrEnum):
    restrict_to_products = "restrict-to-products"


class CouponRestrictionRestrictToProducts(BaseModel):
    type: Literal["restrict-to-products"]
    productIds: Annotated[list[str], Field(description="Product IDs on which a coupon can be applied.")]
    minimumQuantity: Annotated[
        int | None,
        Field(description="Minimum quantity that is required to apply the restriction and subsequent discount."),
    ] = 1


class Type15(StrEnum):
    restrict_to_subscriptions = "restrict-to-subscriptions"


class CouponRestrictionRestrictToSubscriptions(BaseModel):
    type: Literal["restrict-to-subscriptions"]
    subscriptionIds: Annotated[
        list[str],
        Field(description="Subscription IDs on which a coupon can be applied."),
    ]


class Type16(StrEnum):
    total_redemptions = "total-redemptions"


class CouponRestrictionTotalRedemptions(BaseModel):
    type: Literal["total-redemptions"]
    quantity: Annotated[int, Field(description="Permitted total number of redemptions.")]


class RebillyProblem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    type: Annotated[
        AnyUrl | None,
        Field(
            description='Problem type as a URI reference; human-readable documentation for the problem type.\nWhen absent, "about:blank" is assumed.'
        ),
    ] = None
    title: Annotated[
        str | None,
        Field(description="Short, human-readable summary of the problem type."),
    ] = None
    status: Annotated[int | None, Field(description="HTTP status code.", ge=400, le=599)] = None
    detail: Annotated[
        str | None,
        Field(description="Human-readable explanation specific to this occurrence of the problem."),
    ] = None
    instance: Annotated[
        str | None,
        Field(description="URI reference that identifies the specific occurrence of the problem."),
    ] = None
    error: Annotated[
        str | None,
        Field(
            deprecated=True,
            description="Deprecated error message (still read by the official JavaScript SDK).",
        ),
    ] = None


class RebillyUnauthorizedProblem(RebillyProblem):
    status: Annotated[int | None, Field(description="HTTP status code.", ge=401, le=401)] = None


class RebillyForbiddenProblem(RebillyProblem):
    status: Annotated[int | None, Field(description="HTTP status code.", ge=403, le=403)] = None


class RebillyNotFoundProblem(RebillyProblem):
    status: Annotated[int | None, Field(description="HTTP status code.", ge=404, le=404)] = None


class RebillyConflictProblem(RebillyProblem):
    status: Annotated[int | None, Field(description="HTTP status code.", ge=409, le=409)] = None


class RebillyInvalidField(BaseModel):
    field: Annotated[
        str | None,
        Field(description="Name of the field; dot notation for nested fields (e.g. `discount.value`)."),
    ] = None
    message: Annotated[
        str | None,
        Field(description="Message describing what is wrong with the field."),
    ] = None


class RebillyTooManyRequestsProblem(RebillyProblem):
    status: Annotated[int | None, Field(description="HTTP status code.", ge=429, le=429)] = None


class DiscountFixed(BaseModel):
    type: Literal["fixed"]
    amount: Annotated[
        float,
        Field(
            description="Amount of discount, in major currency units of `currency` (e.g. 1.99 = 1.99 USD),\nnot cents.",
            ge=0.01,
        ),
    ]
    currency: CurrencyCode
    context: DiscountContext | None = DiscountContext.items


class DiscountPercent(BaseModel):
    type: Literal["percent"]
    value: Annotated[
        float,
        Field(description="Percentage of discount (12 means 12 %).", ge=0.01, le=100.0),
    ]
    context: DiscountContext | None = DiscountContext.items


class SelfLinks(RootModel[list[SelfLink]]):
    root: Annotated[list[SelfLink], Field(description="Related links.")]


class CouponRestrictionRestrictToBxgy(BaseModel):
    type: Literal["restrict-to-bxgy"]
    buy: Annotated[
        list[CouponBxgyItem],
        Field(
            description="Plan and quantity definitions that must be purchased to receive everything in `get`.\nAll `planId` values in this array must be unique.",
            min_length=1,
        ),
    ]
    get: Annotated[
        list[CouponBxgyItem],
        Field(
            description="Plan and quantity definitions added to a purchase when all of `buy` is met.\nAll `planId` values in this array must be unique.",
            min_length=1,
        ),
    ]


class RebillyValidationProblem(RebillyProblem):
    status: Annotated[int | None, Field(description="HTTP status code.", ge=422, le=422)] = None
    invalidFields: Annotated[list[RebillyInvalidField] | None, Field(description="Invalid field details.")] = None


class Discount(RootModel[DiscountFixed | DiscountPercent]):
    root: Annotated[
        DiscountFixed | DiscountPercent,
        Field(description="Coupon discount, by `type`.", discriminator="type"),
    ]


class CouponRestriction(
    RootModel[
        CouponRestrictionDiscountPerRedemption
        | CouponRestrictionExclusiveApplication
        | CouponRestrictionMaximumOrderAmount
        | CouponRestrictionMinimumOrderAmount
        | CouponRestrictionPaidByTime
        | CouponRestrictionRedemptionsPerCustomer
        | CouponRestrictionRestrictToBxgy
        | CouponRestrictionRestrictToCountries
        | CouponRestrictionRestrictToCustomerTags
        | CouponRestrictionRestrictToCustomers
        | CouponRestrictionRestrictToInvoices
        | CouponRestrictionRestrictToPlans
        | CouponRestrictionRestrictToProducts
        | CouponRestrictionRestrictToSubscriptions
        | CouponRestrictionTotalRedemptions
    ]
):
    root: Annotated[
        CouponRestrictionDiscountPerRedemption
        | CouponRestrictionExclusiveApplication
        | CouponRestrictionMaximumOrderAmount
        | CouponRestrictionMinimumOrderAmount
        | CouponRestrictionPaidByTime
        | CouponRestrictionRedemptionsPerCustomer
        | CouponRestrictionRestrictToBxgy
        | CouponRestrictionRestrictToCountries
        | CouponRestrictionRestrictToCustomerTags
        | CouponRestrictionRestrictToCustomers
        | CouponRestrictionRestrictToInvoices
        | CouponRestrictionRestrictToPlans
        | CouponRestrictionRestrictToProducts
        | CouponRestrictionRestrictToSubscriptions
        | CouponRestrictionTotalRedemptions,
        Field(description="Coupon restriction, by `type`.", discriminator="type"),
    ]


class CouponRestrictions(RootModel[list[CouponRestriction] | CouponRestrictions1]):
    root: Annotated[
        list[CouponRestriction] | CouponRestrictions1,
        Field(
            description="Coupon restrictions. All `type` values in this array must be unique: each `allOf` entry\nbelow allows at most one item of one restriction type (`minContains: 0`,\n`maxContains: 1`)."
        ),
    ]


class CouponInput(BaseModel):
    discount: Discount
    restrictions: CouponRestrictions | None = None
    description: Annotated[
        str | None,
        Field(
            description='Description of the coupon. Use this field to provide a description for the invoice\ndiscount item. If this field is empty, the invoice discount item description uses the\nrelated coupon ID, in the following format: `Coupon "COUPON-ID"`.'
        ),
    ] = None
    issuedTime: Annotated[
        AwareDatetime,
        Field(
            description="Date and time when the coupon is issued. This value may also be described as start\ntime of the coupon."
        ),
    ]
    expiredTime: Annotated[
        AwareDatetime | None,
        Field(
            description="Date and time when the coupon expires. Documented for the expiration operation: must\nbe greater than `issuedTime` (a cross-field rule the schema cannot hold)."
        ),
    ] = None


class Coupon(BaseModel):
    id: Annotated[
        str | None,
        Field(
            description="ID of the coupon. This value is also known as the coupon redemption code, so it is a\nsecret with monetary value. Assigned by Rebilly on `PostCoupon`; to choose it, use\n`PutCoupon` with the code as path ID.",
            examples=["cpn_0YVCNKF81GD778N4YNVGDJK558"],
            max_length=50,
        ),
    ] = None
    discount: Discount
    restrictions: CouponRestrictions | None = None
    redemptionsCount: Annotated[
        int | None,
        Field(description="Total number of times that a coupon is redeemed.", ge=0),
    ] = None
    status: Annotated[Status | None, Field(description="Specifies the current status of the coupon.")] = None
    description: Annotated[
        str | None,
        Field(
            description='Description of the coupon. Use this field to provide a description for the invoice\ndiscount item. If this field is empty, the invoice discount item description uses the\nrelated coupon ID, in the following format: `Coupon "COUPON-ID"`.'
        ),
    ] = None
    issuedTime: Annotated[
        AwareDatetime,
        Field(
            description="Date and time when the coupon is issued. This value may also be described as start\ntime of the coupon."
        ),
    ]
    expiredTime: Annotated[
        AwareDatetime | None,
        Field(
            description="Date and time when the coupon expires. Documented for the expiration operation: must\nbe greater than `issuedTime` (a cross-field rule the schema cannot hold)."
        ),
    ] = None
    revision: Annotated[
        int | None,
        Field(
            description="Number of times the coupon data has been modified. Use it when analyzing webhook data\nto determine if a change should take precedence over the current representation."
        ),
    ] = None
    createdTime: Annotated[
        AwareDatetime | None,
        Field(description="Date and time when the resource is created. Set automatically."),
    ] = None
    updatedTime: Annotated[
        AwareDatetime | None,
        Field(description="Date and time when the resource is updated. Set automatically."),
    ] = None
    field_links: Annotated[SelfLinks | None, Field(alias="_links")] = None


class CouponList(RootModel[list[Coupon]]):
    root: Annotated[
        list[Coupon],
        Field(description="A page of coupons (bare JSON array; paging state is in the Pagination-* headers)."),
    ]
