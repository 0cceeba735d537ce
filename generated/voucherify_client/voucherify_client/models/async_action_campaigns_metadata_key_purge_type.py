# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any


class AsyncActionCampaignsMetadataKeyPurgeType(StrEnum):
    CAMPAIGNS_METADATA_KEY_PURGE = "CAMPAIGNS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionCampaignsMetadataKeyPurgeType":
        """A single-value enum is a tag (it tells union variants apart): closed, ValueError otherwise."""
        return cls(value)
