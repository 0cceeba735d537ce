# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class VoucherGiftEffect(StrEnum):
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"
    APPLY_TO_ORDER = "APPLY_TO_ORDER"

    def __str__(self) -> str:
        return str(self.value)
