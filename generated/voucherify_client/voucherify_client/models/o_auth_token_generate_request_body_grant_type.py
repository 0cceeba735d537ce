# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class OAuthTokenGenerateRequestBodyGrantType(StrEnum):
    CLIENT_CREDENTIALS = "client_credentials"

    def __str__(self) -> str:
        return str(self.value)
