# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToBxgyType(StrEnum):
    RESTRICT_TO_BXGY = "restrict-to-bxgy"

    def __str__(self) -> str:
        return str(self.value)
