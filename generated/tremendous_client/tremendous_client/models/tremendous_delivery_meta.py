# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousDeliveryMeta")


@_attrs_define
class TremendousDeliveryMeta:
    """
    Attributes:
        sender_name (str | Unset): The "sender name" used in the delivery. If it's an email reward, "via Tremendous"
            will be appended to the value. Please note that you cannot customize the sender email.
        subject_line (str | Unset): The subject line used in the delivery.
        message (str | Unset): The content of the message of the reward, shown in the email / SMS and on the landing
            page.
    """

    sender_name: str | Unset = UNSET
    subject_line: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_name = self.sender_name

        subject_line = self.subject_line

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if subject_line is not UNSET:
            field_dict["subject_line"] = subject_line
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_name = d.pop("sender_name", UNSET)

        subject_line = d.pop("subject_line", UNSET)

        message = d.pop("message", UNSET)

        tremendous_delivery_meta = cls(
            sender_name=sender_name,
            subject_line=subject_line,
            message=message,
        )

        tremendous_delivery_meta.additional_properties = d
        return tremendous_delivery_meta

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
