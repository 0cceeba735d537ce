# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionVouchersMetadataKeyPurgeType(StrEnum):
    VOUCHERS_METADATA_KEY_PURGE = "VOUCHERS.METADATA_KEY_PURGE"

    def __str__(self) -> str:
        return str(self.value)
