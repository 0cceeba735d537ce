# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class CouponRestrictionRestrictToSubscriptionsType(StrEnum):
    RESTRICT_TO_SUBSCRIPTIONS = "restrict-to-subscriptions"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CouponRestrictionRestrictToSubscriptionsType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
