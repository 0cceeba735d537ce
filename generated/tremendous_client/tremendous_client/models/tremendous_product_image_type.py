# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousProductImageType(StrEnum):
    CARD = "card"
    LOGO = "logo"

    def __str__(self) -> str:
        return str(self.value)
