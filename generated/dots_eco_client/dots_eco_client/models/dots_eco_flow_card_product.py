# generated from specs/dots_eco.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_secret

T = TypeVar("T", bound="DotsEcoFlowCardProduct")


@_attrs_define
class DotsEcoFlowCardProduct:
    """A Flow card product available for the app (the documentation's "Key/Value pairs response body" of List Flow cards).

    Attributes:
        title (str): "[string] - The title of flow card."
        sku (str): "[string] - The SKU of flow card." Pass it to addFlowCard as `sku`.
        redeem_url (str): "[string] - The redeem url of flow card."
        card_image (str): "[string] - The flow card image." (a URL)
        redeem_instructions (str): "[string] - The flow card redeem instructions."
    """

    title: str
    sku: str
    redeem_url: str = _attrs_field(repr=mask_secret)
    card_image: str
    redeem_instructions: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sku = self.sku

        redeem_url = self.redeem_url

        card_image = self.card_image

        redeem_instructions = self.redeem_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "sku": sku,
                "redeem_url": redeem_url,
                "card_image": card_image,
                "redeem_instructions": redeem_instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        sku = d.pop("sku")

        redeem_url = d.pop("redeem_url")

        card_image = d.pop("card_image")

        redeem_instructions = d.pop("redeem_instructions")

        dots_eco_flow_card_product = cls(
            title=title,
            sku=sku,
            redeem_url=redeem_url,
            card_image=card_image,
            redeem_instructions=redeem_instructions,
        )

        dots_eco_flow_card_product.additional_properties = d
        return dots_eco_flow_card_product

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
