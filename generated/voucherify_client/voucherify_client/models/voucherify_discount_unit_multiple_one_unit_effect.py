# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class VoucherifyDiscountUnitMultipleOneUnitEffect(StrEnum):
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "VoucherifyDiscountUnitMultipleOneUnitEffect | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("VoucherifyDiscountUnitMultipleOneUnitEffect", value)


_MEMBERS: dict[str, VoucherifyDiscountUnitMultipleOneUnitEffect] = {
    member.value: member for member in VoucherifyDiscountUnitMultipleOneUnitEffect
}
