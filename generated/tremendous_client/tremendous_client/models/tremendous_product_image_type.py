# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousProductImageType(StrEnum):
    CARD = "card"
    LOGO = "logo"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousProductImageType | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousProductImageType", value)


_MEMBERS: dict[str, TremendousProductImageType] = {member.value: member for member in TremendousProductImageType}
