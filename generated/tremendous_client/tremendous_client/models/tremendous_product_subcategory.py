# generated from specs/tremendous.yaml by `make generate` — do not edit
from enum import StrEnum
from typing import Any

from ..types import UnknownEnumValue


class TremendousProductSubcategory(StrEnum):
    BEAUTY_AND_HEALTH = "beauty_and_health"
    DIGITAL_FINANCIAL_SERVICES = "digital_financial_services"
    ELECTRONICS = "electronics"
    ENTERTAINMENT = "entertainment"
    FASHION = "fashion"
    FOOD_AND_DRINK = "food_and_drink"
    GENERAL_MERCHANDISE = "general_merchandise"
    GROCERY_AND_SUPERMARKETS = "grocery_and_supermarkets"
    HOME_AND_LIVING = "home_and_living"
    MOBILITY_AND_FUEL = "mobility_and_fuel"
    SPORTS_AND_OUTDOOR_GEAR = "sports_and_outdoor_gear"
    TRAVEL_AND_HOSPITALITY = "travel_and_hospitality"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "TremendousProductSubcategory | UnknownEnumValue":
        """The member for a value read from an answer; UnknownEnumValue keeps one the spec does not list."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else UnknownEnumValue("TremendousProductSubcategory", value)


_MEMBERS: dict[str, TremendousProductSubcategory] = {member.value: member for member in TremendousProductSubcategory}
