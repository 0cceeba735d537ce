# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCustomersMetadataKeyPurgeType(StrEnum):
    CUSTOMERS_METADATA_KEY_PURGE = "CUSTOMERS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)
