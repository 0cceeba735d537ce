# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCustomersImportCsvType(StrEnum):
    CUSTOMERS_IMPORT_CSV = "CUSTOMERS.IMPORT_CSV"

    def __str__(self) -> str:
        return str(self.value)
