# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum


class AsyncActionVouchersMetadataUpdateType(StrEnum):
    VOUCHERS_METADATA_UPDATE = "VOUCHERS.METADATA_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
