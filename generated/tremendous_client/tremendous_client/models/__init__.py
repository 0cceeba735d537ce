# generated from specs/tremendous.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .tremendous_create_order_response import TremendousCreateOrderResponse
from .tremendous_created_order import TremendousCreatedOrder
from .tremendous_created_order_channel import TremendousCreatedOrderChannel
from .tremendous_created_order_status import TremendousCreatedOrderStatus
from .tremendous_created_reward import TremendousCreatedReward
from .tremendous_created_reward_delivery import TremendousCreatedRewardDelivery
from .tremendous_created_reward_delivery_method import TremendousCreatedRewardDeliveryMethod
from .tremendous_created_reward_delivery_status import TremendousCreatedRewardDeliveryStatus
from .tremendous_custom_field import TremendousCustomField
from .tremendous_custom_field_request import TremendousCustomFieldRequest
from .tremendous_delivery_meta import TremendousDeliveryMeta
from .tremendous_delivery_request import TremendousDeliveryRequest
from .tremendous_delivery_request_method import TremendousDeliveryRequestMethod
from .tremendous_error import TremendousError
from .tremendous_error_detail import TremendousErrorDetail
from .tremendous_error_detail_payload import TremendousErrorDetailPayload
from .tremendous_funding_source import TremendousFundingSource
from .tremendous_funding_source_failure_details import TremendousFundingSourceFailureDetails
from .tremendous_funding_source_meta import TremendousFundingSourceMeta
from .tremendous_funding_source_meta_account_type import TremendousFundingSourceMetaAccountType
from .tremendous_funding_source_meta_network import TremendousFundingSourceMetaNetwork
from .tremendous_funding_source_method import TremendousFundingSourceMethod
from .tremendous_funding_source_status import TremendousFundingSourceStatus
from .tremendous_funding_source_type import TremendousFundingSourceType
from .tremendous_funding_source_usage_permissions_item import TremendousFundingSourceUsagePermissionsItem
from .tremendous_get_order_response import TremendousGetOrderResponse
from .tremendous_list_funding_sources_response import TremendousListFundingSourcesResponse
from .tremendous_list_orders_response import TremendousListOrdersResponse
from .tremendous_list_products_response import TremendousListProductsResponse
from .tremendous_order import TremendousOrder
from .tremendous_order_channel import TremendousOrderChannel
from .tremendous_order_payment import TremendousOrderPayment
from .tremendous_order_refund import TremendousOrderRefund
from .tremendous_order_reward import TremendousOrderReward
from .tremendous_order_status import TremendousOrderStatus
from .tremendous_payment_request import TremendousPaymentRequest
from .tremendous_product import TremendousProduct
from .tremendous_product_category import TremendousProductCategory
from .tremendous_product_country import TremendousProductCountry
from .tremendous_product_currency_codes_item import TremendousProductCurrencyCodesItem
from .tremendous_product_documents import TremendousProductDocuments
from .tremendous_product_image import TremendousProductImage
from .tremendous_product_image_type import TremendousProductImageType
from .tremendous_product_sku import TremendousProductSku
from .tremendous_product_subcategory import TremendousProductSubcategory
from .tremendous_rate_limit_error import TremendousRateLimitError
from .tremendous_recipient import TremendousRecipient
from .tremendous_reward_delivery import TremendousRewardDelivery
from .tremendous_reward_delivery_method import TremendousRewardDeliveryMethod
from .tremendous_reward_delivery_status import TremendousRewardDeliveryStatus
from .tremendous_reward_request import TremendousRewardRequest
from .tremendous_reward_value import TremendousRewardValue
from .tremendous_reward_value_currency_code import TremendousRewardValueCurrencyCode
from .tremendous_single_reward_order import TremendousSingleRewardOrder

__all__ = (
    "TremendousCreatedOrder",
    "TremendousCreatedOrderChannel",
    "TremendousCreatedOrderStatus",
    "TremendousCreatedReward",
    "TremendousCreatedRewardDelivery",
    "TremendousCreatedRewardDeliveryMethod",
    "TremendousCreatedRewardDeliveryStatus",
    "TremendousCreateOrderResponse",
    "TremendousCustomField",
    "TremendousCustomFieldRequest",
    "TremendousDeliveryMeta",
    "TremendousDeliveryRequest",
    "TremendousDeliveryRequestMethod",
    "TremendousError",
    "TremendousErrorDetail",
    "TremendousErrorDetailPayload",
    "TremendousFundingSource",
    "TremendousFundingSourceFailureDetails",
    "TremendousFundingSourceMeta",
    "TremendousFundingSourceMetaAccountType",
    "TremendousFundingSourceMetaNetwork",
    "TremendousFundingSourceMethod",
    "TremendousFundingSourceStatus",
    "TremendousFundingSourceType",
    "TremendousFundingSourceUsagePermissionsItem",
    "TremendousGetOrderResponse",
    "TremendousListFundingSourcesResponse",
    "TremendousListOrdersResponse",
    "TremendousListProductsResponse",
    "TremendousOrder",
    "TremendousOrderChannel",
    "TremendousOrderPayment",
    "TremendousOrderRefund",
    "TremendousOrderReward",
    "TremendousOrderStatus",
    "TremendousPaymentRequest",
    "TremendousProduct",
    "TremendousProductCategory",
    "TremendousProductCountry",
    "TremendousProductCurrencyCodesItem",
    "TremendousProductDocuments",
    "TremendousProductImage",
    "TremendousProductImageType",
    "TremendousProductSku",
    "TremendousProductSubcategory",
    "TremendousRateLimitError",
    "TremendousRecipient",
    "TremendousRewardDelivery",
    "TremendousRewardDeliveryMethod",
    "TremendousRewardDeliveryStatus",
    "TremendousRewardRequest",
    "TremendousRewardValue",
    "TremendousRewardValueCurrencyCode",
    "TremendousSingleRewardOrder",
)
