# generated from specs/voucherify.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .async_action_base import AsyncActionBase
from .async_action_base_object import AsyncActionBaseObject
from .async_action_base_operation_status import AsyncActionBaseOperationStatus
from .async_action_base_status import AsyncActionBaseStatus
from .async_action_campaign_vouchers_delete import AsyncActionCampaignVouchersDelete
from .async_action_campaign_vouchers_delete_type import AsyncActionCampaignVouchersDeleteType
from .async_action_campaign_vouchers_generate import AsyncActionCampaignVouchersGenerate
from .async_action_campaign_vouchers_generate_type import AsyncActionCampaignVouchersGenerateType
from .async_action_campaign_vouchers_import import AsyncActionCampaignVouchersImport
from .async_action_campaign_vouchers_import_csv import AsyncActionCampaignVouchersImportCsv
from .async_action_campaign_vouchers_import_csv_type import AsyncActionCampaignVouchersImportCsvType
from .async_action_campaign_vouchers_import_type import AsyncActionCampaignVouchersImportType
from .async_action_campaign_vouchers_update import AsyncActionCampaignVouchersUpdate
from .async_action_campaign_vouchers_update_type import AsyncActionCampaignVouchersUpdateType
from .async_action_campaigns_metadata_key_purge import AsyncActionCampaignsMetadataKeyPurge
from .async_action_campaigns_metadata_key_purge_type import AsyncActionCampaignsMetadataKeyPurgeType
from .async_action_customers_bulk_update import AsyncActionCustomersBulkUpdate
from .async_action_customers_bulk_update_type import AsyncActionCustomersBulkUpdateType
from .async_action_customers_import_csv import AsyncActionCustomersImportCsv
from .async_action_customers_import_csv_type import AsyncActionCustomersImportCsvType
from .async_action_customers_metadata_key_purge import AsyncActionCustomersMetadataKeyPurge
from .async_action_customers_metadata_key_purge_type import AsyncActionCustomersMetadataKeyPurgeType
from .async_action_customers_metadata_update import AsyncActionCustomersMetadataUpdate
from .async_action_customers_metadata_update_type import AsyncActionCustomersMetadataUpdateType
from .async_action_orders_import import AsyncActionOrdersImport
from .async_action_orders_import_type import AsyncActionOrdersImportType
from .async_action_orders_metadata_key_purge import AsyncActionOrdersMetadataKeyPurge
from .async_action_orders_metadata_key_purge_type import AsyncActionOrdersMetadataKeyPurgeType
from .async_action_products_bulk_update import AsyncActionProductsBulkUpdate
from .async_action_products_bulk_update_type import AsyncActionProductsBulkUpdateType
from .async_action_products_import_csv import AsyncActionProductsImportCsv
from .async_action_products_import_csv_type import AsyncActionProductsImportCsvType
from .async_action_products_metadata_key_purge import AsyncActionProductsMetadataKeyPurge
from .async_action_products_metadata_key_purge_type import AsyncActionProductsMetadataKeyPurgeType
from .async_action_products_metadata_update import AsyncActionProductsMetadataUpdate
from .async_action_products_metadata_update_type import AsyncActionProductsMetadataUpdateType
from .async_action_result_campaign_vouchers_delete import AsyncActionResultCampaignVouchersDelete
from .async_action_result_campaign_vouchers_generate import AsyncActionResultCampaignVouchersGenerate
from .async_action_result_campaign_vouchers_import import AsyncActionResultCampaignVouchersImport
from .async_action_result_campaign_vouchers_import_csv import AsyncActionResultCampaignVouchersImportCsv
from .async_action_result_campaign_vouchers_import_csv_failed_item import (
    AsyncActionResultCampaignVouchersImportCsvFailedItem,
)
from .async_action_result_campaign_vouchers_import_failed_item import AsyncActionResultCampaignVouchersImportFailedItem
from .async_action_result_campaign_vouchers_update import AsyncActionResultCampaignVouchersUpdate
from .async_action_result_campaigns_metadata_key_purge import AsyncActionResultCampaignsMetadataKeyPurge
from .async_action_result_customers_bulk_update import AsyncActionResultCustomersBulkUpdate
from .async_action_result_customers_bulk_update_errors_item import AsyncActionResultCustomersBulkUpdateErrorsItem
from .async_action_result_customers_import_csv import AsyncActionResultCustomersImportCsv
from .async_action_result_customers_import_csv_failed_item import AsyncActionResultCustomersImportCsvFailedItem
from .async_action_result_customers_metadata_key_purge import AsyncActionResultCustomersMetadataKeyPurge
from .async_action_result_customers_metadata_update import AsyncActionResultCustomersMetadataUpdate
from .async_action_result_customers_metadata_update_errors_item import (
    AsyncActionResultCustomersMetadataUpdateErrorsItem,
)
from .async_action_result_orders_import import AsyncActionResultOrdersImport
from .async_action_result_orders_import_failed_item import AsyncActionResultOrdersImportFailedItem
from .async_action_result_orders_metadata_key_purge import AsyncActionResultOrdersMetadataKeyPurge
from .async_action_result_products_bulk_update import AsyncActionResultProductsBulkUpdate
from .async_action_result_products_bulk_update_errors_item import AsyncActionResultProductsBulkUpdateErrorsItem
from .async_action_result_products_import_csv import AsyncActionResultProductsImportCsv
from .async_action_result_products_import_csv_failed_item import AsyncActionResultProductsImportCsvFailedItem
from .async_action_result_products_metadata_key_purge import AsyncActionResultProductsMetadataKeyPurge
from .async_action_result_products_metadata_update import AsyncActionResultProductsMetadataUpdate
from .async_action_result_products_metadata_update_errors_item import AsyncActionResultProductsMetadataUpdateErrorsItem
from .async_action_result_skus_import_csv import AsyncActionResultSkusImportCsv
from .async_action_result_skus_import_csv_failed_item import AsyncActionResultSkusImportCsvFailedItem
from .async_action_result_vouchers_bulk_update import AsyncActionResultVouchersBulkUpdate
from .async_action_result_vouchers_bulk_update_errors_item import AsyncActionResultVouchersBulkUpdateErrorsItem
from .async_action_result_vouchers_import import AsyncActionResultVouchersImport
from .async_action_result_vouchers_import_csv import AsyncActionResultVouchersImportCsv
from .async_action_result_vouchers_import_csv_failed_item import AsyncActionResultVouchersImportCsvFailedItem
from .async_action_result_vouchers_import_failed_item import AsyncActionResultVouchersImportFailedItem
from .async_action_result_vouchers_metadata_key_purge import AsyncActionResultVouchersMetadataKeyPurge
from .async_action_result_vouchers_metadata_update import AsyncActionResultVouchersMetadataUpdate
from .async_action_result_vouchers_metadata_update_errors_item import AsyncActionResultVouchersMetadataUpdateErrorsItem
from .async_action_skus_import_csv import AsyncActionSkusImportCsv
from .async_action_skus_import_csv_type import AsyncActionSkusImportCsvType
from .async_action_vouchers_bulk_update import AsyncActionVouchersBulkUpdate
from .async_action_vouchers_bulk_update_type import AsyncActionVouchersBulkUpdateType
from .async_action_vouchers_import import AsyncActionVouchersImport
from .async_action_vouchers_import_csv import AsyncActionVouchersImportCsv
from .async_action_vouchers_import_csv_type import AsyncActionVouchersImportCsvType
from .async_action_vouchers_import_type import AsyncActionVouchersImportType
from .async_action_vouchers_metadata_key_purge import AsyncActionVouchersMetadataKeyPurge
from .async_action_vouchers_metadata_key_purge_type import AsyncActionVouchersMetadataKeyPurgeType
from .async_action_vouchers_metadata_update import AsyncActionVouchersMetadataUpdate
from .async_action_vouchers_metadata_update_type import AsyncActionVouchersMetadataUpdateType
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
from .voucher_import_base_metadata_type_0 import VoucherImportBaseMetadataType0
from .voucher_import_discount import VoucherImportDiscount
from .voucher_import_discount_type_type_1 import VoucherImportDiscountTypeType1
from .voucher_import_discount_type_type_2_type_1 import VoucherImportDiscountTypeType2Type1
from .voucher_import_discount_type_type_3_type_1 import VoucherImportDiscountTypeType3Type1
from .voucher_import_gift import VoucherImportGift
from .voucher_import_gift_balance import VoucherImportGiftBalance
from .voucher_import_gift_type_type_1 import VoucherImportGiftTypeType1
from .voucher_import_gift_type_type_2_type_1 import VoucherImportGiftTypeType2Type1
from .voucher_import_gift_type_type_3_type_1 import VoucherImportGiftTypeType3Type1
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
    "AsyncActionBase",
    "AsyncActionBaseObject",
    "AsyncActionBaseOperationStatus",
    "AsyncActionBaseStatus",
    "AsyncActionCampaignsMetadataKeyPurge",
    "AsyncActionCampaignsMetadataKeyPurgeType",
    "AsyncActionCampaignVouchersDelete",
    "AsyncActionCampaignVouchersDeleteType",
    "AsyncActionCampaignVouchersGenerate",
    "AsyncActionCampaignVouchersGenerateType",
    "AsyncActionCampaignVouchersImport",
    "AsyncActionCampaignVouchersImportCsv",
    "AsyncActionCampaignVouchersImportCsvType",
    "AsyncActionCampaignVouchersImportType",
    "AsyncActionCampaignVouchersUpdate",
    "AsyncActionCampaignVouchersUpdateType",
    "AsyncActionCustomersBulkUpdate",
    "AsyncActionCustomersBulkUpdateType",
    "AsyncActionCustomersImportCsv",
    "AsyncActionCustomersImportCsvType",
    "AsyncActionCustomersMetadataKeyPurge",
    "AsyncActionCustomersMetadataKeyPurgeType",
    "AsyncActionCustomersMetadataUpdate",
    "AsyncActionCustomersMetadataUpdateType",
    "AsyncActionOrdersImport",
    "AsyncActionOrdersImportType",
    "AsyncActionOrdersMetadataKeyPurge",
    "AsyncActionOrdersMetadataKeyPurgeType",
    "AsyncActionProductsBulkUpdate",
    "AsyncActionProductsBulkUpdateType",
    "AsyncActionProductsImportCsv",
    "AsyncActionProductsImportCsvType",
    "AsyncActionProductsMetadataKeyPurge",
    "AsyncActionProductsMetadataKeyPurgeType",
    "AsyncActionProductsMetadataUpdate",
    "AsyncActionProductsMetadataUpdateType",
    "AsyncActionResultCampaignsMetadataKeyPurge",
    "AsyncActionResultCampaignVouchersDelete",
    "AsyncActionResultCampaignVouchersGenerate",
    "AsyncActionResultCampaignVouchersImport",
    "AsyncActionResultCampaignVouchersImportCsv",
    "AsyncActionResultCampaignVouchersImportCsvFailedItem",
    "AsyncActionResultCampaignVouchersImportFailedItem",
    "AsyncActionResultCampaignVouchersUpdate",
    "AsyncActionResultCustomersBulkUpdate",
    "AsyncActionResultCustomersBulkUpdateErrorsItem",
    "AsyncActionResultCustomersImportCsv",
    "AsyncActionResultCustomersImportCsvFailedItem",
    "AsyncActionResultCustomersMetadataKeyPurge",
    "AsyncActionResultCustomersMetadataUpdate",
    "AsyncActionResultCustomersMetadataUpdateErrorsItem",
    "AsyncActionResultOrdersImport",
    "AsyncActionResultOrdersImportFailedItem",
    "AsyncActionResultOrdersMetadataKeyPurge",
    "AsyncActionResultProductsBulkUpdate",
    "AsyncActionResultProductsBulkUpdateErrorsItem",
    "AsyncActionResultProductsImportCsv",
    "AsyncActionResultProductsImportCsvFailedItem",
    "AsyncActionResultProductsMetadataKeyPurge",
    "AsyncActionResultProductsMetadataUpdate",
    "AsyncActionResultProductsMetadataUpdateErrorsItem",
    "AsyncActionResultSkusImportCsv",
    "AsyncActionResultSkusImportCsvFailedItem",
    "AsyncActionResultVouchersBulkUpdate",
    "AsyncActionResultVouchersBulkUpdateErrorsItem",
    "AsyncActionResultVouchersImport",
    "AsyncActionResultVouchersImportCsv",
    "AsyncActionResultVouchersImportCsvFailedItem",
    "AsyncActionResultVouchersImportFailedItem",
    "AsyncActionResultVouchersMetadataKeyPurge",
    "AsyncActionResultVouchersMetadataUpdate",
    "AsyncActionResultVouchersMetadataUpdateErrorsItem",
    "AsyncActionSkusImportCsv",
    "AsyncActionSkusImportCsvType",
    "AsyncActionVouchersBulkUpdate",
    "AsyncActionVouchersBulkUpdateType",
    "AsyncActionVouchersImport",
    "AsyncActionVouchersImportCsv",
    "AsyncActionVouchersImportCsvType",
    "AsyncActionVouchersImportType",
    "AsyncActionVouchersMetadataKeyPurge",
    "AsyncActionVouchersMetadataKeyPurgeType",
    "AsyncActionVouchersMetadataUpdate",
    "AsyncActionVouchersMetadataUpdateType",
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
    "VoucherImportBaseMetadataType0",
    "VoucherImportDiscount",
    "VoucherImportDiscountTypeType1",
    "VoucherImportDiscountTypeType2Type1",
    "VoucherImportDiscountTypeType3Type1",
    "VoucherImportGift",
    "VoucherImportGiftBalance",
    "VoucherImportGiftTypeType1",
    "VoucherImportGiftTypeType2Type1",
    "VoucherImportGiftTypeType3Type1",
    "VoucherImportRedemption",
    "VoucherLoyaltyCard",
    "VoucherMetadata",
    "VoucherPublish",
    "VoucherRedemption",
    "VouchersImportCreateResponseBody",
    "VoucherType",
)
