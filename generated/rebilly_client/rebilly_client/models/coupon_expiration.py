# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CouponExpiration")


@_attrs_define
class CouponExpiration:
    """Expiration time to set on a coupon.

    Attributes:
        expired_time (datetime.datetime | None | str): Date and time when the coupon expires. This value must be greater
            than the
            `issuedTime` value. If this field contains a null or empty string, the coupon expires
            immediately.
    """

    expired_time: datetime.datetime | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expired_time: None | str
        if isinstance(self.expired_time, datetime.datetime):
            expired_time = self.expired_time.isoformat()
        else:
            expired_time = self.expired_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiredTime": expired_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expired_time(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                expired_time_type_0 = datetime.datetime.fromisoformat(data)

                return expired_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | str, data)

        expired_time = _parse_expired_time(d.pop("expiredTime"))

        coupon_expiration = cls(
            expired_time=expired_time,
        )

        coupon_expiration.additional_properties = d
        return coupon_expiration

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
