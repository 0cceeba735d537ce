# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherifyDiscountUnitMultipleOneUnitEffect(StrEnum):
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"

    def __str__(self) -> str:
        return str(self.value)
