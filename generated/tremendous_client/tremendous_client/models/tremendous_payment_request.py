# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TremendousPaymentRequest")


@_attrs_define
class TremendousPaymentRequest:
    """
    Attributes:
        funding_source_id (str): Tremendous ID of the funding source that will be used to pay for the order. Use
            `balance` to use your Tremendous's balance.
    """

    funding_source_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_source_id = self.funding_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funding_source_id": funding_source_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funding_source_id = d.pop("funding_source_id")

        tremendous_payment_request = cls(
            funding_source_id=funding_source_id,
        )

        tremendous_payment_request.additional_properties = d
        return tremendous_payment_request

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
