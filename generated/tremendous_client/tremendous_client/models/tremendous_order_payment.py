# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousOrderPayment")


@_attrs_define
class TremendousOrderPayment:
    """
    Attributes:
        subtotal (float): Total price of the order before fees (in USD)
        total (float): Total price of the order including fees (in USD)
        fees (float): Fees for the order (in USD)
        discount (float): Discount for the order (in USD)
        refund (TremendousOrderRefund | Unset):
    """

    subtotal: float
    total: float
    fees: float
    discount: float
    refund: TremendousOrderRefund | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtotal = self.subtotal

        total = self.total

        fees = self.fees

        discount = self.discount

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtotal": subtotal,
                "total": total,
                "fees": fees,
                "discount": discount,
            }
        )
        if refund is not UNSET:
            field_dict["refund"] = refund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtotal = d.pop("subtotal")

        total = d.pop("total")

        fees = d.pop("fees")

        discount = d.pop("discount")

        _refund = d.pop("refund", UNSET)
        refund: TremendousOrderRefund | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = TremendousOrderRefund.from_dict(_refund)

        tremendous_order_payment = cls(
            subtotal=subtotal,
            total=total,
            fees=fees,
            discount=discount,
            refund=refund,
        )

        tremendous_order_payment.additional_properties = d
        return tremendous_order_payment

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


from ..models.tremendous_order_refund import TremendousOrderRefund  # noqa: E402
