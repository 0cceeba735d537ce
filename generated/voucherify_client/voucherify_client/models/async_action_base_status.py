# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class AsyncActionBaseStatus(StrEnum):
    DONE = "DONE"
    ENQUEUED = "ENQUEUED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionBaseStatus | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("AsyncActionBaseStatus", value)


_MEMBERS: dict[str, AsyncActionBaseStatus] = {member.value: member for member in AsyncActionBaseStatus}
