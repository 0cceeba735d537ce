# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCustomersMetadataUpdateType(StrEnum):
    CUSTOMERS_METADATA_UPDATE = "CUSTOMERS.METADATA_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
