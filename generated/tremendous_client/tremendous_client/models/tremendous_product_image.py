# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_product_image_type import TremendousProductImageType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousProductImage")


@_attrs_define
class TremendousProductImage:
    """
    Attributes:
        src (str): URL to this image
        type_ (TremendousProductImageType): Type of image
        content_type (None | str | Unset): The MIME content type of this image
    """

    src: str
    type_: TremendousProductImageType | UnknownEnumValue
    content_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src": src,
                "type": type_,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        src = d.pop("src")

        type_ = TremendousProductImageType.parse(d.pop("type"))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        tremendous_product_image = cls(
            src=src,
            type_=type_,
            content_type=content_type,
        )

        tremendous_product_image.additional_properties = d
        return tremendous_product_image

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
