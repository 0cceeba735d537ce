# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionDiscountPerRedemptionType(StrEnum):
    DISCOUNTS_PER_REDEMPTION = "discounts-per-redemption"

    def __str__(self) -> str:
        return str(self.value)
