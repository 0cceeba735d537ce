# generated from specs/giftme.yaml by `make generate` — do not edit
from enum import StrEnum


class GiftmeOrderRequestSelfDeliver(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
