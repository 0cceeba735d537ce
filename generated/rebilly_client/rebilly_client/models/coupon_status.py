# generated from specs/rebilly.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class CouponStatus(StrEnum):
    DRAFT = "draft"
    EXPIRED = "expired"
    ISSUED = "issued"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CouponStatus | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("CouponStatus", value)


_MEMBERS: dict[str, CouponStatus] = {member.value: member for member in CouponStatus}
