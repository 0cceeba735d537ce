# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCampaignVouchersDeleteType(StrEnum):
    CAMPAIGN_VOUCHERS_DELETE = "CAMPAIGN.VOUCHERS_DELETE"

    def __str__(self) -> str:
        return str(self.value)
