# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionVouchersImportType(StrEnum):
    VOUCHERS_IMPORT = "VOUCHERS.IMPORT"

    def __str__(self) -> str:
        return str(self.value)
