# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionBaseOperationStatus(StrEnum):
    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
