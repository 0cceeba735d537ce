# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class AsyncActionBaseOperationStatus(StrEnum):
    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionBaseOperationStatus | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("AsyncActionBaseOperationStatus", value)


_MEMBERS: dict[str, AsyncActionBaseOperationStatus] = {
    member.value: member for member in AsyncActionBaseOperationStatus
}
