# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum


class CouponStatus(StrEnum):
    DRAFT = "draft"
    EXPIRED = "expired"
    ISSUED = "issued"

    def __str__(self) -> str:
        return str(self.value)
