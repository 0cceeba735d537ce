# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionProductsMetadataKeyPurgeType(StrEnum):
    PRODUCTS_METADATA_KEY_PURGE = "PRODUCTS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)
