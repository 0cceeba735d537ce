# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionExclusiveApplicationType(StrEnum):
    RESTRICT_TO_EXCLUSIVE_APPLICATION = "restrict-to-exclusive-application"

    def __str__(self) -> str:
        return str(self.value)
