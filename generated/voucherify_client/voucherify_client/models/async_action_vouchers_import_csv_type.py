# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionVouchersImportCsvType(StrEnum):
    VOUCHERS_IMPORT_CSV = "VOUCHERS.IMPORT_CSV"

    def __str__(self) -> str:
        return str(self.value)
