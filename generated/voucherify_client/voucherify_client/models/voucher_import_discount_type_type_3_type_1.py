# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherImportDiscountTypeType3Type1(StrEnum):
    DISCOUNT_VOUCHER = "DISCOUNT_VOUCHER"

    def __str__(self) -> str:
        return str(self.value)
