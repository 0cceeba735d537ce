# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousCreatedOrderChannel(StrEnum):
    API = "API"
    DECIPHER = "DECIPHER"
    EMBED = "EMBED"
    QUALTRICS = "QUALTRICS"
    SURVEY_MONKEY = "SURVEY MONKEY"
    TYPEFORM = "TYPEFORM"
    UI = "UI"
    YOTPO = "YOTPO"

    def __str__(self) -> str:
        return str(self.value)
