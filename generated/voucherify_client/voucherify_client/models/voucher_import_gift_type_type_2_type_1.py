# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherImportGiftTypeType2Type1(StrEnum):
    GIFT_VOUCHER = "GIFT_VOUCHER"

    def __str__(self) -> str:
        return str(self.value)
