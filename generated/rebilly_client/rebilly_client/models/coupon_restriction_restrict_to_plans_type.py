# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class CouponRestrictionRestrictToPlansType(StrEnum):
    RESTRICT_TO_PLANS = "restrict-to-plans"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CouponRestrictionRestrictToPlansType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
