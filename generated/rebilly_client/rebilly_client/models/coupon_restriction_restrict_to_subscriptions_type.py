# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToSubscriptionsType(StrEnum):
    RESTRICT_TO_SUBSCRIPTIONS = "restrict-to-subscriptions"

    def __str__(self) -> str:
        return str(self.value)
