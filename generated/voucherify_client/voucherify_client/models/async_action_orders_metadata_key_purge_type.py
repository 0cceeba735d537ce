# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionOrdersMetadataKeyPurgeType(StrEnum):
    ORDERS_METADATA_KEY_PURGE = "ORDERS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionOrdersMetadataKeyPurgeType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
