# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousFundingSourceMetaAccountType(StrEnum):
    CHECKING = "checking"
    SAVINGS = "savings"

    def __str__(self) -> str:
        return str(self.value)
