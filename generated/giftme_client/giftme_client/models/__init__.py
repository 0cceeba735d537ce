# generated from specs/giftme.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .giftme_create_orders_request import GiftmeCreateOrdersRequest
from .giftme_create_orders_response import GiftmeCreateOrdersResponse
from .giftme_message_error import GiftmeMessageError
from .giftme_order import GiftmeOrder
from .giftme_order_request import GiftmeOrderRequest
from .giftme_order_request_context import GiftmeOrderRequestContext
from .giftme_order_request_self_deliver import GiftmeOrderRequestSelfDeliver
from .giftme_validation_error import GiftmeValidationError
from .giftme_validation_error_errors import GiftmeValidationErrorErrors

__all__ = (
    "GiftmeCreateOrdersRequest",
    "GiftmeCreateOrdersResponse",
    "GiftmeMessageError",
    "GiftmeOrder",
    "GiftmeOrderRequest",
    "GiftmeOrderRequestContext",
    "GiftmeOrderRequestSelfDeliver",
    "GiftmeValidationError",
    "GiftmeValidationErrorErrors",
)
