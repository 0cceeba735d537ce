# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToCustomersType(StrEnum):
    RESTRICT_TO_CUSTOMERS = "restrict-to-customers"

    def __str__(self) -> str:
        return str(self.value)
