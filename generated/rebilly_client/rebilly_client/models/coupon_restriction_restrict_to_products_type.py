# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponRestrictionRestrictToProductsType(StrEnum):
    RESTRICT_TO_PRODUCTS = "restrict-to-products"

    def __str__(self) -> str:
        return str(self.value)
