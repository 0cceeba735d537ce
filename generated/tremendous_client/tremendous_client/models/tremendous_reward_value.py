# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_reward_value_currency_code import TremendousRewardValueCurrencyCode
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousRewardValue")


@_attrs_define
class TremendousRewardValue:
    """
    Attributes:
        denomination (float): Amount of the reward
        currency_code (TremendousRewardValueCurrencyCode | Unset): Currency of the reward Default:
            TremendousRewardValueCurrencyCode.USD.
    """

    denomination: float
    currency_code: TremendousRewardValueCurrencyCode | UnknownEnumValue | Unset = TremendousRewardValueCurrencyCode.USD
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        denomination = self.denomination

        currency_code: str | Unset = UNSET
        if not isinstance(self.currency_code, Unset):
            currency_code = (
                self.currency_code.value
                if not isinstance(self.currency_code, UnknownEnumValue)
                else self.currency_code.reject("currency_code")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denomination": denomination,
            }
        )
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        denomination = d.pop("denomination")

        _currency_code = d.pop("currency_code", UNSET)
        currency_code: TremendousRewardValueCurrencyCode | UnknownEnumValue | Unset
        if isinstance(_currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = TremendousRewardValueCurrencyCode.parse(_currency_code)

        tremendous_reward_value = cls(
            denomination=denomination,
            currency_code=currency_code,
        )

        tremendous_reward_value.additional_properties = d
        return tremendous_reward_value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
