# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousError")


@_attrs_define
class TremendousError:
    """The common error body: `errors.message` in plain English and `errors.payload` mirroring the request body down to
    each failing field, whose value is its message.

        Attributes:
            errors (TremendousErrorDetail):
            status (int | Unset): HTTP status code of the response
    """

    errors: TremendousErrorDetail
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = TremendousErrorDetail.from_dict(d.pop("errors"))

        status = d.pop("status", UNSET)

        tremendous_error = cls(
            errors=errors,
            status=status,
        )

        tremendous_error.additional_properties = d
        return tremendous_error

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
