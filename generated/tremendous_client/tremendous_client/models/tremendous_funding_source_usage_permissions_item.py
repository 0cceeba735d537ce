# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousFundingSourceUsagePermissionsItem(StrEnum):
    API_ORDERS = "api_orders"
    BALANCE_FUNDING = "balance_funding"
    DASHBOARD_ORDERS = "dashboard_orders"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousFundingSourceUsagePermissionsItem | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousFundingSourceUsagePermissionsItem", value)


_MEMBERS: dict[str, TremendousFundingSourceUsagePermissionsItem] = {
    member.value: member for member in TremendousFundingSourceUsagePermissionsItem
}
