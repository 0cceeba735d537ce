# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousCreatedOrderStatus(StrEnum):
    CANCELED = "CANCELED"
    EXECUTED = "EXECUTED"
    FAILED = "FAILED"
    OPEN = "OPEN"
    PENDING_APPROVAL = "PENDING APPROVAL"
    PENDING_INTERNAL_PAYMENT_APPROVAL = "PENDING INTERNAL PAYMENT APPROVAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousCreatedOrderStatus | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousCreatedOrderStatus", value)


_MEMBERS: dict[str, TremendousCreatedOrderStatus] = {member.value: member for member in TremendousCreatedOrderStatus}
