# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_secret

T = TypeVar("T", bound="OAuthTokenAccessTokenRequestBody")


@_attrs_define
class OAuthTokenAccessTokenRequestBody:
    """Form body of introspect-oauth-token and revoke-oauth-token.

    Attributes:
        access_token (str): An OAuth 2.0 token generated with the API key and token. A secret.
    """

    access_token: str = _attrs_field(repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        o_auth_token_access_token_request_body = cls(
            access_token=access_token,
        )

        o_auth_token_access_token_request_body.additional_properties = d
        return o_auth_token_access_token_request_body

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
