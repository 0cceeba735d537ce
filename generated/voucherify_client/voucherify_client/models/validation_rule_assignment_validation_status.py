# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class ValidationRuleAssignmentValidationStatus(StrEnum):
    INVALID = "INVALID"
    PARTIALLY_VALID = "PARTIALLY_VALID"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)
