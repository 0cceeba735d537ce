# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class DiscountFixedType(StrEnum):
    FIXED = "fixed"

    def __str__(self) -> str:
        return str(self.value)
