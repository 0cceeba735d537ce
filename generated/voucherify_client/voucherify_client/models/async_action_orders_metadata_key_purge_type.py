# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionOrdersMetadataKeyPurgeType(StrEnum):
    ORDERS_METADATA_KEY_PURGE = "ORDERS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)
