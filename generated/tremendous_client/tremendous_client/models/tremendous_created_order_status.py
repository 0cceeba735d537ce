# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousCreatedOrderStatus(StrEnum):
    CANCELED = "CANCELED"
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    OPEN = "OPEN"
    PENDING_APPROVAL = "PENDING APPROVAL"
    PENDING_INTERNAL_PAYMENT_APPROVAL = "PENDING INTERNAL PAYMENT APPROVAL"

    def __str__(self) -> str:
        return str(self.value)
