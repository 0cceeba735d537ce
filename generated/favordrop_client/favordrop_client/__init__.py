# generated from specs/favordrop.yaml by `make generate` — do not edit
"""A client library for accessing Favordrop API (giftkit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
