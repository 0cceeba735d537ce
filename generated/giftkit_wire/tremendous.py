# generated from specs/tremendous.yaml by `make generate` — do not edit

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, Field


class TremendousPaymentRequest(BaseModel):
    funding_source_id: Annotated[
        str,
        Field(
            description="Tremendous ID of the funding source that will be used to pay for the order. Use `balance` to use your Tremendous's balance."
        ),
    ]


class CurrencyCode(StrEnum):
    USD = "USD"
    CAD = "CAD"
    EUR = "EUR"
    AED = "AED"
    AFN = "AFN"
    ALL = "ALL"
    AMD = "AMD"
    ARS = "ARS"
    AUD = "AUD"
    AZN = "AZN"
    BAM = "BAM"
    BDT = "BDT"
    BHD = "BHD"
    BIF = "BIF"
    BND = "BND"
    BOB = "BOB"
    BRL = "BRL"
    BWP = "BWP"
    BYR = "BYR"
    BZD = "BZD"
    CDF = "CDF"
    CHF = "CHF"
    CLP = "CLP"
    CNY = "CNY"
    COP = "COP"
    CRC = "CRC"
    CVE = "CVE"
    CZK = "CZK"
    DJF = "DJF"
    DKK = "DKK"
    DOP = "DOP"
    DZD = "DZD"
    EEK = "EEK"
    EGP = "EGP"
    ERN = "ERN"
    ETB = "ETB"
    GBP = "GBP"
    GEL = "GEL"
    GHS = "GHS"
    GNF = "GNF"
    GTQ = "GTQ"
    HKD = "HKD"
    HNL = "HNL"
    HRK = "HRK"
    HUF = "HUF"
    IDR = "IDR"
    ILS = "ILS"
    INR = "INR"
    IQD = "IQD"
    IRR = "IRR"
    ISK = "ISK"
    JMD = "JMD"
    JOD = "JOD"
    JPY = "JPY"
    KES = "KES"
    KHR = "KHR"
    KRW = "KRW"
    KWD = "KWD"
    KZT = "KZT"
    LBP = "LBP"
    LKR = "LKR"
    LTL = "LTL"
    LVL = "LVL"
    MAD = "MAD"
    MDL = "MDL"
    MGA = "MGA"
    MKD = "MKD"
    MMK = "MMK"
    MOP = "MOP"
    MUR = "MUR"
    MXN = "MXN"
    MYR = "MYR"
    MZN = "MZN"
    NAD = "NAD"
    NGN = "NGN"
    NIO = "NIO"
    NOK = "NOK"
    NPR = "NPR"
    NZD = "NZD"
    OMR = "OMR"
    PAB = "PAB"
    PEN = "PEN"
    PHP = "PHP"
    PKR = "PKR"
    PLN = "PLN"
    PYG = "PYG"
    QAR = "QAR"
    RON = "RON"
    RSD = "RSD"
    RUB = "RUB"
    RWF = "RWF"
    SAR = "SAR"
    SDG = "SDG"
    SEK = "SEK"
    SGD = "SGD"
    SOS = "SOS"
    SYP = "SYP"
    THB = "THB"
    TND = "TND"
    TOP = "TOP"
    TRY = "TRY"
    TTD = "TTD"
    TWD = "TWD"
    TZS = "TZS"
    UAH = "UAH"
    UGX = "UGX"
    UYU = "UYU"
    UZS = "UZS"
    VEF = "VEF"
    VND = "VND"
    XAF = "XAF"
    XOF = "XOF"
    YER = "YER"
    ZAR = "ZAR"
    ZMK = "ZMK"


class TremendousRewardValue(BaseModel):
    denomination: Annotated[float, Field(description="Amount of the reward")]
    currency_code: Annotated[CurrencyCode | None, Field(description="Currency of the reward")] = CurrencyCode.USD


class TremendousRecipient(BaseModel):
    name: Annotated[str | None, Field(description="Name of the recipient")] = None
    email: Annotated[str | None, Field(description="Email address of the recipient")] = None
    phone: Annotated[
        str | None,
        Field(
            description="Phone number of the recipient. For non-US phone numbers, specify the country code (prefixed with +)."
        ),
    ] = None


class TremendousCustomFieldRequest(BaseModel):
    id: Annotated[
        str | None,
        Field(description="Tremendous ID of the custom field", pattern="[A-Z0-9]{4,20}"),
    ] = None
    value: Annotated[str | None, Field(description="Value of the custom field")] = None


class Method(StrEnum):
    EMAIL = "EMAIL"
    LINK = "LINK"
    PHONE = "PHONE"


class TremendousDeliveryMeta(BaseModel):
    sender_name: Annotated[
        str | None,
        Field(
            description='The "sender name" used in the delivery. If it\'s an email reward, "via Tremendous" will be appended to the value. Please note that you cannot customize the sender email.'
        ),
    ] = None
    subject_line: Annotated[str | None, Field(description="The subject line used in the delivery.")] = None
    message: Annotated[
        str | None,
        Field(
            description="The content of the message of the reward, shown in the email / SMS and on the landing page."
        ),
    ] = None


class Status(StrEnum):
    CANCELED = "CANCELED"
    OPEN = "OPEN"
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    PENDING_APPROVAL = "PENDING APPROVAL"
    PENDING_INTERNAL_PAYMENT_APPROVAL = "PENDING INTERNAL PAYMENT APPROVAL"


class Channel(StrEnum):
    UI = "UI"
    API = "API"
    EMBED = "EMBED"
    DECIPHER = "DECIPHER"
    QUALTRICS = "QUALTRICS"
    TYPEFORM = "TYPEFORM"
    SURVEY_MONKEY = "SURVEY MONKEY"
    YOTPO = "YOTPO"


class TremendousOrderRefund(BaseModel):
    total: Annotated[float, Field(description="Total amount of the order refunds (in USD)", ge=0.0)]


class TremendousCustomField(BaseModel):
    id: Annotated[
        str | None,
        Field(description="Tremendous ID of the custom field", pattern="[A-Z0-9]{4,20}"),
    ] = None
    value: Annotated[str | None, Field(description="Value of the custom field")] = None
    label: Annotated[str | None, Field(description="Label of the custom field")] = None


class Status1(StrEnum):
    SCHEDULED = "SCHEDULED"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    PENDING = "PENDING"


class TremendousCreatedRewardDelivery(BaseModel):
    method: Annotated[
        Method,
        Field(
            description="How to deliver the reward to the recipient. Delivery Method Description EMAIL Deliver the reward to the recipient by email LINK Deliver the reward to the recipient via a link. The link can be retrieved on a successfully ordered reward via the /rewards or /rewards/{id} endpoint. That link must then be delivered to the recipient out-of-band. PHONE Deliver the reward to the recipient by SMS"
        ),
    ]
    status: Annotated[
        Status1,
        Field(
            description="Current status of the delivery of the reward: * `SCHEDULED` - Reward is scheduled for delivery and will be delivered soon. * `FAILED` - Delivery of reward failed (e.g. email bounced). * `SUCCEEDED` - Reward was successfully delivered (email or text message delivered or reward link active). * `PENDING` - Delivery is pending but not yet scheduled."
        ),
    ]
    link: Annotated[
        str | None,
        Field(
            description="Link to redeem the reward at. You need to deliver this link to the recipient. SECRET: whoever holds the link can redeem the reward."
        ),
    ] = None


class Status2(StrEnum):
    CANCELED = "CANCELED"
    OPEN = "OPEN"
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    PENDING_APPROVAL = "PENDING APPROVAL"
    PENDING_INTERNAL_PAYMENT_APPROVAL = "PENDING INTERNAL PAYMENT APPROVAL"


class Status3(StrEnum):
    SCHEDULED = "SCHEDULED"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    PENDING = "PENDING"


class TremendousRewardDelivery(BaseModel):
    method: Annotated[
        Method | None,
        Field(
            description="How to deliver the reward to the recipient. Delivery Method Description EMAIL Deliver the reward to the recipient by email LINK Deliver the reward to the recipient via a link. The link can be retrieved on a successfully ordered reward via the /rewards or /rewards/{id} endpoint. That link must then be delivered to the recipient out-of-band. PHONE Deliver the reward to the recipient by SMS"
        ),
    ] = None
    status: Annotated[
        Status3 | None,
        Field(
            description="Current status of the delivery of the reward: * `SCHEDULED` - Reward is scheduled for delivery and will be delivered soon. * `FAILED` - Delivery of reward failed (e.g. email bounced). * `SUCCEEDED` - Reward was successfully delivered (email or text message delivered or reward link active). * `PENDING` - Delivery is pending but not yet scheduled."
        ),
    ] = None


class Category(StrEnum):
    ach = "ach"
    charity = "charity"
    instant_debit_transfer = "instant_debit_transfer"
    merchant_card = "merchant_card"
    paypal = "paypal"
    venmo = "venmo"
    visa_card = "visa_card"
    cash_app = "cash_app"


class Subcategory(StrEnum):
    beauty_and_health = "beauty_and_health"
    digital_financial_services = "digital_financial_services"
    electronics = "electronics"
    entertainment = "entertainment"
    fashion = "fashion"
    food_and_drink = "food_and_drink"
    general_merchandise = "general_merchandise"
    grocery_and_supermarkets = "grocery_and_supermarkets"
    home_and_living = "home_and_living"
    mobility_and_fuel = "mobility_and_fuel"
    sports_and_outdoor_gear = "sports_and_outdoor_gear"
    travel_and_hospitality = "travel_and_hospitality"


class TremendousProductCountry(BaseModel):
    abbr: Annotated[str, Field(description="ISO 3166 country code")]


class Type(StrEnum):
    card = "card"
    logo = "logo"


class TremendousProductImage(BaseModel):
    src: Annotated[str, Field(description="URL to this image")]
    type: Annotated[Type, Field(description="Type of image")]
    content_type: Annotated[str | None, Field(description="The MIME content type of this image")] = None


class TremendousProductDocuments(BaseModel):
    cardholder_agreement_pdf: Annotated[str | None, Field(description="URL to the cardholder agreement PDF file.")] = (
        None
    )
    cardholder_agreement_url: Annotated[str | None, Field(description="URL to the cardholder agreement web page.")] = (
        None
    )
    privacy_policy_url: Annotated[str | None, Field(description="URL to the privacy policy web page.")] = None


class TremendousProductSku(BaseModel):
    min: Annotated[
        float,
        Field(
            description="Minimal denomination that this product supports (in the product's currency)",
            ge=0.0,
        ),
    ]
    max: Annotated[
        float,
        Field(
            description="Maximum denomination that this product supports (in the product's currency)",
            ge=0.0,
        ),
    ]


class Method3(StrEnum):
    balance = "balance"
    bank_account = "bank_account"
    credit_card = "credit_card"
    invoice = "invoice"


class UsagePermission(StrEnum):
    api_orders = "api_orders"
    dashboard_orders = "dashboard_orders"
    balance_funding = "balance_funding"


class Status4(StrEnum):
    active = "active"
    deleted = "deleted"
    failed = "failed"


class Type1(StrEnum):
    COMMERCIAL = "COMMERCIAL"
    PRO_FORMA = "PRO_FORMA"
    PREFUNDING_ONLY = "PREFUNDING_ONLY"


class AccountType(StrEnum):
    checking = "checking"
    savings = "savings"


class Network(StrEnum):
    MasterCard = "MasterCard"
    Amex = "Amex"
    JCB = "JCB"
    Diner_s_Club = "Diner's Club"
    Visa = "Visa"
    Discover = "Discover"
    Laser = "Laser"
    Elo = "Elo"
    Maestro = "Maestro"
    Solo = "Solo"


class TremendousFundingSourceFailureDetails(BaseModel):
    return_code: Annotated[str | None, Field(description="Payment error code")] = None
    description: Annotated[str | None, Field(description="Explanation of the payment error")] = None


class TremendousErrorDetail(BaseModel):
    message: Annotated[str | None, Field(description="Error message")] = None
    payload: Annotated[
        dict[str, Any] | None,
        Field(
            description="Mirrors the request parameters structure, filled only with the (nested) properties that caused an error."
        ),
    ] = None


class TremendousRateLimitError(BaseModel):
    status: Annotated[int | None, Field(description="HTTP status code of the response")] = None
    errors: TremendousErrorDetail | None = None
    error: TremendousErrorDetail | None = None


class TremendousDeliveryRequest(BaseModel):
    method: Annotated[
        Method | None,
        Field(
            description="How to deliver the reward to the recipient. Delivery Method Description EMAIL Deliver the reward to the recipient by email LINK Deliver the reward to the recipient via a link. The link can be retrieved on a successfully ordered reward via the /rewards or /rewards/{id} endpoint. That link must then be delivered to the recipient out-of-band. PHONE Deliver the reward to the recipient by SMS"
        ),
    ] = None
    meta: TremendousDeliveryMeta | None = None


class TremendousOrderPayment(BaseModel):
    subtotal: Annotated[
        float,
        Field(description="Total price of the order before fees (in USD)", ge=0.0),
    ]
    total: Annotated[
        float,
        Field(description="Total price of the order including fees (in USD)", ge=0.0),
    ]
    fees: Annotated[float, Field(description="Fees for the order (in USD)", ge=0.0)]
    discount: Annotated[float, Field(description="Discount for the order (in USD)", ge=0.0)]
    refund: TremendousOrderRefund | None = None


class TremendousCreatedReward(BaseModel):
    id: Annotated[
        str | None,
        Field(description="Tremendous ID of the reward", pattern="[A-Z0-9]{4,20}"),
    ] = None
    order_id: Annotated[
        str | None,
        Field(
            description="Tremendous ID of the order this reward is part of.",
            pattern="[A-Z0-9]{4,20}",
        ),
    ] = None
    created_at: Annotated[AwareDatetime | None, Field(description="Date the reward was created")] = None
    expires_at: Annotated[
        AwareDatetime | None,
        Field(description="Expiration date of the reward. If null, the reward does not expire."),
    ] = None
    value: TremendousRewardValue | None = None
    recipient: TremendousRecipient | None = None
    deliver_at: Annotated[
        date | None,
        Field(
            description="Timestamp of reward delivery within the next year. Note that if date-time is provided, the time values will be ignored."
        ),
    ] = None
    custom_fields: list[TremendousCustomField] | None = None
    delivery: TremendousCreatedRewardDelivery | None = None


class TremendousOrderReward(BaseModel):
    id: Annotated[
        str | None,
        Field(description="Tremendous ID of the reward", pattern="[A-Z0-9]{4,20}"),
    ] = None
    order_id: Annotated[
        str | None,
        Field(
            description="Tremendous ID of the order this reward is part of.",
            pattern="[A-Z0-9]{4,20}",
        ),
    ] = None
    created_at: Annotated[AwareDatetime | None, Field(description="Date the reward was created")] = None
    expires_at: Annotated[
        AwareDatetime | None,
        Field(description="Expiration date of the reward. If null, the reward does not expire."),
    ] = None
    value: TremendousRewardValue | None = None
    recipient: TremendousRecipient | None = None
    deliver_at: Annotated[
        date | None,
        Field(
            description="Timestamp of reward delivery within the next year. Note that if date-time is provided, the time values will be ignored."
        ),
    ] = None
    custom_fields: list[TremendousCustomField] | None = None
    delivery: TremendousRewardDelivery | None = None


class TremendousProduct(BaseModel):
    id: Annotated[str, Field(pattern="[A-Z0-9]{4,20}")]
    name: Annotated[str, Field(description="Name of the product")]
    description: Annotated[str, Field(description="Detailed description of the product.")]
    category: Annotated[
        Category,
        Field(
            description="The category of the product Category Description ach Bank transfer to the recipient charity Donations to a charity instant_debit_transfer Instant debit transfer to the recipient merchant_card A gift card for a certain merchant (e.g. Amazon) paypal Payout via PayPal venmo Payout via Venmo visa_card Payout in form of a Visa debit card cash_app Payout via Cash App"
        ),
    ]
    subcategory: Annotated[
        Subcategory | None,
        Field(
            description="Additional classification for the product. Only applicable to products with a `category` of `merchant_card`. Possible subcategories: * `beauty_and_health` * `digital_financial_services` * `electronics` * `entertainment` * `fashion` * `food_and_drink` * `general_merchandise` * `grocery_and_supermarkets` * `home_and_living` * `mobility_and_fuel` * `sports_and_outdoor_gear` * `travel_and_hospitality`"
        ),
    ] = None
    disclosure: Annotated[
        str,
        Field(description="Legal disclosures for this product. Can be in HTML format."),
    ]
    skus: Annotated[
        list[TremendousProductSku] | None,
        Field(
            description="Products are restricted in their usage based on the amount of the reward. The `skus` array defines bands of denominations in which this product may be used for payouts."
        ),
    ] = None
    currency_codes: Annotated[
        list[CurrencyCode],
        Field(description="Available currencies for this product", min_length=1),
    ]
    countries: Annotated[
        list[TremendousProductCountry],
        Field(
            description="List of countries in which this product is available to recipients.",
            min_length=1,
        ),
    ]
    images: Annotated[
        list[TremendousProductImage],
        Field(
            description="List of product images associated with this product (e.g. logos or images of the gift cards)"
        ),
    ]
    usage_instructions: Annotated[
        str | None,
        Field(
            description="Instructions for how to use the product, if applicable. Mostly used for products with a `category` of `merchant_card`."
        ),
    ] = None
    documents: TremendousProductDocuments | None = None


class TremendousFundingSourceMeta(BaseModel):
    available_cents: Annotated[
        int | None,
        Field(
            description='**Only exists for balance and commercial invoicing.** For balance: available amount (in cents USD) For commercial invoicing: available credit amount calculated as (credit limit - outstanding balance) (in cents USD) *Caution: In the "list funding sources" endpoint this value is cached and may not be up to date. Use the "get funding source" endpoint to get the most up to date value.*'
        ),
    ] = None
    pending_cents: Annotated[
        int | None,
        Field(
            description="**Only available when `method` is set to `balance`.** Funds that are already registered on your Tremendous account but which have not yet been deposited in your account (e.g. payments that need to be manually reviewed by our ops team) (in Cents USD)."
        ),
    ] = None
    credit_limit_cents: Annotated[
        int | None,
        Field(description="**Only exists for commercial invoicing.** Available credit limit (in cents USD)"),
    ] = None
    accountholder_name: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `bank_account` or `credit_card`.** Name of the holder of the bank account or credit_card"
        ),
    ] = None
    account_type: Annotated[
        AccountType | None,
        Field(
            description="**Only available when `method` is set to `bank_account`.** Is this a checking or savings account"
        ),
    ] = None
    bank_name: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `bank_account`.** Name of the bank"),
    ] = None
    account_number_mask: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `bank_account`.** Last 4 digits of the account number",
            pattern="[0-9]{4}",
        ),
    ] = None
    account_routing_mask: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `bank_account`.** Last 4 digits of the routing number",
            pattern="[0-9]{4}",
        ),
    ] = None
    refundable: Annotated[
        bool | None,
        Field(
            description="**Only available when `method` is set to `bank_account`.** Can refunds be deposited to this bank account"
        ),
    ] = None
    network: Annotated[
        Network | None,
        Field(description="**Only available when `method` is set to `credit_card`.** Network of the credit card"),
    ] = None
    last4: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `credit_card`.** Last 4 digits of the credit card number",
            pattern="[0-9]{4}",
        ),
    ] = None
    expired: Annotated[
        bool | None,
        Field(description="**Only available when `method` is set to `credit_card`.** Is this credit card expired"),
    ] = None
    year: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `credit_card`.** Year part of card's expiration date"
        ),
    ] = None
    month: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `credit_card`.** Month part of card's expiration date"
        ),
    ] = None
    last_payment_failed_at: Annotated[
        AwareDatetime | None,
        Field(
            description="**Only available when `method` is set to `bank_account` or `credit_card`.** Point in time when the last order failed using this bank account or credit card as a funding source."
        ),
    ] = None
    invoice_type: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `invoice`.** Type of invoice account (e.g., commercial, pro_forma, prefunding_only)"
        ),
    ] = None
    interval: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `invoice` and `invoice_type` is `commercial`.** Billing interval for commercial invoice generation (e.g., daily, weekly, monthly, twice_monthly). Returns `null` for pro forma invoices."
        ),
    ] = None
    day_of_week: Annotated[
        str | None,
        Field(
            description='**Only available when `method` is set to `invoice` and `invoice_type` is `commercial`.** Day of the week when commercial invoices are generated ("0"=Sunday, "1"=Monday, etc.). Returns `null` for pro forma invoices.'
        ),
    ] = None
    net: Annotated[
        str | None,
        Field(
            description='**Only available when `method` is set to `invoice`.** Net payment terms in days (e.g., "30" for Net 30)'
        ),
    ] = None
    company_name: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Company name for invoice billing"),
    ] = None
    address_1: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Primary billing address line"),
    ] = None
    address_2: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Secondary billing address line"),
    ] = None
    city: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Billing address city"),
    ] = None
    state: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Billing address state or province"),
    ] = None
    zip: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Billing address postal code"),
    ] = None
    phone: Annotated[
        str | None,
        Field(description="**Only available when `method` is set to `invoice`.** Contact phone number for billing"),
    ] = None
    emails: Annotated[
        str | None,
        Field(
            description="**Only available when `method` is set to `invoice`.** Email addresses for invoice delivery (comma-separated)"
        ),
    ] = None
    failure_details: TremendousFundingSourceFailureDetails | None = None


class TremendousError(BaseModel):
    status: Annotated[int | None, Field(description="HTTP status code of the response")] = None
    errors: TremendousErrorDetail


class TremendousRewardRequest(BaseModel):
    campaign_id: Annotated[
        str | None,
        Field(
            description="ID of the campaign in your account, that defines the available products (different gift cards, charity, etc.) that the recipient can choose from.",
            pattern="[A-Z0-9]{4,20}",
        ),
    ] = None
    products: Annotated[
        list[str] | None,
        Field(
            description="List of IDs of product (different gift cards, charity, etc.) that will be available to the recipient to choose from. Providing a `products` array will override the products made available by the campaign specified using the `campaign_id` property unless the `products` array is empty. It will _not_ override other campaign attributes, like the message and customization of the look and feel.",
            min_length=1,
        ),
    ] = None
    value: TremendousRewardValue | None = None
    recipient: TremendousRecipient | None = None
    deliver_at: Annotated[
        date | None,
        Field(
            description="Timestamp of reward delivery within the next year. Note that if date-time is provided, the time values will be ignored."
        ),
    ] = None
    custom_fields: list[TremendousCustomFieldRequest] | None = None
    language: Annotated[
        str | None,
        Field(
            description="Set this to translate the redemption experience for this reward. Pass a 2-letter [ISO-639-1 code](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) for the desired language. Defaults to `en`."
        ),
    ] = None
    delivery: TremendousDeliveryRequest | None = None


class TremendousCreatedOrder(BaseModel):
    id: Annotated[str, Field(description="Tremendous ID of the order", pattern="[A-Z0-9]{4,20}")]
    external_id: Annotated[
        str | None,
        Field(
            description="Reference for this order, supplied by the customer. When set, `external_id` makes order idempotent. All requests that use the same `external_id` after the initial order creation, will result in a response that returns the data of the initially created order. The response will have a `201` response code. These responses **fail** to create any further orders. It also allows for retrieving by `external_id` instead of `id` only."
        ),
    ] = None
    campaign_id: Annotated[
        str | None,
        Field(
            description="ID of the campaign in your account, that defines the available products (different gift cards, charity, etc.) that the recipient can choose from.",
            pattern="[A-Z0-9]{4,20}",
        ),
    ] = None
    created_at: Annotated[AwareDatetime, Field(description="Date the order has been created")]
    status: Annotated[
        Status,
        Field(
            description="Execution status of a given order Status Description CANCELED The order and all of its rewards were canceled. OPEN The order has been created, but hasn't yet been processed. EXECUTED The order has been executed. Payment has been handled and rewards are being delivered (if applicable). FAILED The order could not be processed due to an error. E.g. due to insufficient funds in the account. PENDING APPROVAL The order has been created but needs approval to be executed. PENDING INTERNAL PAYMENT APPROVAL The order has been created but it is under review and requires approval from our team."
        ),
    ]
    channel: Annotated[
        Channel | None,
        Field(description="Name of the channel in which the order was created"),
    ] = None
    payment: TremendousOrderPayment | None = None
    invoice_id: Annotated[
        str | None,
        Field(description="The ID for the invoice associated with this order"),
    ] = None
    rewards: list[TremendousCreatedReward] | None = None


class TremendousOrder(BaseModel):
    id: Annotated[str, Field(description="Tremendous ID of the order", pattern="[A-Z0-9]{4,20}")]
    external_id: Annotated[
        str | None,
        Field(
            description="Reference for this order, supplied by the customer. When set, `external_id` makes order idempotent. All requests that use the same `external_id` after the initial order creation, will result in a response that returns the data of the initially created order. The response will have a `201` response code. These responses **fail** to create any further orders. It also allows for retrieving by `external_id` instead of `id` only."
        ),
    ] = None
    campaign_id: Annotated[
        str | None,
        Field(
            description="ID of the campaign in your account, that defines the available products (different gift cards, charity, etc.) that the recipient can choose from.",
            pattern="[A-Z0-9]{4,20}",
        ),
    ] = None
    created_at: Annotated[AwareDatetime, Field(description="Date the order has been created")]
    status: Annotated[
        Status2,
        Field(
            description="Execution status of a given order Status Description CANCELED The order and all of its rewards were canceled. OPEN The order has been created, but hasn't yet been processed. EXECUTED The order has been executed. Payment has been handled and rewards are being delivered (if applicable). FAILED The order could not be processed due to an error. E.g. due to insufficient funds in the account. PENDING APPROVAL The order has been created but needs approval to be executed. PENDING INTERNAL PAYMENT APPROVAL The order has been created but it is under review and requires approval from our team."
        ),
    ]
    channel: Annotated[
        Channel | None,
        Field(description="Name of the channel in which the order was created"),
    ] = None
    payment: TremendousOrderPayment | None = None
    invoice_id: Annotated[
        str | None,
        Field(description="The ID for the invoice associated with this order"),
    ] = None
    rewards: list[TremendousOrderReward] | None = None


class TremendousListOrdersResponse(BaseModel):
    orders: list[TremendousOrder]
    total_count: Annotated[int, Field(description="The total number of orders across all pages")]


class TremendousListProductsResponse(BaseModel):
    products: list[TremendousProduct]


class TremendousFundingSource(BaseModel):
    id: Annotated[str, Field(pattern="[A-Z0-9]{4,20}")]
    method: Annotated[
        Method3,
        Field(
            description="You can pay for rewards using different payment methods on Tremendous: Payment Method Description balance Pre-funded balance in your Tremendous account to draw funds from to send rewards to recipients. bank_account Bank account to draw funds from to send rewards to recipients. credit_card Credit card to draw funds from to send rewards to recipients. invoice Send rewards to recipients and pay by invoice."
        ),
    ]
    usage_permissions: Annotated[
        list[UsagePermission] | None,
        Field(
            description="Indicates which actions this funding source can perform. Permission Description api_orders Usable for orders via API. dashboard_orders Usable for orders via Tremendous dashboard. balance_funding Usable to add funds to a balance (via dashboard or API)."
        ),
    ] = None
    status: Annotated[
        Status4 | None,
        Field(
            description="Status of the funding_source Status Description active Ready for use. deleted Manually removed, and not usable. failed Last payment attempt failed, and not usable (contact Tremendous support to reinstate)."
        ),
    ] = None
    type: Annotated[
        Type1 | None,
        Field(description="**Only available when `method` is set to `invoice`.**"),
    ] = None
    meta: TremendousFundingSourceMeta


class TremendousSingleRewardOrder(BaseModel):
    external_id: Annotated[
        str | None,
        Field(
            description="Reference for this order, supplied by the customer. When set, `external_id` makes order idempotent. All requests that use the same `external_id` after the initial order creation, will result in a response that returns the data of the initially created order. The response will have a `201` response code. These responses **fail** to create any further orders. It also allows for retrieving by `external_id` instead of `id` only."
        ),
    ] = None
    payment: TremendousPaymentRequest | None = None
    reward: TremendousRewardRequest


class TremendousCreateOrderResponse(BaseModel):
    order: TremendousCreatedOrder


class TremendousGetOrderResponse(BaseModel):
    order: TremendousOrder


class TremendousListFundingSourcesResponse(BaseModel):
    funding_sources: list[TremendousFundingSource]
