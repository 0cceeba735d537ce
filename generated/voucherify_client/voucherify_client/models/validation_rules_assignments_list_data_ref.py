# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class ValidationRulesAssignmentsListDataRef(StrEnum):
    DATA = "data"

    def __str__(self) -> str:
        return str(self.value)
