# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_token_generate_request_body_grant_type import OAuthTokenGenerateRequestBodyGrantType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="OAuthTokenGenerateRequestBody")


@_attrs_define
class OAuthTokenGenerateRequestBody:
    """Form body of generate-oauth-token.

    Attributes:
        grant_type (OAuthTokenGenerateRequestBodyGrantType): Gives an access token outside of the context of a user.
        scope (str): Space-separated list of scopes (do not use commas). `api`: whole server-side API; `client_api`:
            whole client-side API; the others limit the token to one resource path (e.g. `vouchers`: `/v1/vouchers...`,
            `async-actions`: `/v1/async-actions...`).
    """

    grant_type: OAuthTokenGenerateRequestBodyGrantType
    scope: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = (
            self.grant_type.value
            if not isinstance(self.grant_type, UnknownEnumValue)
            else self.grant_type.reject("grant_type")
        )

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = OAuthTokenGenerateRequestBodyGrantType.parse(d.pop("grant_type"))

        scope = d.pop("scope")

        o_auth_token_generate_request_body = cls(
            grant_type=grant_type,
            scope=scope,
        )

        o_auth_token_generate_request_body.additional_properties = d
        return o_auth_token_generate_request_body

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
