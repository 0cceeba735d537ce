# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionTotalRedemptionsType(StrEnum):
    TOTAL_REDEMPTIONS = "total-redemptions"

    def __str__(self) -> str:
        return str(self.value)
