# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousFundingSourceMethod(StrEnum):
    BALANCE = "balance"
    BANK_ACCOUNT = "bank_account"
    CREDIT_CARD = "credit_card"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
