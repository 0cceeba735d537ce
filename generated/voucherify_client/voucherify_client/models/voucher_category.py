# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_category_object import VoucherCategoryObject
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherCategory")


@_attrs_define
class VoucherCategory:
    """A category.

    Attributes:
        id (str): Unique category ID assigned by Voucherify.
        name (str): Category name.
        hierarchy (int): Category hierarchy; lower values are processed first.
        object_ (VoucherCategoryObject): The type of the object (`category`).
        created_at (datetime.datetime): When the category was created.
        updated_at (datetime.datetime | Unset): When the category was updated.
    """

    id: str
    name: str
    hierarchy: int
    object_: VoucherCategoryObject
    created_at: datetime.datetime
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        hierarchy = self.hierarchy

        object_ = (
            self.object_.value if not isinstance(self.object_, UnknownEnumValue) else self.object_.reject("object")
        )

        created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "hierarchy": hierarchy,
                "object": object_,
                "created_at": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        hierarchy = d.pop("hierarchy")

        object_ = VoucherCategoryObject.parse(d.pop("object"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        voucher_category = cls(
            id=id,
            name=name,
            hierarchy=hierarchy,
            object_=object_,
            created_at=created_at,
            updated_at=updated_at,
        )

        voucher_category.additional_properties = d
        return voucher_category

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
