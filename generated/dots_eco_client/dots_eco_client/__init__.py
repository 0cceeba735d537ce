# generated from specs/dots_eco.yaml by `make generate` — do not edit
"""A client library for accessing Dots.eco API (giftkit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
