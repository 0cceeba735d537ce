# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_secret

T = TypeVar("T", bound="VoucherRedemption")


@_attrs_define
class VoucherRedemption:
    """Summary of redemptions applied to the voucher.

    Attributes:
        quantity (int | None | Unset): How many times the voucher can be redeemed; `null` means unlimited.
        redeemed_quantity (int | Unset): How many times the voucher has been redeemed.
        redeemed_amount (int | Unset): Total amount redeemed from a gift card, in CENTS.
        redeemed_points (int | Unset): Total loyalty points redeemed.
        object_ (str | Unset): Always `list`.
        url (str | Unset): Endpoint listing the redemptions (GET).
    """

    quantity: int | None | Unset = UNSET
    redeemed_quantity: int | Unset = UNSET
    redeemed_amount: int | Unset = UNSET
    redeemed_points: int | Unset = UNSET
    object_: str | Unset = UNSET
    url: str | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        redeemed_quantity = self.redeemed_quantity

        redeemed_amount = self.redeemed_amount

        redeemed_points = self.redeemed_points

        object_ = self.object_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if redeemed_quantity is not UNSET:
            field_dict["redeemed_quantity"] = redeemed_quantity
        if redeemed_amount is not UNSET:
            field_dict["redeemed_amount"] = redeemed_amount
        if redeemed_points is not UNSET:
            field_dict["redeemed_points"] = redeemed_points
        if object_ is not UNSET:
            field_dict["object"] = object_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        redeemed_quantity = d.pop("redeemed_quantity", UNSET)

        redeemed_amount = d.pop("redeemed_amount", UNSET)

        redeemed_points = d.pop("redeemed_points", UNSET)

        object_ = d.pop("object", UNSET)

        url = d.pop("url", UNSET)

        voucher_redemption = cls(
            quantity=quantity,
            redeemed_quantity=redeemed_quantity,
            redeemed_amount=redeemed_amount,
            redeemed_points=redeemed_points,
            object_=object_,
            url=url,
        )

        voucher_redemption.additional_properties = d
        return voucher_redemption

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
