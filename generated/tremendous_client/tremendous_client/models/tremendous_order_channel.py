# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousOrderChannel(StrEnum):
    API = "API"
    DECIPHER = "DECIPHER"
    EMBED = "EMBED"
    QUALTRICS = "QUALTRICS"
    SURVEY_MONKEY = "SURVEY MONKEY"
    TYPEFORM = "TYPEFORM"
    UI = "UI"
    YOTPO = "YOTPO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousOrderChannel | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousOrderChannel", value)


_MEMBERS: dict[str, TremendousOrderChannel] = {member.value: member for member in TremendousOrderChannel}
