# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousCreatedRewardDeliveryMethod(StrEnum):
    EMAIL = "EMAIL"
    LINK = "LINK"
    PHONE = "PHONE"

    def __str__(self) -> str:
        return str(self.value)
