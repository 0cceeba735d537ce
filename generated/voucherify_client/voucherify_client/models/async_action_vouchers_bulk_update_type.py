# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionVouchersBulkUpdateType(StrEnum):
    VOUCHERS_BULK_UPDATE = "VOUCHERS.BULK_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
