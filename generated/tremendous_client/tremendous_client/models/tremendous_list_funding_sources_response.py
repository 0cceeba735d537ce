# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TremendousListFundingSourcesResponse")


@_attrs_define
class TremendousListFundingSourcesResponse:
    """
    Attributes:
        funding_sources (list[TremendousFundingSource]):
    """

    funding_sources: list[TremendousFundingSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_sources = []
        for funding_sources_item_data in self.funding_sources:
            funding_sources_item = funding_sources_item_data.to_dict()
            funding_sources.append(funding_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funding_sources": funding_sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funding_sources = []
        _funding_sources = d.pop("funding_sources")
        for funding_sources_item_data in _funding_sources:
            funding_sources_item = TremendousFundingSource.from_dict(funding_sources_item_data)

            funding_sources.append(funding_sources_item)

        tremendous_list_funding_sources_response = cls(
            funding_sources=funding_sources,
        )

        tremendous_list_funding_sources_response.additional_properties = d
        return tremendous_list_funding_sources_response

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


from ..models.tremendous_funding_source import TremendousFundingSource  # noqa: E402
