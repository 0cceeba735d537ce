# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class ValidationRuleAssignmentObject(StrEnum):
    VALIDATION_RULES_ASSIGNMENT = "validation_rules_assignment"

    def __str__(self) -> str:
        return str(self.value)
