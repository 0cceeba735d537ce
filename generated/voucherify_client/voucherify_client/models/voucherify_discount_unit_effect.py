# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class VoucherifyDiscountUnitEffect(StrEnum):
    ADD_MANY_ITEMS = "ADD_MANY_ITEMS"
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"
    ADD_SAME_ITEMS = "ADD_SAME_ITEMS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "VoucherifyDiscountUnitEffect | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("VoucherifyDiscountUnitEffect", value)


_MEMBERS: dict[str, VoucherifyDiscountUnitEffect] = {member.value: member for member in VoucherifyDiscountUnitEffect}
