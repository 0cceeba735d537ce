# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherifyError")


@_attrs_define
class VoucherifyError:
    """Voucherify's error body, used for 4xx and 5xx responses (except 413). `code` repeats the HTTP status; `key` is the
    machine-readable error kind (e.g. `not_found`, `invalid_payload`, `duplicate_found`, `unauthorized`); `request_id`
    identifies the request for Voucherify support.

        Attributes:
            code (int): Error's HTTP status code.
            message (str): A human-readable message providing a short description of the error.
            key (str | Unset): Short string describing the kind of error which occurred.
            details (str | Unset): A human-readable message providing more details about the error (often a hint how to fix
                it).
            request_id (str | Unset): This ID is useful when troubleshooting and/or finding the root cause of an error
                response by Voucherify's support team.
            resource_id (str | Unset): Unique resource ID that can be used in another endpoint to get more details.
            resource_type (str | Unset): The resource type.
            error (VoucherifyErrorDetail | Unset): Additional information about the error: the custom message configured in
                a validation rule. Absent when no such message is defined.
    """

    code: int
    message: str
    key: str | Unset = UNSET
    details: str | Unset = UNSET
    request_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    error: VoucherifyErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        key = self.key

        details = self.details

        request_id = self.request_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if details is not UNSET:
            field_dict["details"] = details
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        key = d.pop("key", UNSET)

        details = d.pop("details", UNSET)

        request_id = d.pop("request_id", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        _error = d.pop("error", UNSET)
        error: VoucherifyErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = VoucherifyErrorDetail.from_dict(_error)

        voucherify_error = cls(
            code=code,
            message=message,
            key=key,
            details=details,
            request_id=request_id,
            resource_id=resource_id,
            resource_type=resource_type,
            error=error,
        )

        voucherify_error.additional_properties = d
        return voucherify_error

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


from ..models.voucherify_error_detail import VoucherifyErrorDetail  # noqa: E402
