# generated from specs/voucherify.yaml by `make generate` — do not edit

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum, IntEnum, StrEnum
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, Field, RootModel


class VoucherifyErrorDetail(BaseModel):
    message: Annotated[
        str | None,
        Field(description="The message configured by the user in a validation rule."),
    ] = None


class VoucherifyPayloadTooLargeError(BaseModel):
    statusCode: Annotated[int | None, Field(description="Error's HTTP status code.")] = None
    error: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description of the error."),
    ] = None
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing more details about the error."),
    ] = None


class VoucherifyImportDate(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A date or timestamp in one of the formats allowed for `start_date` and `expiration_date`\nof an import:\n- YYYY-MM-DD\n- YYYY-MM-DDTHH\n- YYYY-MM-DDTHH:mm\n- YYYY-MM-DDTHH:mm:ss\n- YYYY-MM-DDTHH:mm:ssZ\n- YYYY-MM-DDTHH:mm:ss.SSSZ\n`Z` is the literal `Z` (UTC) or a numeric offset such as `+02:00`.\n",
            examples=["2020-12-28T12:49:16.272Z", "2020-12-28", "2020-12-28T12"],
            pattern="^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3])(:[0-5][0-9](:[0-5][0-9]((\\.[0-9]{3})?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9]))?)?)?)?$",
        ),
    ]


class ValidityTimeframe(BaseModel):
    duration: Annotated[
        timedelta | None,
        Field(
            description="How long the voucher is active in each period, as an ISO 8601 duration (e.g. `PT1H` for one hour).",
            examples=["PT1H"],
        ),
    ] = None
    interval: Annotated[
        timedelta | None,
        Field(
            description="The time between two period starts, as an ISO 8601 duration (e.g. `P2D`: every other day).",
            examples=["P2D"],
        ),
    ] = None


class ValidityDayOfWeekEnum(IntEnum):
    integer_0 = 0
    integer_1 = 1
    integer_2 = 2
    integer_3 = 3
    integer_4 = 4
    integer_5 = 5
    integer_6 = 6


class ValidityDayOfWeek(RootModel[list[ValidityDayOfWeekEnum]]):
    root: Annotated[
        list[ValidityDayOfWeekEnum],
        Field(
            description="Days of the week on which the voucher is valid: `0` Sunday, `1` Monday, `2` Tuesday, `3` Wednesday, `4` Thursday, `5` Friday, `6` Saturday."
        ),
    ]


class VoucherImportRedemption(BaseModel):
    quantity: Annotated[
        int | None,
        Field(
            description="How many times a voucher can be redeemed. A `null` value means unlimited.",
            examples=[10],
        ),
    ] = None


class Type(Enum):
    GIFT_VOUCHER = "GIFT_VOUCHER"
    NoneType_None = None


class VoucherImportGiftBalance(BaseModel):
    amount: Annotated[
        float,
        Field(
            description="Gift card value in CENTS (the value is multiplied by 100 to represent 2 decimal places, e.g. `10000` for $100.00). Currency is not part of the voucher; it is the project's currency.",
            examples=[10000],
        ),
    ]


class Type1(Enum):
    DISCOUNT_VOUCHER = "DISCOUNT_VOUCHER"
    NoneType_None = None


class Type2(StrEnum):
    AMOUNT = "AMOUNT"


class Effect(StrEnum):
    APPLY_TO_ORDER = "APPLY_TO_ORDER"
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"
    APPLY_TO_ITEMS_PROPORTIONALLY = "APPLY_TO_ITEMS_PROPORTIONALLY"
    APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY = "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY"
    APPLY_TO_ITEMS_BY_QUANTITY = "APPLY_TO_ITEMS_BY_QUANTITY"


class VoucherifyDiscountAmount(BaseModel):
    type: Annotated[Type2, Field(description="Discount type.")]
    amount_off: Annotated[
        float,
        Field(description="Amount taken off the subtotal, in CENTS (multiplied by 100: a $10 discount is `1000`)."),
    ]
    amount_off_formula: Annotated[
        str | None,
        Field(description="Formula used to dynamically calculate the discount."),
    ] = None
    aggregated_amount_limit: Annotated[int | None, Field(description="Maximum discount amount per order.")] = None
    effect: Annotated[
        Effect | None,
        Field(description="Defines how the discount is applied to the customer's order."),
    ] = None
    is_dynamic: Annotated[
        bool | None,
        Field(description="Flag indicating whether the discount was calculated using a formula."),
    ] = None


class Type3(StrEnum):
    PERCENT = "PERCENT"


class Effect1(StrEnum):
    APPLY_TO_ORDER = "APPLY_TO_ORDER"
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"


class VoucherifyDiscountPercent(BaseModel):
    type: Annotated[Type3, Field(description="Discount type.")]
    percent_off: Annotated[
        float,
        Field(description="The percent discount that the customer will receive (a percentage, not money)."),
    ]
    percent_off_formula: Annotated[
        str | None,
        Field(description="Formula used to dynamically calculate the discount."),
    ] = None
    amount_limit: Annotated[
        float | None,
        Field(description="Upper limit of the discount, in CENTS (multiplied by 100: a $6 maximum is `600`)."),
    ] = None
    aggregated_amount_limit: Annotated[int | None, Field(description="Maximum discount amount per order.")] = None
    effect: Annotated[
        Effect1 | None,
        Field(description="Defines how the discount is applied to the customer's order."),
    ] = None
    is_dynamic: Annotated[
        bool | None,
        Field(description="Flag indicating whether the discount was calculated using a formula."),
    ] = None


class Type4(StrEnum):
    FIXED = "FIXED"


class VoucherifyDiscountFixed(BaseModel):
    type: Annotated[Type4, Field(description="Discount type.")]
    fixed_amount: Annotated[
        float,
        Field(
            description="Fixed value for the order total or the item price, in CENTS (multiplied by 100: $10 is `1000`). With `fixed_amount_formula` this is the fallback value."
        ),
    ]
    fixed_amount_formula: Annotated[
        str | None,
        Field(description="Formula used to dynamically calculate the discount."),
    ] = None
    effect: Annotated[
        Effect1 | None,
        Field(description="Defines how the discount is applied to the customer's order."),
    ] = None
    is_dynamic: Annotated[
        bool | None,
        Field(description="Flag indicating whether the discount was calculated using a formula."),
    ] = None


class Type5(StrEnum):
    UNIT = "UNIT"


class Effect3(StrEnum):
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"
    ADD_MANY_ITEMS = "ADD_MANY_ITEMS"
    ADD_SAME_ITEMS = "ADD_SAME_ITEMS"


class Effect4(StrEnum):
    ADD_MANY_ITEMS = "ADD_MANY_ITEMS"


class Effect5(StrEnum):
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"


class SimpleProductDiscountUnit(BaseModel):
    id: Annotated[str, Field(description="Unique product ID, assigned by Voucherify.")]
    source_id: Annotated[str | None, Field(description="Product's source ID.")] = None
    name: Annotated[str, Field(description="Product name.")]


class SimpleSkuDiscountUnit(BaseModel):
    id: Annotated[str, Field(description="Unique SKU ID, assigned by Voucherify.")]
    source_id: Annotated[str | None, Field(description="Product variant's source ID.")] = None
    name: Annotated[str, Field(description="SKU name.")]


class VouchersImportCreateResponseBody(BaseModel):
    async_action_id: Annotated[
        str,
        Field(
            description="The ID of the scheduled asynchronous action (pass it to get-async-action).",
            examples=["aa_0a875d56c805df6601"],
        ),
    ]


class Status(StrEnum):
    DONE = "DONE"
    ENQUEUED = "ENQUEUED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"


class OperationStatus(StrEnum):
    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"


class Object(StrEnum):
    async_action = "async_action"


class AsyncActionBase(BaseModel):
    id: Annotated[
        str | None,
        Field(description="Async action unique ID.", examples=["aa_0adad13d6f057f088e"]),
    ] = None
    status: Annotated[
        Status | None,
        Field(
            description="Whether the async action has completed: `ENQUEUED`, `IN_PROGRESS` (not final), `DONE`, `FAILED` (final)."
        ),
    ] = None
    operation_status: Annotated[
        OperationStatus | None,
        Field(
            description="Outcome of the processing (shown for bulk/metadata update actions): `FAILED`, `SUCCESS` or `UNKNOWN`."
        ),
    ] = None
    created_at: Annotated[
        AwareDatetime | None,
        Field(description="When the async action was scheduled (ISO 8601)."),
    ] = None
    updated_at: Annotated[
        AwareDatetime | None,
        Field(description="When the async action was updated (ISO 8601); absent before its first update."),
    ] = None
    request_id: Annotated[
        str | None,
        Field(
            description="Unique ID of the request that scheduled the action.",
            examples=["v-0b45cee140c3c9b5ca"],
        ),
    ] = None
    processing_time: Annotated[
        int | None,
        Field(description="The length of time it took to process the request, in milliseconds."),
    ] = None
    progress: Annotated[
        int | None,
        Field(description="Percentage progress to completion.", ge=0, le=100),
    ] = None
    object: Annotated[
        Object | None,
        Field(description="The type of the object represented by JSON (`async_action`)."),
    ] = None


class Type7(StrEnum):
    CAMPAIGN_VOUCHERS_IMPORT = "CAMPAIGN.VOUCHERS_IMPORT"


class Type8(StrEnum):
    CAMPAIGN_VOUCHERS_IMPORT_CSV = "CAMPAIGN.VOUCHERS_IMPORT_CSV"


class Type9(StrEnum):
    CAMPAIGN_VOUCHERS_UPDATE = "CAMPAIGN.VOUCHERS_UPDATE"


class Type10(StrEnum):
    CAMPAIGN_VOUCHERS_DELETE = "CAMPAIGN.VOUCHERS_DELETE"


class Type11(StrEnum):
    CAMPAIGN_VOUCHERS_GENERATE = "CAMPAIGN.VOUCHERS_GENERATE"


class Type12(StrEnum):
    CAMPAIGNS_METADATA_KEY_PURGE = "CAMPAIGNS.METADATA_KEY_PURGE"


class Type13(StrEnum):
    CUSTOMERS_IMPORT_CSV = "CUSTOMERS.IMPORT_CSV"


class Type14(StrEnum):
    CUSTOMERS_BULK_UPDATE = "CUSTOMERS.BULK_UPDATE"


class Type15(StrEnum):
    CUSTOMERS_METADATA_UPDATE = "CUSTOMERS.METADATA_UPDATE"


class Type16(StrEnum):
    CUSTOMERS_METADATA_KEY_PURGE = "CUSTOMERS.METADATA_KEY_PURGE"


class Type17(StrEnum):
    PRODUCTS_BULK_UPDATE = "PRODUCTS.BULK_UPDATE"


class Type18(StrEnum):
    PRODUCTS_METADATA_UPDATE = "PRODUCTS.METADATA_UPDATE"


class Type19(StrEnum):
    PRODUCTS_IMPORT_CSV = "PRODUCTS.IMPORT_CSV"


class Type20(StrEnum):
    SKUS_IMPORT_CSV = "SKUS.IMPORT_CSV"


class Type21(StrEnum):
    PRODUCTS_METADATA_KEY_PURGE = "PRODUCTS.METADATA_KEY_PURGE"


class Type22(StrEnum):
    VOUCHERS_IMPORT = "VOUCHERS.IMPORT"


class Type23(StrEnum):
    VOUCHERS_IMPORT_CSV = "VOUCHERS.IMPORT_CSV"


class Type24(StrEnum):
    VOUCHERS_BULK_UPDATE = "VOUCHERS.BULK_UPDATE"


class Type25(StrEnum):
    VOUCHERS_METADATA_UPDATE = "VOUCHERS.METADATA_UPDATE"


class Type26(StrEnum):
    VOUCHERS_METADATA_KEY_PURGE = "VOUCHERS.METADATA_KEY_PURGE"


class Type27(StrEnum):
    ORDERS_IMPORT = "ORDERS.IMPORT"


class Type28(StrEnum):
    ORDERS_METADATA_KEY_PURGE = "ORDERS.METADATA_KEY_PURGE"


class FailedItem(BaseModel):
    code: Annotated[str | None, Field(description="Unique voucher code.")] = None
    reason: Annotated[
        str | None,
        Field(description="Detailed failure cause for the voucher code import."),
    ] = None


class AsyncActionResultCampaignVouchersImport(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class FailedItem1(BaseModel):
    code: Annotated[str | None, Field(description="Unique voucher code.")] = None
    row: Annotated[
        int | None,
        Field(
            description="The CSV file row number where the code definition is recorded. The row counter excludes the file headers row."
        ),
    ] = None
    reason: Annotated[
        str | None,
        Field(description="Detailed failure cause for the voucher code import."),
    ] = None


class AsyncActionResultCampaignVouchersImportCsv(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem1] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class AsyncActionResultCampaignVouchersUpdate(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class AsyncActionResultCampaignVouchersDelete(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class AsyncActionResultCampaignVouchersGenerate(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class AsyncActionResultCampaignsMetadataKeyPurge(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class FailedItem2(BaseModel):
    source_id: Annotated[
        str | None,
        Field(description="Unique customer ID from your inventory system as indicated in the CSV file."),
    ] = None
    row: Annotated[
        int | None,
        Field(
            description="The CSV file row number where the customer is recorded. The row counter excludes the file headers row."
        ),
    ] = None
    reason: Annotated[str | None, Field(description="Detailed failure cause for the customer import.")] = None


class AsyncActionResultCustomersImportCsv(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem2] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class Error(BaseModel):
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str,
        Field(description="A human-readable message providing more details about the error."),
    ]
    key: Annotated[
        str,
        Field(description="Short string describing the kind of error which occurred."),
    ]
    source_id: Annotated[
        str,
        Field(description="Source identifier of the customer for which the error occurred."),
    ]


class AsyncActionResultCustomersBulkUpdate(BaseModel):
    done_count: Annotated[int, Field(description="Number of items successfully processed.")]
    failed_count: Annotated[int, Field(description="Number of items that failed to be processed.")]
    reports: Annotated[list[str], Field(description="List of URLs to report files.")]
    reports_available_till: Annotated[AwareDatetime, Field(description="Timestamp until the reports are available.")]
    errors: Annotated[list[Error], Field(description="List of errors encountered during processing.")]


class Error1(BaseModel):
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str,
        Field(description="A human-readable message providing more details about the error."),
    ]
    key: Annotated[
        str,
        Field(description="Short string describing the kind of error which occurred."),
    ]


class AsyncActionResultCustomersMetadataUpdate(BaseModel):
    errors: Annotated[list[Error1], Field(description="List of errors encountered during processing.")]


class AsyncActionResultCustomersMetadataKeyPurge(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class Error2(BaseModel):
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str,
        Field(description="A human-readable message providing more details about the error."),
    ]
    key: Annotated[
        str,
        Field(description="Short string describing the kind of error which occurred."),
    ]
    source_id: Annotated[
        str,
        Field(description="Source identifier of the product for which the error occurred."),
    ]


class AsyncActionResultProductsBulkUpdate(BaseModel):
    done_count: Annotated[int, Field(description="Number of items successfully processed.")]
    failed_count: Annotated[int, Field(description="Number of items that failed to be processed.")]
    reports: Annotated[list[str], Field(description="List of URLs to report files.")]
    reports_available_till: Annotated[AwareDatetime, Field(description="Timestamp until the reports are available.")]
    errors: Annotated[list[Error2], Field(description="List of errors encountered during processing.")]


class Error3(BaseModel):
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str,
        Field(description="A human-readable message providing more details about the error."),
    ]
    key: Annotated[
        str,
        Field(description="Short string describing the kind of error which occurred."),
    ]


class AsyncActionResultProductsMetadataUpdate(BaseModel):
    errors: Annotated[list[Error3], Field(description="List of errors encountered during processing.")]


class FailedItem3(BaseModel):
    row: Annotated[
        int | None,
        Field(
            description="The CSV file row number where the product definition is recorded. The row counter excludes the file headers row."
        ),
    ] = None
    source_id: Annotated[
        str | None,
        Field(description="The source identifier of the product that caused the error."),
    ] = None
    reason: Annotated[str | None, Field(description="Detailed failure cause for the product import.")] = None


class AsyncActionResultProductsImportCsv(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem3] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class FailedItem4(BaseModel):
    row: Annotated[
        int | None,
        Field(
            description="The CSV file row number where the SKU definition is recorded. The row counter excludes the file headers row.",
            examples=[2],
        ),
    ] = None
    reason: Annotated[
        str | None,
        Field(
            description="Detailed failure cause for the SKU import.",
            examples=["Resource sku with id size-small is in use by products with ids [prod_0b0e3441c2462eff2c]"],
        ),
    ] = None


class AsyncActionResultSkusImportCsv(BaseModel):
    message: Annotated[
        str | None,
        Field(
            description="A human-readable message providing a short description about the result.",
            examples=["2 sku(s) imported successfully, 6 failed."],
        ),
    ] = None
    failed: Annotated[
        list[FailedItem4] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class AsyncActionResultProductsMetadataKeyPurge(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources updated successfully.")] = None


class FailedItem5(BaseModel):
    code: Annotated[str | None, Field(description="Unique voucher code.")] = None
    reason: Annotated[
        str | None,
        Field(description="Detailed failure cause for the voucher code import."),
    ] = None


class AsyncActionResultVouchersImport(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem5] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class FailedItem6(BaseModel):
    code: Annotated[str | None, Field(description="Unique voucher code.")] = None
    row: Annotated[
        int | None,
        Field(
            description="The CSV file row number where the code definition is recorded. The row counter excludes the file headers row."
        ),
    ] = None
    reason: Annotated[
        str | None,
        Field(description="Detailed failure cause for the voucher code import."),
    ] = None


class AsyncActionResultVouchersImportCsv(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem6] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class Error4(BaseModel):
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str,
        Field(description="A human-readable message providing more details about the error."),
    ]
    key: Annotated[
        str,
        Field(description="Short string describing the kind of error which occurred."),
    ]
    code: Annotated[str, Field(description="Code of the voucher for which the error occurred.")]


class AsyncActionResultVouchersBulkUpdate(BaseModel):
    done_count: Annotated[int, Field(description="Number of items successfully processed.")]
    failed_count: Annotated[int, Field(description="Number of items that failed to be processed.")]
    reports: Annotated[list[str], Field(description="List of URLs to report files.")]
    reports_available_till: Annotated[AwareDatetime, Field(description="Timestamp until the reports are available.")]
    errors: Annotated[list[Error4], Field(description="List of errors encountered during processing.")]


class Error5(BaseModel):
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str,
        Field(description="A human-readable message providing more details about the error."),
    ]
    key: Annotated[
        str,
        Field(description="Short string describing the kind of error which occurred."),
    ]


class AsyncActionResultVouchersMetadataUpdate(BaseModel):
    errors: Annotated[list[Error5], Field(description="List of errors encountered during processing.")]


class AsyncActionResultVouchersMetadataKeyPurge(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class FailedItem7(BaseModel):
    source_id: Annotated[
        str | None,
        Field(description="Unique order source ID (null when the order had none)."),
    ] = None
    reason: Annotated[str | None, Field(description="Detailed failure cause for the order import.")] = None


class AsyncActionResultOrdersImport(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    failed: Annotated[
        list[FailedItem7] | None,
        Field(description="If any records failed during the process, this array shows the failure details."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None
    failed_count: Annotated[int | None, Field(description="Number of resources failed to process.")] = None


class AsyncActionResultOrdersMetadataKeyPurge(BaseModel):
    message: Annotated[
        str | None,
        Field(description="A human-readable message providing a short description about the result."),
    ] = None
    done_count: Annotated[int | None, Field(description="Number of resources processed successfully.")] = None


class Type29(StrEnum):
    GIFT_VOUCHER = "GIFT_VOUCHER"
    DISCOUNT_VOUCHER = "DISCOUNT_VOUCHER"
    LOYALTY_CARD = "LOYALTY_CARD"


class Effect6(StrEnum):
    APPLY_TO_ORDER = "APPLY_TO_ORDER"
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"


class VoucherGift(BaseModel):
    amount: Annotated[
        int | None,
        Field(description="Total gift card income over the card's lifetime, in CENTS (`10000` = $100.00)."),
    ] = None
    subtracted_amount: Annotated[
        int | None,
        Field(description="Total amount subtracted over the card's lifetime, in CENTS."),
    ] = None
    balance: Annotated[
        int | None,
        Field(
            description="Available funds, in CENTS. `balance` = `amount` - `subtracted_amount` - `redemption.redeemed_amount`."
        ),
    ] = None
    effect: Annotated[
        Effect6 | None,
        Field(description="Defines how the credits are applied to the customer's order."),
    ] = None


class VoucherLoyaltyCard(BaseModel):
    points: Annotated[
        int | None,
        Field(description="Total number of points added over the card's lifespan."),
    ] = None
    balance: Annotated[int | None, Field(description="Points available for reward redemption.")] = None
    next_expiration_date: Annotated[date | None, Field(description="The next date when a set of points expires.")] = (
        None
    )
    next_expiration_points: Annotated[int | None, Field(description="The amount of points that expire next.")] = None
    pending_points: Annotated[int | None, Field(description="Pending points not yet added.")] = None
    expired_points: Annotated[int | None, Field(description="Total expired points.")] = None
    subtracted_points: Annotated[int | None, Field(description="Total subtracted points.")] = None


class ValidityHoursDaily(BaseModel):
    start_time: Annotated[
        str | None,
        Field(
            description="Starting hour of validity in the HH:mm format.",
            pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$",
        ),
    ] = None
    days_of_week: ValidityDayOfWeek | None = None
    expiration_time: Annotated[
        str | None,
        Field(
            description="Ending hour of validity in the HH:mm format.",
            pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$",
        ),
    ] = None


class VoucherAsset(BaseModel):
    id: Annotated[str | None, Field(description="Encrypted voucher code ID.")] = None
    url: Annotated[
        str | None,
        Field(
            description="URL of the image; optional query parameters `size` (1-100) and `format` (`png` default, or `svg`)."
        ),
    ] = None


class Object1(StrEnum):
    category = "category"


class VoucherCategory(BaseModel):
    id: Annotated[str, Field(description="Unique category ID assigned by Voucherify.")]
    name: Annotated[str, Field(description="Category name.")]
    hierarchy: Annotated[
        int,
        Field(description="Category hierarchy; lower values are processed first.", ge=0),
    ]
    object: Annotated[Object1, Field(description="The type of the object (`category`).")]
    created_at: Annotated[AwareDatetime, Field(description="When the category was created.")]
    updated_at: Annotated[AwareDatetime | None, Field(description="When the category was updated.")] = None


class VoucherPublish(BaseModel):
    object: Annotated[str | None, Field(description="Always `list`.")] = None
    count: Annotated[int | None, Field(description="Publication events counter.")] = None
    url: Annotated[str | None, Field(description="Endpoint listing the publications (GET).")] = None


class VoucherRedemption(BaseModel):
    quantity: Annotated[
        int | None,
        Field(description="How many times the voucher can be redeemed; `null` means unlimited."),
    ] = None
    redeemed_quantity: Annotated[int | None, Field(description="How many times the voucher has been redeemed.")] = None
    redeemed_amount: Annotated[
        int | None,
        Field(description="Total amount redeemed from a gift card, in CENTS."),
    ] = None
    redeemed_points: Annotated[int | None, Field(description="Total loyalty points redeemed.")] = None
    object: Annotated[str | None, Field(description="Always `list`.")] = None
    url: Annotated[str | None, Field(description="Endpoint listing the redemptions (GET).")] = None


class Object2(StrEnum):
    list = "list"


class DataRef(StrEnum):
    data = "data"


class Object3(StrEnum):
    validation_rules_assignment = "validation_rules_assignment"


class ValidationStatus(StrEnum):
    VALID = "VALID"
    PARTIALLY_VALID = "PARTIALLY_VALID"
    INVALID = "INVALID"


class ValidationRuleAssignment(BaseModel):
    id: str
    rule_id: str
    related_object_id: str
    related_object_type: str
    created_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    object: Object3
    validation_status: ValidationStatus | None = None
    validation_omitted_rules: list[str] | None = None


class OAuthScope(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Space-separated list of scopes (do not use commas). `api`: whole server-side API; `client_api`: whole client-side API; the others limit the token to one resource path (e.g. `vouchers`: `/v1/vouchers...`, `async-actions`: `/v1/async-actions...`).",
            examples=["api", "vouchers async-actions"],
            pattern="^(api|assets|async-actions|campaigns|categories|client_api|client_consents|client_customers|client_events|client_promotions|client_publish|client_qualifications|client_redeem|client_redemptions|client_validate|client_validations|client_vouchers|consents|customers|events|exports|locations|loyalties|metadata-schemas|orders|product-collections|products|promotions|publications|qualifications|redemptions|referrals|rewards|segments|skus|task-results|templates|trash-bin|validation-rules-assignments|validation-rules|validations|vouchers)( (api|assets|async-actions|campaigns|categories|client_api|client_consents|client_customers|client_events|client_promotions|client_publish|client_qualifications|client_redeem|client_redemptions|client_validate|client_validations|client_vouchers|consents|customers|events|exports|locations|loyalties|metadata-schemas|orders|product-collections|products|promotions|publications|qualifications|redemptions|referrals|rewards|segments|skus|task-results|templates|trash-bin|validation-rules-assignments|validation-rules|validations|vouchers))*$",
        ),
    ]


class GrantType(StrEnum):
    client_credentials = "client_credentials"


class OAuthTokenGenerateRequestBody(BaseModel):
    grant_type: Annotated[
        GrantType,
        Field(description="Gives an access token outside of the context of a user."),
    ]
    scope: OAuthScope


class OAuthTokenAccessTokenRequestBody(BaseModel):
    access_token: Annotated[
        str,
        Field(
            description="An OAuth 2.0 token generated with the API key and token. A secret.",
            examples=["1ABCde2FGHijKl3m4NO5pqR6STUv7wxYzAbc8dE90FgH1IJkLm"],
            min_length=1,
        ),
    ]


class TokenType(StrEnum):
    Bearer = "Bearer"


class OAuthToken(BaseModel):
    access_token: Annotated[
        str,
        Field(
            description="The access token used to authorize access to the Voucherify API (send as `Authorization: Bearer <access_token>`). A secret."
        ),
    ]
    client_id: Annotated[
        str,
        Field(description="Unique client identifier, assigned by Voucherify, for OAuth."),
    ]
    expires_at: Annotated[
        int,
        Field(description="When the token expires, as a Unix timestamp in SECONDS."),
    ]
    expires_in: Annotated[
        int,
        Field(
            description="Number of SECONDS left until the token expires (900 when generated).",
            ge=0,
        ),
    ]
    scope: Annotated[str, Field(description="Space-separated scopes of the token.")]
    token_type: Annotated[
        TokenType,
        Field(description="Type of the token. Use the value as the header prefix for authorization."),
    ]


class OAuthTokenIntrospectionActive(OAuthToken):
    active: Annotated[Literal[True], Field(description="The token is active.")]


class OAuthTokenIntrospectionInactive(BaseModel):
    active: Annotated[
        Literal[False],
        Field(description="The token is not active. Nonexistent tokens are also marked as inactive."),
    ]


class VoucherifyError(BaseModel):
    code: Annotated[int, Field(description="Error's HTTP status code.")]
    key: Annotated[
        str | None,
        Field(
            description="Short string describing the kind of error which occurred.",
            examples=["not_found"],
        ),
    ] = None
    message: Annotated[
        str,
        Field(description="A human-readable message providing a short description of the error."),
    ]
    details: Annotated[
        str | None,
        Field(
            description="A human-readable message providing more details about the error (often a hint how to fix it)."
        ),
    ] = None
    request_id: Annotated[
        str | None,
        Field(
            description="This ID is useful when troubleshooting and/or finding the root cause of an error response by Voucherify's support team.",
            examples=["v-0a885062c80375740f"],
        ),
    ] = None
    resource_id: Annotated[
        str | None,
        Field(
            description="Unique resource ID that can be used in another endpoint to get more details.",
            examples=["rf_0c5d710a87c8a31f86"],
        ),
    ] = None
    resource_type: Annotated[str | None, Field(description="The resource type.", examples=["voucher"])] = None
    error: VoucherifyErrorDetail | None = None


class VoucherImportBase(BaseModel):
    code: Annotated[
        str,
        Field(
            description="Value representing the imported code, chosen by the caller. Unique within a Voucherify project (an existing code cannot be imported again). For a gift card the code is the bearer instrument: a secret worth `gift.amount`.",
            examples=["GIFT-CARD-100"],
        ),
    ]
    redemption: VoucherImportRedemption | None = None
    active: Annotated[
        bool | None,
        Field(
            description="A flag to toggle the voucher on or off. You can disable a voucher even though it's within the active period defined by `start_date` and `expiration_date`. `true` indicates an active voucher, `false` an inactive one."
        ),
    ] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="The metadata object stores all custom attributes assigned to the code: a set of key/value pairs. Custom code attributes must be sent here."
        ),
    ] = None
    category: Annotated[
        str | None,
        Field(
            description="Tag defining the category that this voucher belongs to. Useful when listing vouchers using the List Vouchers endpoint."
        ),
    ] = None
    start_date: Annotated[
        VoucherifyImportDate | None,
        Field(
            description="Activation timestamp in ISO 8601. The voucher is inactive before this date. Allowed formats: YYYY-MM-DD, YYYY-MM-DDTHH, YYYY-MM-DDTHH:mm, YYYY-MM-DDTHH:mm:ss, YYYY-MM-DDTHH:mm:ssZ, YYYY-MM-DDTHH:mm:ss.SSSZ.",
            examples=["2020-12-28T12:49:16.272Z"],
        ),
    ] = None
    expiration_date: Annotated[
        VoucherifyImportDate | None,
        Field(
            description="Expiration timestamp in ISO 8601. The voucher is inactive after this date. Allowed formats: YYYY-MM-DD, YYYY-MM-DDTHH, YYYY-MM-DDTHH:mm, YYYY-MM-DDTHH:mm:ss, YYYY-MM-DDTHH:mm:ssZ, YYYY-MM-DDTHH:mm:ss.SSSZ.",
            examples=["2053-12-28T12:49:16.272Z"],
        ),
    ] = None
    validity_timeframe: ValidityTimeframe | None = None
    validity_day_of_week: ValidityDayOfWeek | None = None
    additional_info: Annotated[
        str | None,
        Field(
            description="An optional field to keep any extra textual information about the code such as a code description and details."
        ),
    ] = None


class VoucherImportGift(VoucherImportBase):
    type: Annotated[Type | None, Field(description="Defines the type of the voucher.")] = Type.GIFT_VOUCHER
    gift: VoucherImportGiftBalance


class VoucherifyDiscountUnit(BaseModel):
    type: Annotated[Type5, Field(description="Discount type.")]
    unit_off: Annotated[
        int | None,
        Field(description="Number of units to be granted a full value discount."),
    ] = None
    unit_off_formula: Annotated[
        str | None,
        Field(description="Formula used to dynamically calculate the number of units."),
    ] = None
    effect: Annotated[
        Effect3 | None,
        Field(description="Defines how the unit is added to the customer's order."),
    ] = None
    unit_type: Annotated[
        str,
        Field(description="The product or SKU ID deemed as free (e.g. `prod_0a9f9aeddb019a42db`)."),
    ]
    product: SimpleProductDiscountUnit | None = None
    sku: SimpleSkuDiscountUnit | None = None
    is_dynamic: Annotated[
        bool | None,
        Field(description="Flag indicating whether the discount was calculated using a formula."),
    ] = None


class VoucherifyDiscountUnitMultipleOneUnit(BaseModel):
    unit_off: Annotated[
        float | None,
        Field(description="Number of units to be granted a full value discount."),
    ] = None
    unit_off_formula: Annotated[
        str | None,
        Field(description="Formula used to dynamically calculate the number of units."),
    ] = None
    effect: Annotated[
        Effect5,
        Field(description="Defines how the unit is added to the customer's order."),
    ]
    unit_type: Annotated[str, Field(description="The product or SKU ID deemed as free.")]
    product: SimpleProductDiscountUnit | None = None
    sku: SimpleSkuDiscountUnit | None = None


class AsyncActionCampaignVouchersImport(AsyncActionBase):
    type: Annotated[
        Literal["CAMPAIGN.VOUCHERS_IMPORT"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCampaignVouchersImport | None = None


class AsyncActionCampaignVouchersImportCsv(AsyncActionBase):
    type: Annotated[
        Literal["CAMPAIGN.VOUCHERS_IMPORT_CSV"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCampaignVouchersImportCsv | None = None


class AsyncActionCampaignVouchersUpdate(AsyncActionBase):
    type: Annotated[
        Literal["CAMPAIGN.VOUCHERS_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCampaignVouchersUpdate | None = None


class AsyncActionCampaignVouchersDelete(AsyncActionBase):
    type: Annotated[
        Literal["CAMPAIGN.VOUCHERS_DELETE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCampaignVouchersDelete | None = None


class AsyncActionCampaignVouchersGenerate(AsyncActionBase):
    type: Annotated[
        Literal["CAMPAIGN.VOUCHERS_GENERATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCampaignVouchersGenerate | None = None


class AsyncActionCampaignsMetadataKeyPurge(AsyncActionBase):
    type: Annotated[
        Literal["CAMPAIGNS.METADATA_KEY_PURGE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCampaignsMetadataKeyPurge | None = None


class AsyncActionCustomersImportCsv(AsyncActionBase):
    type: Annotated[
        Literal["CUSTOMERS.IMPORT_CSV"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCustomersImportCsv | None = None


class AsyncActionCustomersBulkUpdate(AsyncActionBase):
    type: Annotated[
        Literal["CUSTOMERS.BULK_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCustomersBulkUpdate | None = None


class AsyncActionCustomersMetadataUpdate(AsyncActionBase):
    type: Annotated[
        Literal["CUSTOMERS.METADATA_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCustomersMetadataUpdate | None = None


class AsyncActionCustomersMetadataKeyPurge(AsyncActionBase):
    type: Annotated[
        Literal["CUSTOMERS.METADATA_KEY_PURGE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultCustomersMetadataKeyPurge | None = None


class AsyncActionProductsBulkUpdate(AsyncActionBase):
    type: Annotated[
        Literal["PRODUCTS.BULK_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultProductsBulkUpdate | None = None


class AsyncActionProductsMetadataUpdate(AsyncActionBase):
    type: Annotated[
        Literal["PRODUCTS.METADATA_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultProductsMetadataUpdate | None = None


class AsyncActionProductsImportCsv(AsyncActionBase):
    type: Annotated[
        Literal["PRODUCTS.IMPORT_CSV"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultProductsImportCsv | None = None


class AsyncActionSkusImportCsv(AsyncActionBase):
    type: Annotated[
        Literal["SKUS.IMPORT_CSV"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultSkusImportCsv | None = None


class AsyncActionProductsMetadataKeyPurge(AsyncActionBase):
    type: Annotated[
        Literal["PRODUCTS.METADATA_KEY_PURGE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultProductsMetadataKeyPurge | None = None


class AsyncActionVouchersImport(AsyncActionBase):
    type: Annotated[
        Literal["VOUCHERS.IMPORT"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultVouchersImport | None = None


class AsyncActionVouchersImportCsv(AsyncActionBase):
    type: Annotated[
        Literal["VOUCHERS.IMPORT_CSV"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultVouchersImportCsv | None = None


class AsyncActionVouchersBulkUpdate(AsyncActionBase):
    type: Annotated[
        Literal["VOUCHERS.BULK_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultVouchersBulkUpdate | None = None


class AsyncActionVouchersMetadataUpdate(AsyncActionBase):
    type: Annotated[
        Literal["VOUCHERS.METADATA_UPDATE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultVouchersMetadataUpdate | None = None


class AsyncActionVouchersMetadataKeyPurge(AsyncActionBase):
    type: Annotated[
        Literal["VOUCHERS.METADATA_KEY_PURGE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultVouchersMetadataKeyPurge | None = None


class AsyncActionOrdersImport(AsyncActionBase):
    type: Annotated[
        Literal["ORDERS.IMPORT"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultOrdersImport | None = None


class AsyncActionOrdersMetadataKeyPurge(AsyncActionBase):
    type: Annotated[
        Literal["ORDERS.METADATA_KEY_PURGE"],
        Field(description="Type of async action; selects the shape of `result`."),
    ]
    result: AsyncActionResultOrdersMetadataKeyPurge | None = None


class ValidityHours(BaseModel):
    daily: Annotated[
        list[ValidityHoursDaily] | None,
        Field(description="Recurring daily periods when the voucher is active (they should not overlap)."),
    ] = None


class VoucherAssets(BaseModel):
    qr: VoucherAsset | None = None
    barcode: VoucherAsset | None = None


class ValidationRulesAssignmentsList(BaseModel):
    object: Object2
    data_ref: DataRef
    data: list[ValidationRuleAssignment]
    total: Annotated[int, Field(ge=0)]


class OAuthTokenIntrospectResponseBody(RootModel[OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive]):
    root: Annotated[
        OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive,
        Field(
            description="Either the details of an active token (`active: true`) or only `active: false` for an inactive or nonexistent token."
        ),
    ]


class VoucherifyDiscountUnitMultiple(BaseModel):
    type: Annotated[Type5, Field(description="Discount type.")]
    effect: Annotated[
        Effect4 | None,
        Field(description="Defines how the discount is applied to the customer's order."),
    ] = Effect4.ADD_MANY_ITEMS
    units: list[VoucherifyDiscountUnitMultipleOneUnit]


class AsyncAction(
    RootModel[
        AsyncActionCampaignVouchersImport
        | AsyncActionCampaignVouchersImportCsv
        | AsyncActionCampaignVouchersUpdate
        | AsyncActionCampaignVouchersDelete
        | AsyncActionCampaignVouchersGenerate
        | AsyncActionCampaignsMetadataKeyPurge
        | AsyncActionCustomersImportCsv
        | AsyncActionCustomersBulkUpdate
        | AsyncActionCustomersMetadataUpdate
        | AsyncActionCustomersMetadataKeyPurge
        | AsyncActionProductsBulkUpdate
        | AsyncActionProductsMetadataUpdate
        | AsyncActionProductsImportCsv
        | AsyncActionSkusImportCsv
        | AsyncActionProductsMetadataKeyPurge
        | AsyncActionVouchersImport
        | AsyncActionVouchersImportCsv
        | AsyncActionVouchersBulkUpdate
        | AsyncActionVouchersMetadataUpdate
        | AsyncActionVouchersMetadataKeyPurge
        | AsyncActionOrdersImport
        | AsyncActionOrdersMetadataKeyPurge
    ]
):
    root: Annotated[
        AsyncActionCampaignVouchersImport
        | AsyncActionCampaignVouchersImportCsv
        | AsyncActionCampaignVouchersUpdate
        | AsyncActionCampaignVouchersDelete
        | AsyncActionCampaignVouchersGenerate
        | AsyncActionCampaignsMetadataKeyPurge
        | AsyncActionCustomersImportCsv
        | AsyncActionCustomersBulkUpdate
        | AsyncActionCustomersMetadataUpdate
        | AsyncActionCustomersMetadataKeyPurge
        | AsyncActionProductsBulkUpdate
        | AsyncActionProductsMetadataUpdate
        | AsyncActionProductsImportCsv
        | AsyncActionSkusImportCsv
        | AsyncActionProductsMetadataKeyPurge
        | AsyncActionVouchersImport
        | AsyncActionVouchersImportCsv
        | AsyncActionVouchersBulkUpdate
        | AsyncActionVouchersMetadataUpdate
        | AsyncActionVouchersMetadataKeyPurge
        | AsyncActionOrdersImport
        | AsyncActionOrdersMetadataKeyPurge,
        Field(
            description="An asynchronous action; `type` selects the shape of `result`. `result` is absent until the action has finished.",
            discriminator="type",
        ),
    ]


class VoucherifyDiscount(
    RootModel[
        VoucherifyDiscountAmount
        | VoucherifyDiscountUnit
        | VoucherifyDiscountUnitMultiple
        | VoucherifyDiscountPercent
        | VoucherifyDiscountFixed
    ]
):
    root: Annotated[
        VoucherifyDiscountAmount
        | VoucherifyDiscountUnit
        | VoucherifyDiscountUnitMultiple
        | VoucherifyDiscountPercent
        | VoucherifyDiscountFixed,
        Field(
            description="Discount definition; `type` (AMOUNT, PERCENT, FIXED, UNIT) is required. UNIT has two forms: one item (`unit_type`) or many items (`units`, `effect: ADD_MANY_ITEMS`). Free shipping is a UNIT discount of the shipping product (`prod_5h1pp1ng`)."
        ),
    ]


class Voucher(BaseModel):
    id: Annotated[str | None, Field(description="Assigned by Voucherify, identifies the voucher.")] = None
    code: Annotated[
        str | None,
        Field(description="The voucher code. For a gift card this is a secret worth its balance."),
    ] = None
    campaign: Annotated[
        str | None,
        Field(description="Name of the parent campaign; `null` for imported standalone vouchers."),
    ] = None
    campaign_id: Annotated[
        str | None,
        Field(description="ID of the parent campaign; `null` for imported standalone vouchers."),
    ] = None
    category: Annotated[
        str | None,
        Field(description="Tag defining the category that this voucher belongs to."),
    ] = None
    category_id: Annotated[str | None, Field(description="Unique category ID assigned by Voucherify.")] = None
    categories: Annotated[list[VoucherCategory] | None, Field(description="Details about the categories.")] = None
    type: Annotated[Type29 | None, Field(description="Defines the type of the voucher.")] = None
    discount: Annotated[
        VoucherifyDiscount | None,
        Field(description="Discount definition; `null` unless `type` is `DISCOUNT_VOUCHER`."),
    ] = None
    gift: Annotated[
        VoucherGift | None,
        Field(description="Gift card parameters; `null` unless `type` is `GIFT_VOUCHER`."),
    ] = None
    loyalty_card: Annotated[
        VoucherLoyaltyCard | None,
        Field(description="Loyalty card parameters; `null` unless `type` is `LOYALTY_CARD`."),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(description="Activation timestamp (ISO 8601); the voucher is inactive before it."),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(description="Expiration timestamp (ISO 8601); the voucher is inactive after it."),
    ] = None
    validity_timeframe: ValidityTimeframe | None = None
    validity_day_of_week: ValidityDayOfWeek | None = None
    validity_hours: ValidityHours | None = None
    active: Annotated[bool | None, Field(description="Whether the voucher is enabled.")] = None
    additional_info: Annotated[str | None, Field(description="Extra textual information about the code.")] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Custom attributes assigned to the code."),
    ] = None
    assets: VoucherAssets | None = None
    is_referral_code: Annotated[bool | None, Field(description="Whether this voucher is a referral code.")] = None
    created_at: Annotated[
        AwareDatetime | None,
        Field(description="When the voucher was created (ISO 8601)."),
    ] = None
    updated_at: Annotated[
        AwareDatetime | None,
        Field(description="When the voucher was last updated (ISO 8601); null (or absent) while it never was."),
    ] = None
    holder_id: Annotated[str | None, Field(description="Customer ID of the redeemable holder.")] = None
    referrer_id: Annotated[str | None, Field(description="Unique identifier of the referring person.")] = None
    object: Annotated[
        str | None,
        Field(description="The type of the object represented by JSON (`voucher`)."),
    ] = "voucher"
    publish: VoucherPublish | None = None
    redemption: VoucherRedemption | None = None
    validation_rules_assignments: ValidationRulesAssignmentsList | None = None


class VoucherImportDiscount(VoucherImportBase):
    type: Annotated[Type1 | None, Field(description="Defines the type of the voucher.")] = Type1.DISCOUNT_VOUCHER
    discount: VoucherifyDiscount


class VouchersImportCreateItemRequestBody(RootModel[VoucherImportGift | VoucherImportDiscount]):
    root: Annotated[
        VoucherImportGift | VoucherImportDiscount,
        Field(
            description="One voucher to import: a gift card (`VoucherImportGift`, `type: GIFT_VOUCHER`, requires `gift`) or a discount voucher (`VoucherImportDiscount`, `type: DISCOUNT_VOUCHER`, requires `discount`). `type` tells the two apart."
        ),
    ]


class VouchersImportCreateRequestBody(RootModel[list[VouchersImportCreateItemRequestBody]]):
    root: Annotated[
        list[VouchersImportCreateItemRequestBody],
        Field(
            description="Request body of import-vouchers: an array of gift cards and/or discount vouchers. Up to 10 MB of data."
        ),
    ]
