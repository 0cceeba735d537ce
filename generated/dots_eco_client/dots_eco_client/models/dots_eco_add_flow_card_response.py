# generated from specs/dots_eco.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DotsEcoAddFlowCardResponse")


@_attrs_define
class DotsEcoAddFlowCardResponse:
    """The 200 envelope of POST /flow-card/add: `success` (true) and `response`, the issued card.

    Attributes:
        success (bool): Request status; `true` on success. The documentation's field table types it "[string]" but its
            example sends the JSON boolean `true`; the wire is followed.
        response (DotsEcoFlowCard): An issued Flow gift card, as returned by addFlowCard. The documentation gives no
            field table for it, only the example; every field below is taken from that example.
    """

    success: bool
    response: DotsEcoFlowCard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        response = DotsEcoFlowCard.from_dict(d.pop("response"))

        dots_eco_add_flow_card_response = cls(
            success=success,
            response=response,
        )

        dots_eco_add_flow_card_response.additional_properties = d
        return dots_eco_add_flow_card_response

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


from ..models.dots_eco_flow_card import DotsEcoFlowCard  # noqa: E402
