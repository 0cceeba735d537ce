# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionProductsMetadataUpdateType(StrEnum):
    PRODUCTS_METADATA_UPDATE = "PRODUCTS.METADATA_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
