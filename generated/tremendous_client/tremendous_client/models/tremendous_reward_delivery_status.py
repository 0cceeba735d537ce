# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousRewardDeliveryStatus(StrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    SCHEDULED = "SCHEDULED"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousRewardDeliveryStatus | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousRewardDeliveryStatus", value)


_MEMBERS: dict[str, TremendousRewardDeliveryStatus] = {
    member.value: member for member in TremendousRewardDeliveryStatus
}
