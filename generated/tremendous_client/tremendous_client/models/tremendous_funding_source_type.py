# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousFundingSourceType(StrEnum):
    COMMERCIAL = "COMMERCIAL"
    PREFUNDING_ONLY = "PREFUNDING_ONLY"
    PRO_FORMA = "PRO_FORMA"

    def __str__(self) -> str:
        return str(self.value)
