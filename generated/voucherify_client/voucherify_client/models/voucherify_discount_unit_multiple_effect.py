# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherifyDiscountUnitMultipleEffect(StrEnum):
    ADD_MANY_ITEMS = "ADD_MANY_ITEMS"

    def __str__(self) -> str:
        return str(self.value)
