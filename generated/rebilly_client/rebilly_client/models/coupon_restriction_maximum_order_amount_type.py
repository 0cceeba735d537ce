# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionMaximumOrderAmountType(StrEnum):
    MAXIMUM_ORDER_AMOUNT = "maximum-order-amount"

    def __str__(self) -> str:
        return str(self.value)
