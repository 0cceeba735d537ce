# generated from specs/dots_eco.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DotsEcoFieldErrors")


@_attrs_define
class DotsEcoFieldErrors:
    """Field name -> list of messages. The documented keys are `app_token`, `sku`, `expiration_date` and `recipient_email`;
    other request fields may appear (the map is open, as a map of field errors must be).

        Attributes:
            app_token (list[str] | Unset): Human-readable messages for one field.
            sku (list[str] | Unset): Human-readable messages for one field.
            expiration_date (list[str] | Unset): Human-readable messages for one field.
            recipient_email (list[str] | Unset): Human-readable messages for one field.
    """

    app_token: list[str] | Unset = UNSET
    sku: list[str] | Unset = UNSET
    expiration_date: list[str] | Unset = UNSET
    recipient_email: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_token: list[str] | Unset = UNSET
        if not isinstance(self.app_token, Unset):
            app_token = self.app_token

        sku: list[str] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku

        expiration_date: list[str] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date

        recipient_email: list[str] | Unset = UNSET
        if not isinstance(self.recipient_email, Unset):
            recipient_email = self.recipient_email

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if app_token is not UNSET:
            field_dict["app_token"] = app_token
        if sku is not UNSET:
            field_dict["sku"] = sku
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if recipient_email is not UNSET:
            field_dict["recipient_email"] = recipient_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_token = cast(list[str], d.pop("app_token", UNSET))

        sku = cast(list[str], d.pop("sku", UNSET))

        expiration_date = cast(list[str], d.pop("expiration_date", UNSET))

        recipient_email = cast(list[str], d.pop("recipient_email", UNSET))

        dots_eco_field_errors = cls(
            app_token=app_token,
            sku=sku,
            expiration_date=expiration_date,
            recipient_email=recipient_email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        dots_eco_field_errors.additional_properties = additional_properties
        return dots_eco_field_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
