# generated from specs/voucherify.yaml by `make generate` — do not edit
"""A client library for accessing Voucherify API (giftkit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
