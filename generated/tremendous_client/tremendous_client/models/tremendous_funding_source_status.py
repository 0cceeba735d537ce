# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousFundingSourceStatus(StrEnum):
    ACTIVE = "active"
    DELETED = "deleted"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
