# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherType(StrEnum):
    DISCOUNT_VOUCHER = "DISCOUNT_VOUCHER"
    GIFT_VOUCHER = "GIFT_VOUCHER"
    LOYALTY_CARD = "LOYALTY_CARD"

    def __str__(self) -> str:
        return str(self.value)
