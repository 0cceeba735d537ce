# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherifyDiscountUnitMultipleType(StrEnum):
    UNIT = "UNIT"

    def __str__(self) -> str:
        return str(self.value)
