# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionPaidByTimeType(StrEnum):
    PAID_BY_TIME = "paid-by-time"

    def __str__(self) -> str:
        return str(self.value)
