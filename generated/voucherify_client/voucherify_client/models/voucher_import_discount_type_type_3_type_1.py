# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class VoucherImportDiscountTypeType3Type1(StrEnum):
    DISCOUNT_VOUCHER = "DISCOUNT_VOUCHER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "VoucherImportDiscountTypeType3Type1":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
