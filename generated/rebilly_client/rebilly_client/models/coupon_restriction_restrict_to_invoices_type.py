# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class CouponRestrictionRestrictToInvoicesType(StrEnum):
    RESTRICT_TO_INVOICES = "restrict-to-invoices"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CouponRestrictionRestrictToInvoicesType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
