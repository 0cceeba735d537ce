# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_token_token_type import OAuthTokenTokenType
from ..types import UnknownEnumValue, mask_secret

T = TypeVar("T", bound="OAuthToken")


@_attrs_define
class OAuthToken:
    """Details about the OAuth token (generate-oauth-token response).

    Attributes:
        access_token (str): The access token used to authorize access to the Voucherify API (send as `Authorization:
            Bearer <access_token>`). A secret.
        client_id (str): Unique client identifier, assigned by Voucherify, for OAuth.
        expires_at (int): When the token expires, as a Unix timestamp in SECONDS.
        expires_in (int): Number of SECONDS left until the token expires (900 when generated).
        scope (str): Space-separated scopes of the token.
        token_type (OAuthTokenTokenType): Type of the token. Use the value as the header prefix for authorization.
    """

    access_token: str = _attrs_field(repr=mask_secret)
    client_id: str
    expires_at: int
    expires_in: int
    scope: str
    token_type: OAuthTokenTokenType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        client_id = self.client_id

        expires_at = self.expires_at

        expires_in = self.expires_in

        scope = self.scope

        token_type = (
            self.token_type.value
            if not isinstance(self.token_type, UnknownEnumValue)
            else self.token_type.reject("token_type")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "client_id": client_id,
                "expires_at": expires_at,
                "expires_in": expires_in,
                "scope": scope,
                "token_type": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        client_id = d.pop("client_id")

        expires_at = d.pop("expires_at")

        expires_in = d.pop("expires_in")

        scope = d.pop("scope")

        token_type = OAuthTokenTokenType.parse(d.pop("token_type"))

        o_auth_token = cls(
            access_token=access_token,
            client_id=client_id,
            expires_at=expires_at,
            expires_in=expires_in,
            scope=scope,
            token_type=token_type,
        )

        o_auth_token.additional_properties = d
        return o_auth_token

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
