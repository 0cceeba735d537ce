# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToPlansType(StrEnum):
    RESTRICT_TO_PLANS = "restrict-to-plans"

    def __str__(self) -> str:
        return str(self.value)
