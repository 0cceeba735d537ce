# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.self_link_rel import SelfLinkRel
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="SelfLink")


@_attrs_define
class SelfLink:
    """Link to the resource itself.

    Attributes:
        href (str | Unset): Link URL.
        rel (SelfLinkRel | Unset): Type of link.
    """

    href: str | Unset = UNSET
    rel: SelfLinkRel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel: str | Unset = UNSET
        if not isinstance(self.rel, Unset):
            rel = self.rel.value if not isinstance(self.rel, UnknownEnumValue) else self.rel.reject("rel")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if rel is not UNSET:
            field_dict["rel"] = rel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _rel = d.pop("rel", UNSET)
        rel: SelfLinkRel | Unset
        if isinstance(_rel, Unset):
            rel = UNSET
        else:
            rel = SelfLinkRel.parse(_rel)

        self_link = cls(
            href=href,
            rel=rel,
        )

        self_link.additional_properties = d
        return self_link

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
