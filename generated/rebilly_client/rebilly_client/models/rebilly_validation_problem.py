# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RebillyValidationProblem")


@_attrs_define
class RebillyValidationProblem:
    """Problem details for 422 validation errors, with per-field errors.

    Attributes:
        type_ (str | Unset): Problem type as a URI reference; human-readable documentation for the problem type.
            When absent, "about:blank" is assumed.
        title (str | Unset): Short, human-readable summary of the problem type.
        status (int | Unset): HTTP status code.
        detail (str | Unset): Human-readable explanation specific to this occurrence of the problem.
        instance (str | Unset): URI reference that identifies the specific occurrence of the problem.
        error (str | Unset): Deprecated error message (still read by the official JavaScript SDK).
        invalid_fields (list[RebillyInvalidField] | Unset): Invalid field details.
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    error: str | Unset = UNSET
    invalid_fields: list[RebillyInvalidField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        error = self.error

        invalid_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_fields, Unset):
            invalid_fields = []
            for invalid_fields_item_data in self.invalid_fields:
                invalid_fields_item = invalid_fields_item_data.to_dict()
                invalid_fields.append(invalid_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if error is not UNSET:
            field_dict["error"] = error
        if invalid_fields is not UNSET:
            field_dict["invalidFields"] = invalid_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        error = d.pop("error", UNSET)

        _invalid_fields = d.pop("invalidFields", UNSET)
        invalid_fields: list[RebillyInvalidField] | Unset = UNSET
        if _invalid_fields is not UNSET:
            invalid_fields = []
            for invalid_fields_item_data in _invalid_fields:
                invalid_fields_item = RebillyInvalidField.from_dict(invalid_fields_item_data)

                invalid_fields.append(invalid_fields_item)

        rebilly_validation_problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            error=error,
            invalid_fields=invalid_fields,
        )

        rebilly_validation_problem.additional_properties = d
        return rebilly_validation_problem

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


from ..models.rebilly_invalid_field import RebillyInvalidField  # noqa: E402
