# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherLoyaltyCard")


@_attrs_define
class VoucherLoyaltyCard:
    """Loyalty card parameters (points, not money).

    Attributes:
        points (int | Unset): Total number of points added over the card's lifespan.
        balance (int | Unset): Points available for reward redemption.
        next_expiration_date (datetime.date | Unset): The next date when a set of points expires.
        next_expiration_points (int | Unset): The amount of points that expire next.
        pending_points (int | Unset): Pending points not yet added.
        expired_points (int | Unset): Total expired points.
        subtracted_points (int | Unset): Total subtracted points.
    """

    points: int | Unset = UNSET
    balance: int | Unset = UNSET
    next_expiration_date: datetime.date | Unset = UNSET
    next_expiration_points: int | Unset = UNSET
    pending_points: int | Unset = UNSET
    expired_points: int | Unset = UNSET
    subtracted_points: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        balance = self.balance

        next_expiration_date: str | Unset = UNSET
        if not isinstance(self.next_expiration_date, Unset):
            next_expiration_date = self.next_expiration_date.isoformat()

        next_expiration_points = self.next_expiration_points

        pending_points = self.pending_points

        expired_points = self.expired_points

        subtracted_points = self.subtracted_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if balance is not UNSET:
            field_dict["balance"] = balance
        if next_expiration_date is not UNSET:
            field_dict["next_expiration_date"] = next_expiration_date
        if next_expiration_points is not UNSET:
            field_dict["next_expiration_points"] = next_expiration_points
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
        if expired_points is not UNSET:
            field_dict["expired_points"] = expired_points
        if subtracted_points is not UNSET:
            field_dict["subtracted_points"] = subtracted_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        points = d.pop("points", UNSET)

        balance = d.pop("balance", UNSET)

        _next_expiration_date = d.pop("next_expiration_date", UNSET)
        next_expiration_date: datetime.date | Unset
        if isinstance(_next_expiration_date, Unset):
            next_expiration_date = UNSET
        else:
            next_expiration_date = datetime.date.fromisoformat(_next_expiration_date)

        next_expiration_points = d.pop("next_expiration_points", UNSET)

        pending_points = d.pop("pending_points", UNSET)

        expired_points = d.pop("expired_points", UNSET)

        subtracted_points = d.pop("subtracted_points", UNSET)

        voucher_loyalty_card = cls(
            points=points,
            balance=balance,
            next_expiration_date=next_expiration_date,
            next_expiration_points=next_expiration_points,
            pending_points=pending_points,
            expired_points=expired_points,
            subtracted_points=subtracted_points,
        )

        voucher_loyalty_card.additional_properties = d
        return voucher_loyalty_card

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
