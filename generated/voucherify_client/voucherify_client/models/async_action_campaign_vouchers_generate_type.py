# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionCampaignVouchersGenerateType(StrEnum):
    CAMPAIGN_VOUCHERS_GENERATE = "CAMPAIGN.VOUCHERS_GENERATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionCampaignVouchersGenerateType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
