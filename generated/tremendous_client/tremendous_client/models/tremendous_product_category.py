# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousProductCategory(StrEnum):
    ACH = "ach"
    CASH_APP = "cash_app"
    CHARITY = "charity"
    INSTANT_DEBIT_TRANSFER = "instant_debit_transfer"
    MERCHANT_CARD = "merchant_card"
    PAYPAL = "paypal"
    VENMO = "venmo"
    VISA_CARD = "visa_card"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousProductCategory | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousProductCategory", value)


_MEMBERS: dict[str, TremendousProductCategory] = {member.value: member for member in TremendousProductCategory}
