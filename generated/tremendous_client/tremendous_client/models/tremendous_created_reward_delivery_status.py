# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousCreatedRewardDeliveryStatus(StrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    SCHEDULED = "SCHEDULED"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)
