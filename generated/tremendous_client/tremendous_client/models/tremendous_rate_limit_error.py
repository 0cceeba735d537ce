# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousRateLimitError")


@_attrs_define
class TremendousRateLimitError:
    """The 429 body: the error detail under `errors` (the SDK's ListRewards429Response) or under a singular `error` (the
    rate-limiting page's example).

        Attributes:
            status (int | Unset): HTTP status code of the response
            errors (TremendousErrorDetail | Unset):
            error (TremendousErrorDetail | Unset):
    """

    status: int | Unset = UNSET
    errors: TremendousErrorDetail | Unset = UNSET
    error: TremendousErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: TremendousErrorDetail | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = TremendousErrorDetail.from_dict(_errors)

        _error = d.pop("error", UNSET)
        error: TremendousErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = TremendousErrorDetail.from_dict(_error)

        tremendous_rate_limit_error = cls(
            status=status,
            errors=errors,
            error=error,
        )

        tremendous_rate_limit_error.additional_properties = d
        return tremendous_rate_limit_error

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


from ..models.tremendous_error_detail import TremendousErrorDetail  # noqa: E402
