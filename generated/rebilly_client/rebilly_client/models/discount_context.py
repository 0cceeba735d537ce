# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class DiscountContext(StrEnum):
    ITEMS = "items"
    ITEMS_AND_SHIPPING = "items-and-shipping"
    SHIPPING = "shipping"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "DiscountContext | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("DiscountContext", value)


_MEMBERS: dict[str, DiscountContext] = {member.value: member for member in DiscountContext}
