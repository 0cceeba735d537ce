# generated from specs/rebilly.yaml by `make generate` — do not edit
"""A client library for accessing Rebilly API (giftkit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
