# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionOrdersImportType(StrEnum):
    ORDERS_IMPORT = "ORDERS.IMPORT"

    def __str__(self) -> str:
        return str(self.value)
