# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherifyDiscountPercentType(StrEnum):
    PERCENT = "PERCENT"

    def __str__(self) -> str:
        return str(self.value)
