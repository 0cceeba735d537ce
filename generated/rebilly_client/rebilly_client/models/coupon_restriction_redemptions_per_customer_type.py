# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRedemptionsPerCustomerType(StrEnum):
    REDEMPTIONS_PER_CUSTOMER = "redemptions-per-customer"

    def __str__(self) -> str:
        return str(self.value)
