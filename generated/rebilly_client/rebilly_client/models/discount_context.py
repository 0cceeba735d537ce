# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class DiscountContext(StrEnum):
    ITEMS = "items"
    ITEMS_AND_SHIPPING = "items-and-shipping"
    SHIPPING = "shipping"

    def __str__(self) -> str:
        return str(self.value)
