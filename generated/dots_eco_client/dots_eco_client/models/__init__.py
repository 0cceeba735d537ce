# generated from specs/dots_eco.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .dots_eco_add_flow_card_request import DotsEcoAddFlowCardRequest
from .dots_eco_add_flow_card_response import DotsEcoAddFlowCardResponse
from .dots_eco_application_balance import DotsEcoApplicationBalance
from .dots_eco_field_errors import DotsEcoFieldErrors
from .dots_eco_flow_card import DotsEcoFlowCard
from .dots_eco_flow_card_product import DotsEcoFlowCardProduct
from .dots_eco_message_error import DotsEcoMessageError
from .dots_eco_validation_error import DotsEcoValidationError

__all__ = (
    "DotsEcoAddFlowCardRequest",
    "DotsEcoAddFlowCardResponse",
    "DotsEcoApplicationBalance",
    "DotsEcoFieldErrors",
    "DotsEcoFlowCard",
    "DotsEcoFlowCardProduct",
    "DotsEcoMessageError",
    "DotsEcoValidationError",
)
