# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToInvoicesType(StrEnum):
    RESTRICT_TO_INVOICES = "restrict-to-invoices"

    def __str__(self) -> str:
        return str(self.value)
