# generated from specs/giftme.yaml by `make generate` — do not edit
from enum import StrEnum


class GiftmeOrderRequestContext(StrEnum):
    ALL = "all"
    CATEGORY = "category"
    MERCHANT = "merchant"

    def __str__(self) -> str:
        return str(self.value)
