# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCampaignVouchersImportType(StrEnum):
    CAMPAIGN_VOUCHERS_IMPORT = "CAMPAIGN.VOUCHERS_IMPORT"

    def __str__(self) -> str:
        return str(self.value)
