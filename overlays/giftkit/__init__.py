"""giftkit: typed, money-safe clients for gift-card, voucher and coupon APIs.

    import giftkit
    client = giftkit.connect("dots_eco", auth_token="...")

Provider profiles (and their generated clients) are imported only when first connected.
"""

from ._clock import Clock, SystemClock
from ._connect import connect, provider_names
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    GiftkitError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from ._money import from_minor_units, to_minor_units
from ._transport import options

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "GiftkitError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "SystemClock",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "connect",
    "from_minor_units",
    "options",
    "provider_names",
    "to_minor_units",
]
