# generated from specs/tremendous.yaml by `make generate` — do not edit
"""A client library for accessing Tremendous API (giftkit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
