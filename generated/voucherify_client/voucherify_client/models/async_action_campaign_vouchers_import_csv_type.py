# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCampaignVouchersImportCsvType(StrEnum):
    CAMPAIGN_VOUCHERS_IMPORT_CSV = "CAMPAIGN.VOUCHERS_IMPORT_CSV"

    def __str__(self) -> str:
        return str(self.value)
