# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousErrorDetail")


@_attrs_define
class TremendousErrorDetail:
    """
    Attributes:
        message (str | Unset): Error message
        payload (TremendousErrorDetailPayload | Unset): Mirrors the request parameters structure, filled only with the
            (nested) properties that caused an error.
    """

    message: str | Unset = UNSET
    payload: TremendousErrorDetailPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: TremendousErrorDetailPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = TremendousErrorDetailPayload.from_dict(_payload)

        tremendous_error_detail = cls(
            message=message,
            payload=payload,
        )

        tremendous_error_detail.additional_properties = d
        return tremendous_error_detail

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


from ..models.tremendous_error_detail_payload import TremendousErrorDetailPayload  # noqa: E402
