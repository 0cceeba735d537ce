# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncActionError")


@_attrs_define
class AsyncActionError:
    """An error met while processing a bulk or metadata update.

    Attributes:
        message (str): A human-readable short description of the error.
        details (str): More details about the error.
        key (str): Short string describing the kind of error which occurred.
        code (str | Unset): Code of the voucher for which the error occurred (voucher updates).
        source_id (str | Unset): Source ID of the customer or product for which the error occurred.
    """

    message: str
    details: str
    key: str
    code: str | Unset = UNSET
    source_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        details = self.details

        key = self.key

        code = self.code

        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "details": details,
                "key": key,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if source_id is not UNSET:
            field_dict["source_id"] = source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        details = d.pop("details")

        key = d.pop("key")

        code = d.pop("code", UNSET)

        source_id = d.pop("source_id", UNSET)

        async_action_error = cls(
            message=message,
            details=details,
            key=key,
            code=code,
            source_id=source_id,
        )

        async_action_error.additional_properties = d
        return async_action_error

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
