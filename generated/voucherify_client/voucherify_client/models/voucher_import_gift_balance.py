# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoucherImportGiftBalance")


@_attrs_define
class VoucherImportGiftBalance:
    """Gift card value to import ("Contains current gift card balance information."). Only `gift.amount` is imported; other
    gift fields are silently skipped.

        Attributes:
            amount (float): Gift card value in CENTS (the value is multiplied by 100 to represent 2 decimal places, e.g.
                `10000` for $100.00). Currency is not part of the voucher; it is the project's currency.
    """

    amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        voucher_import_gift_balance = cls(
            amount=amount,
        )

        voucher_import_gift_balance.additional_properties = d
        return voucher_import_gift_balance

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
