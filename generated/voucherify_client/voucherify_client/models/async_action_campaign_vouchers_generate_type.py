# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCampaignVouchersGenerateType(StrEnum):
    CAMPAIGN_VOUCHERS_GENERATE = "CAMPAIGN.VOUCHERS_GENERATE"

    def __str__(self) -> str:
        return str(self.value)
