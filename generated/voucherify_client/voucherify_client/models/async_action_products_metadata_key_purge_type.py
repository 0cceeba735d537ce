# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionProductsMetadataKeyPurgeType(StrEnum):
    PRODUCTS_METADATA_KEY_PURGE = "PRODUCTS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionProductsMetadataKeyPurgeType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
