# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCustomersBulkUpdateType(StrEnum):
    CUSTOMERS_BULK_UPDATE = "CUSTOMERS.BULK_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
