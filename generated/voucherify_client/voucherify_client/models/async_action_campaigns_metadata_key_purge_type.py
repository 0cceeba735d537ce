# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionCampaignsMetadataKeyPurgeType(StrEnum):
    CAMPAIGNS_METADATA_KEY_PURGE = "CAMPAIGNS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)
