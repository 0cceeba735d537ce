# generated from specs/voucherify.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class AsyncActionType(StrEnum):
    CAMPAIGNS_METADATA_KEY_PURGE = "CAMPAIGNS.METADATA_KEY_PURGE"
    CAMPAIGN_VOUCHERS_DELETE = "CAMPAIGN.VOUCHERS_DELETE"
    CAMPAIGN_VOUCHERS_GENERATE = "CAMPAIGN.VOUCHERS_GENERATE"
    CAMPAIGN_VOUCHERS_IMPORT = "CAMPAIGN.VOUCHERS_IMPORT"
    CAMPAIGN_VOUCHERS_IMPORT_CSV = "CAMPAIGN.VOUCHERS_IMPORT_CSV"
    CAMPAIGN_VOUCHERS_UPDATE = "CAMPAIGN.VOUCHERS_UPDATE"
    CUSTOMERS_BULK_UPDATE = "CUSTOMERS.BULK_UPDATE"
    CUSTOMERS_IMPORT_CSV = "CUSTOMERS.IMPORT_CSV"
    CUSTOMERS_METADATA_KEY_PURGE = "CUSTOMERS.METADATA_KEY_PURGE"
    CUSTOMERS_METADATA_UPDATE = "CUSTOMERS.METADATA_UPDATE"
    ORDERS_IMPORT = "ORDERS.IMPORT"
    ORDERS_METADATA_KEY_PURGE = "ORDERS.METADATA_KEY_PURGE"
    PRODUCTS_BULK_UPDATE = "PRODUCTS.BULK_UPDATE"
    PRODUCTS_IMPORT_CSV = "PRODUCTS.IMPORT_CSV"
    PRODUCTS_METADATA_KEY_PURGE = "PRODUCTS.METADATA_KEY_PURGE"
    PRODUCTS_METADATA_UPDATE = "PRODUCTS.METADATA_UPDATE"
    SKUS_IMPORT_CSV = "SKUS.IMPORT_CSV"
    VOUCHERS_BULK_UPDATE = "VOUCHERS.BULK_UPDATE"
    VOUCHERS_IMPORT = "VOUCHERS.IMPORT"
    VOUCHERS_IMPORT_CSV = "VOUCHERS.IMPORT_CSV"
    VOUCHERS_METADATA_KEY_PURGE = "VOUCHERS.METADATA_KEY_PURGE"
    VOUCHERS_METADATA_UPDATE = "VOUCHERS.METADATA_UPDATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "AsyncActionType | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("AsyncActionType", value)


_MEMBERS: dict[str, AsyncActionType] = {member.value: member for member in AsyncActionType}
