# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousCreatedRewardDeliveryStatus(StrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    SCHEDULED = "SCHEDULED"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousCreatedRewardDeliveryStatus | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousCreatedRewardDeliveryStatus", value)


_MEMBERS: dict[str, TremendousCreatedRewardDeliveryStatus] = {
    member.value: member for member in TremendousCreatedRewardDeliveryStatus
}
