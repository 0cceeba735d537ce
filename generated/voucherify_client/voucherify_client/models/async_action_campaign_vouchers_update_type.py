# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCampaignVouchersUpdateType(StrEnum):
    CAMPAIGN_VOUCHERS_UPDATE = "CAMPAIGN.VOUCHERS_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
