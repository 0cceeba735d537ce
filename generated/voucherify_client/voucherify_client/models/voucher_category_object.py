# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherCategoryObject(StrEnum):
    CATEGORY = "category"

    def __str__(self) -> str:
        return str(self.value)
