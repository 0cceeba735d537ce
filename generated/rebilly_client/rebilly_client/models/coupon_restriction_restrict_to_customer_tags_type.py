# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToCustomerTagsType(StrEnum):
    RESTRICT_TO_CUSTOMER_TAGS = "restrict-to-customer-tags"

    def __str__(self) -> str:
        return str(self.value)
