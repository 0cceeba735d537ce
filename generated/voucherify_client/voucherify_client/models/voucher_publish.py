# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_secret

T = TypeVar("T", bound="VoucherPublish")


@_attrs_define
class VoucherPublish:
    """Summary of publication events (assignments of the code to customers).

    Attributes:
        object_ (str | Unset): Always `list`.
        count (int | Unset): Publication events counter.
        url (str | Unset): Endpoint listing the publications (GET).
    """

    object_: str | Unset = UNSET
    count: int | Unset = UNSET
    url: str | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        count = self.count

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if count is not UNSET:
            field_dict["count"] = count
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        count = d.pop("count", UNSET)

        url = d.pop("url", UNSET)

        voucher_publish = cls(
            object_=object_,
            count=count,
            url=url,
        )

        voucher_publish.additional_properties = d
        return voucher_publish

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
