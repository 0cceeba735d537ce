# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousFundingSourceMetaNetwork(StrEnum):
    AMEX = "Amex"
    DINERS_CLUB = "Diner's Club"
    DISCOVER = "Discover"
    ELO = "Elo"
    JCB = "JCB"
    LASER = "Laser"
    MAESTRO = "Maestro"
    MASTERCARD = "MasterCard"
    SOLO = "Solo"
    VISA = "Visa"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousFundingSourceMetaNetwork | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousFundingSourceMetaNetwork", value)


_MEMBERS: dict[str, TremendousFundingSourceMetaNetwork] = {
    member.value: member for member in TremendousFundingSourceMetaNetwork
}
