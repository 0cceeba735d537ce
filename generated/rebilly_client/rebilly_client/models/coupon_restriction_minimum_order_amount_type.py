# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionMinimumOrderAmountType(StrEnum):
    MINIMUM_ORDER_AMOUNT = "minimum-order-amount"

    def __str__(self) -> str:
        return str(self.value)
