# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionProductsBulkUpdateType(StrEnum):
    PRODUCTS_BULK_UPDATE = "PRODUCTS.BULK_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
