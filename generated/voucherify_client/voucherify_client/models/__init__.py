# generated from specs/voucherify.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .async_action import AsyncAction
from .async_action_error import AsyncActionError
from .async_action_failed_item import AsyncActionFailedItem
from .async_action_object import AsyncActionObject
from .async_action_operation_status import AsyncActionOperationStatus
from .async_action_result import AsyncActionResult
from .async_action_status import AsyncActionStatus
from .async_action_type import AsyncActionType
from .o_auth_token import OAuthToken
from .o_auth_token_access_token_request_body import OAuthTokenAccessTokenRequestBody
from .o_auth_token_generate_request_body import OAuthTokenGenerateRequestBody
from .o_auth_token_generate_request_body_grant_type import OAuthTokenGenerateRequestBodyGrantType
from .o_auth_token_introspection_active import OAuthTokenIntrospectionActive
from .o_auth_token_introspection_inactive import OAuthTokenIntrospectionInactive
from .o_auth_token_token_type import OAuthTokenTokenType
from .simple_product_discount_unit import SimpleProductDiscountUnit
from .simple_sku_discount_unit import SimpleSkuDiscountUnit
from .validation_rule_assignment import ValidationRuleAssignment
from .validation_rule_assignment_object import ValidationRuleAssignmentObject
from .validation_rule_assignment_validation_status import ValidationRuleAssignmentValidationStatus
from .validation_rules_assignments_list import ValidationRulesAssignmentsList
from .validation_rules_assignments_list_data_ref import ValidationRulesAssignmentsListDataRef
from .validation_rules_assignments_list_object import ValidationRulesAssignmentsListObject
from .validity_day_of_week_item import ValidityDayOfWeekItem
from .validity_hours import ValidityHours
from .validity_hours_daily import ValidityHoursDaily
from .validity_timeframe import ValidityTimeframe
from .voucher import Voucher
from .voucher_asset import VoucherAsset
from .voucher_assets import VoucherAssets
from .voucher_category import VoucherCategory
from .voucher_category_object import VoucherCategoryObject
from .voucher_gift import VoucherGift
from .voucher_gift_effect import VoucherGiftEffect
from .voucher_import_base import VoucherImportBase
from .voucher_import_base_metadata import VoucherImportBaseMetadata
from .voucher_import_discount import VoucherImportDiscount
from .voucher_import_discount_type import VoucherImportDiscountType
from .voucher_import_gift import VoucherImportGift
from .voucher_import_gift_balance import VoucherImportGiftBalance
from .voucher_import_gift_type import VoucherImportGiftType
from .voucher_import_redemption import VoucherImportRedemption
from .voucher_loyalty_card import VoucherLoyaltyCard
from .voucher_metadata import VoucherMetadata
from .voucher_publish import VoucherPublish
from .voucher_redemption import VoucherRedemption
from .voucher_type import VoucherType
from .voucherify_discount_amount import VoucherifyDiscountAmount
from .voucherify_discount_amount_effect import VoucherifyDiscountAmountEffect
from .voucherify_discount_amount_type import VoucherifyDiscountAmountType
from .voucherify_discount_fixed import VoucherifyDiscountFixed
from .voucherify_discount_fixed_effect import VoucherifyDiscountFixedEffect
from .voucherify_discount_fixed_type import VoucherifyDiscountFixedType
from .voucherify_discount_percent import VoucherifyDiscountPercent
from .voucherify_discount_percent_effect import VoucherifyDiscountPercentEffect
from .voucherify_discount_percent_type import VoucherifyDiscountPercentType
from .voucherify_discount_unit import VoucherifyDiscountUnit
from .voucherify_discount_unit_effect import VoucherifyDiscountUnitEffect
from .voucherify_discount_unit_multiple import VoucherifyDiscountUnitMultiple
from .voucherify_discount_unit_multiple_effect import VoucherifyDiscountUnitMultipleEffect
from .voucherify_discount_unit_multiple_one_unit import VoucherifyDiscountUnitMultipleOneUnit
from .voucherify_discount_unit_multiple_one_unit_effect import VoucherifyDiscountUnitMultipleOneUnitEffect
from .voucherify_discount_unit_multiple_type import VoucherifyDiscountUnitMultipleType
from .voucherify_discount_unit_type import VoucherifyDiscountUnitType
from .voucherify_error import VoucherifyError
from .voucherify_error_detail import VoucherifyErrorDetail
from .voucherify_payload_too_large_error import VoucherifyPayloadTooLargeError
from .vouchers_import_create_response_body import VouchersImportCreateResponseBody

__all__ = (
    "AsyncAction",
    "AsyncActionError",
    "AsyncActionFailedItem",
    "AsyncActionObject",
    "AsyncActionOperationStatus",
    "AsyncActionResult",
    "AsyncActionStatus",
    "AsyncActionType",
    "OAuthToken",
    "OAuthTokenAccessTokenRequestBody",
    "OAuthTokenGenerateRequestBody",
    "OAuthTokenGenerateRequestBodyGrantType",
    "OAuthTokenIntrospectionActive",
    "OAuthTokenIntrospectionInactive",
    "OAuthTokenTokenType",
    "SimpleProductDiscountUnit",
    "SimpleSkuDiscountUnit",
    "ValidationRuleAssignment",
    "ValidationRuleAssignmentObject",
    "ValidationRuleAssignmentValidationStatus",
    "ValidationRulesAssignmentsList",
    "ValidationRulesAssignmentsListDataRef",
    "ValidationRulesAssignmentsListObject",
    "ValidityDayOfWeekItem",
    "ValidityHours",
    "ValidityHoursDaily",
    "ValidityTimeframe",
    "Voucher",
    "VoucherAsset",
    "VoucherAssets",
    "VoucherCategory",
    "VoucherCategoryObject",
    "VoucherGift",
    "VoucherGiftEffect",
    "VoucherifyDiscountAmount",
    "VoucherifyDiscountAmountEffect",
    "VoucherifyDiscountAmountType",
    "VoucherifyDiscountFixed",
    "VoucherifyDiscountFixedEffect",
    "VoucherifyDiscountFixedType",
    "VoucherifyDiscountPercent",
    "VoucherifyDiscountPercentEffect",
    "VoucherifyDiscountPercentType",
    "VoucherifyDiscountUnit",
    "VoucherifyDiscountUnitEffect",
    "VoucherifyDiscountUnitMultiple",
    "VoucherifyDiscountUnitMultipleEffect",
    "VoucherifyDiscountUnitMultipleOneUnit",
    "VoucherifyDiscountUnitMultipleOneUnitEffect",
    "VoucherifyDiscountUnitMultipleType",
    "VoucherifyDiscountUnitType",
    "VoucherifyError",
    "VoucherifyErrorDetail",
    "VoucherifyPayloadTooLargeError",
    "VoucherImportBase",
    "VoucherImportBaseMetadata",
    "VoucherImportDiscount",
    "VoucherImportDiscountType",
    "VoucherImportGift",
    "VoucherImportGiftBalance",
    "VoucherImportGiftType",
    "VoucherImportRedemption",
    "VoucherLoyaltyCard",
    "VoucherMetadata",
    "VoucherPublish",
    "VoucherRedemption",
    "VouchersImportCreateResponseBody",
    "VoucherType",
)
