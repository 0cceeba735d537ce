# generated from specs/giftme.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_secret

T = TypeVar("T", bound="GiftmeCreateOrdersRequest")


@_attrs_define
class GiftmeCreateOrdersRequest:
    """Request of "Create order" (POST <base_url>/reseller/orders).

    Attributes:
        cashier_pin (int): The cashier's PIN authorising the sale (documented: integer, e.g. 123456, required). SECRET:
            a wrong PIN is answered 400 with `errors.cashier_pin: "Invalid cashier pin."`. Being an integer, a PIN with
            leading zeros cannot be expressed (undocumented).
        orders (list[GiftmeOrderRequest]): The gift card orders to create (required).
    """

    cashier_pin: int = _attrs_field(repr=mask_secret)
    orders: list[GiftmeOrderRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cashier_pin = self.cashier_pin

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cashier_pin": cashier_pin,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cashier_pin = d.pop("cashier_pin")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = GiftmeOrderRequest.from_dict(orders_item_data)

            orders.append(orders_item)

        giftme_create_orders_request = cls(
            cashier_pin=cashier_pin,
            orders=orders,
        )

        giftme_create_orders_request.additional_properties = d
        return giftme_create_orders_request

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


from ..models.giftme_order_request import GiftmeOrderRequest  # noqa: E402
