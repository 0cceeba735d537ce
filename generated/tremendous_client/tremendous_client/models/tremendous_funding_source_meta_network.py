# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousFundingSourceMetaNetwork(StrEnum):
    AMEX = "Amex"
    DINERS_CLUB = "Diner's Club"
    DISCOVER = "Discover"
    ELO = "Elo"
    JCB = "JCB"
    LASER = "Laser"
    MAESTRO = "Maestro"
    MASTERCARD = "MasterCard"
    SOLO = "Solo"
    VISA = "Visa"

    def __str__(self) -> str:
        return str(self.value)
