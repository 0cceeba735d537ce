# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_secret

T = TypeVar("T", bound="VoucherAssets")


@_attrs_define
class VoucherAssets:
    """Links to QR and barcode images of the encrypted voucher code. These reveal the code: treat them as secrets for gift
    cards.

        Attributes:
            qr (VoucherAsset | Unset): One image representation of the encrypted code.
            barcode (VoucherAsset | Unset): One image representation of the encrypted code.
    """

    qr: VoucherAsset | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    barcode: VoucherAsset | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qr, Unset):
            qr = self.qr.to_dict()

        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr is not UNSET:
            field_dict["qr"] = qr
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _qr = d.pop("qr", UNSET)
        qr: VoucherAsset | Unset
        if isinstance(_qr, Unset):
            qr = UNSET
        else:
            qr = VoucherAsset.from_dict(_qr)

        _barcode = d.pop("barcode", UNSET)
        barcode: VoucherAsset | Unset
        if isinstance(_barcode, Unset):
            barcode = UNSET
        else:
            barcode = VoucherAsset.from_dict(_barcode)

        voucher_assets = cls(
            qr=qr,
            barcode=barcode,
        )

        voucher_assets.additional_properties = d
        return voucher_assets

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


from ..models.voucher_asset import VoucherAsset  # noqa: E402
