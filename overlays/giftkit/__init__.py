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
    ProcessedResponseError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from ._money import from_minor_units, to_minor_units
from ._paginate import paginate
from ._transport import options
from ._version import VERSION as __version__


def __getattr__(name: str) -> object:
    """`giftkit.<provider>` is the provider's profile module (e.g. `giftkit.voucherify.wait_for_import`),
    imported on first use so `import giftkit` stays cheap."""
    if name in provider_names():
        import importlib

        return importlib.import_module(f"giftkit.providers.{name}")
    raise AttributeError(f"module 'giftkit' has no attribute {name!r}")


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
    "ProcessedResponseError",
    "RateLimitError",
    "RequestValidationError",
    "SystemClock",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "__version__",
    "connect",
    "from_minor_units",
    "options",
    "paginate",
    "provider_names",
    "to_minor_units",
]
