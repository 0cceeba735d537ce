# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class OAuthTokenTokenType(StrEnum):
    BEARER = "Bearer"

    def __str__(self) -> str:
        return str(self.value)
