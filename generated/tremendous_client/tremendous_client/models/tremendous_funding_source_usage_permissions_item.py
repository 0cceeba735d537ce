# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum


class TremendousFundingSourceUsagePermissionsItem(StrEnum):
    API_ORDERS = "api_orders"
    BALANCE_FUNDING = "balance_funding"
    DASHBOARD_ORDERS = "dashboard_orders"

    def __str__(self) -> str:
        return str(self.value)
