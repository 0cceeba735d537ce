# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_context import DiscountContext
from ..models.discount_percent_type import DiscountPercentType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="DiscountPercent")


@_attrs_define
class DiscountPercent:
    """Coupon percent discount.

    Attributes:
        type_ (DiscountPercentType):
        value (float): Percentage of discount (12 means 12 %).
        context (DiscountContext | Unset): Context in which the discount applies: `items` (items less discounts),
            `shipping`
            (shipping less discounts) or `items-and-shipping`.
    """

    type_: DiscountPercentType
    value: float
    context: DiscountContext | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        value = self.value

        context: str | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = (
                self.context.value if not isinstance(self.context, UnknownEnumValue) else self.context.reject("context")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DiscountPercentType.parse(d.pop("type"))

        value = d.pop("value")

        _context = d.pop("context", UNSET)
        context: DiscountContext | UnknownEnumValue | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = DiscountContext.parse(_context)

        discount_percent = cls(
            type_=type_,
            value=value,
            context=context,
        )

        discount_percent.additional_properties = d
        return discount_percent

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
