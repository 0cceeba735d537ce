# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionProductsBulkUpdateType(StrEnum):
    PRODUCTS_BULK_UPDATE = "PRODUCTS.BULK_UPDATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionProductsBulkUpdateType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
