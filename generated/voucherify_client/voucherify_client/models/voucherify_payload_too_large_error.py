# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherifyPayloadTooLargeError")


@_attrs_define
class VoucherifyPayloadTooLargeError:
    """Body of the 413 response (a different shape from VoucherifyError).

    Attributes:
        status_code (int | Unset): Error's HTTP status code.
        error (str | Unset): A human-readable message providing a short description of the error.
        message (str | Unset): A human-readable message providing more details about the error.
    """

    status_code: int | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        voucherify_payload_too_large_error = cls(
            status_code=status_code,
            error=error,
            message=message,
        )

        voucherify_payload_too_large_error.additional_properties = d
        return voucherify_payload_too_large_error

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
