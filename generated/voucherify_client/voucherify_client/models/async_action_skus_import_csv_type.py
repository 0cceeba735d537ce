# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionSkusImportCsvType(StrEnum):
    SKUS_IMPORT_CSV = "SKUS.IMPORT_CSV"

    def __str__(self) -> str:
        return str(self.value)
