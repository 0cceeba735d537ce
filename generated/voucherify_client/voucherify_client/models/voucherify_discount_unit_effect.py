# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherifyDiscountUnitEffect(StrEnum):
    ADD_MANY_ITEMS = "ADD_MANY_ITEMS"
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"
    ADD_SAME_ITEMS = "ADD_SAME_ITEMS"

    def __str__(self) -> str:
        return str(self.value)
