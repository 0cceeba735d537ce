# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class CouponRestrictionExclusiveApplicationType(StrEnum):
    RESTRICT_TO_EXCLUSIVE_APPLICATION = "restrict-to-exclusive-application"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CouponRestrictionExclusiveApplicationType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
