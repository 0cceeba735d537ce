# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionBaseObject(StrEnum):
    ASYNC_ACTION = "async_action"

    def __str__(self) -> str:
        return str(self.value)
