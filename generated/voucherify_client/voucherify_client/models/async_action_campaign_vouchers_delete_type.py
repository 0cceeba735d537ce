# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionCampaignVouchersDeleteType(StrEnum):
    CAMPAIGN_VOUCHERS_DELETE = "CAMPAIGN.VOUCHERS_DELETE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionCampaignVouchersDeleteType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
