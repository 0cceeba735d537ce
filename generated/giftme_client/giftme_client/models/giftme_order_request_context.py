# generated from specs/giftme.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class GiftmeOrderRequestContext(StrEnum):
    ALL = "all"
    CATEGORY = "category"
    MERCHANT = "merchant"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "GiftmeOrderRequestContext | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("GiftmeOrderRequestContext", value)


_MEMBERS: dict[str, GiftmeOrderRequestContext] = {member.value: member for member in GiftmeOrderRequestContext}
