# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousFundingSourceFailureDetails")


@_attrs_define
class TremendousFundingSourceFailureDetails:
    """
    Attributes:
        return_code (str | Unset): Payment error code
        description (str | Unset): Explanation of the payment error
    """

    return_code: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_code = self.return_code

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_code is not UNSET:
            field_dict["return_code"] = return_code
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_code = d.pop("return_code", UNSET)

        description = d.pop("description", UNSET)

        tremendous_funding_source_failure_details = cls(
            return_code=return_code,
            description=description,
        )

        tremendous_funding_source_failure_details.additional_properties = d
        return tremendous_funding_source_failure_details

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
