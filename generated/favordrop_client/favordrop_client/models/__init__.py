# generated from specs/favordrop.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .favordrop_create_request import FavordropCreateRequest
from .favordrop_create_request_send_type_item import FavordropCreateRequestSendTypeItem
from .favordrop_create_response import FavordropCreateResponse
from .favordrop_error import FavordropError

__all__ = (
    "FavordropCreateRequest",
    "FavordropCreateRequestSendTypeItem",
    "FavordropCreateResponse",
    "FavordropError",
)
