# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_gift_effect import VoucherGiftEffect
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="VoucherGift")


@_attrs_define
class VoucherGift:
    """Gift card balance information.

    Attributes:
        amount (int | Unset): Total gift card income over the card's lifetime, in CENTS (`10000` = $100.00).
        subtracted_amount (int | Unset): Total amount subtracted over the card's lifetime, in CENTS.
        balance (int | Unset): Available funds, in CENTS. `balance` = `amount` - `subtracted_amount` -
            `redemption.redeemed_amount`.
        effect (VoucherGiftEffect | Unset): Defines how the credits are applied to the customer's order.
    """

    amount: int | Unset = UNSET
    subtracted_amount: int | Unset = UNSET
    balance: int | Unset = UNSET
    effect: VoucherGiftEffect | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        subtracted_amount = self.subtracted_amount

        balance = self.balance

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = (
                self.effect.value if not isinstance(self.effect, UnknownEnumValue) else self.effect.reject("effect")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if subtracted_amount is not UNSET:
            field_dict["subtracted_amount"] = subtracted_amount
        if balance is not UNSET:
            field_dict["balance"] = balance
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        subtracted_amount = d.pop("subtracted_amount", UNSET)

        balance = d.pop("balance", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: VoucherGiftEffect | UnknownEnumValue | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = VoucherGiftEffect.parse(_effect)

        voucher_gift = cls(
            amount=amount,
            subtracted_amount=subtracted_amount,
            balance=balance,
            effect=effect,
        )

        voucher_gift.additional_properties = d
        return voucher_gift

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
