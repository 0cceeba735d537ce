# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionCampaignVouchersImportCsvType(StrEnum):
    CAMPAIGN_VOUCHERS_IMPORT_CSV = "CAMPAIGN.VOUCHERS_IMPORT_CSV"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionCampaignVouchersImportCsvType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
