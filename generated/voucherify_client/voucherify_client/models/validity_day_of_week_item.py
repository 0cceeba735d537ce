# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import IntEnum
from typing import Any

from ..types import UnknownEnumValue


class ValidityDayOfWeekItem(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_6 = 6

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "ValidityDayOfWeekItem | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, int) and not isinstance(value, bool) else None
        return member if member is not None else UnknownEnumValue("ValidityDayOfWeekItem", value)


_MEMBERS: dict[int, ValidityDayOfWeekItem] = {member.value: member for member in ValidityDayOfWeekItem}
