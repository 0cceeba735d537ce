# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionBaseStatus(StrEnum):
    DONE = "DONE"
    ENQUEUED = "ENQUEUED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
