# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToCountriesType(StrEnum):
    RESTRICT_TO_COUNTRIES = "restrict-to-countries"

    def __str__(self) -> str:
        return str(self.value)
