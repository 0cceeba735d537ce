# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


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
