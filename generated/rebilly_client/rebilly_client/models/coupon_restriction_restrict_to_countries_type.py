# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class CouponRestrictionRestrictToCountriesType(StrEnum):
    RESTRICT_TO_COUNTRIES = "restrict-to-countries"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CouponRestrictionRestrictToCountriesType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
