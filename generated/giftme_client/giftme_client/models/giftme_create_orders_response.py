# generated from specs/giftme.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GiftmeCreateOrdersResponse")


@_attrs_define
class GiftmeCreateOrdersResponse:
    """200 response of "Create order".

    Attributes:
        success (bool): true on success (the only documented value).
        data (list[GiftmeOrder]): The created orders, one per gift card. That they come in the order of the request's
            `orders` is not documented: correlate by `identifier`.
    """

    success: bool
    data: list[GiftmeOrder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GiftmeOrder.from_dict(data_item_data)

            data.append(data_item)

        giftme_create_orders_response = cls(
            success=success,
            data=data,
        )

        giftme_create_orders_response.additional_properties = d
        return giftme_create_orders_response

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


from ..models.giftme_order import GiftmeOrder  # noqa: E402
