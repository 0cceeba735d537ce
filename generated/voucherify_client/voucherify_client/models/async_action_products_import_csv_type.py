# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionProductsImportCsvType(StrEnum):
    PRODUCTS_IMPORT_CSV = "PRODUCTS.IMPORT_CSV"

    def __str__(self) -> str:
        return str(self.value)
