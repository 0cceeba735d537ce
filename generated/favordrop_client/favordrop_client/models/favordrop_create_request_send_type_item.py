# generated from specs/favordrop.yaml by `make generate` — do not edit
from enum import StrEnum


class FavordropCreateRequestSendTypeItem(StrEnum):
    EMAIL = "email"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
