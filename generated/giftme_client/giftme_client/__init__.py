# generated from specs/giftme.yaml by `make generate` — do not edit
"""A client library for accessing GiftMe API (giftkit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
