# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_rule_assignment_object import ValidationRuleAssignmentObject
from ..models.validation_rule_assignment_validation_status import ValidationRuleAssignmentValidationStatus
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="ValidationRuleAssignment")


@_attrs_define
class ValidationRuleAssignment:
    """Assignment of a validation rule.

    Attributes:
        id (str):
        rule_id (str):
        related_object_id (str):
        related_object_type (str):
        object_ (ValidationRuleAssignmentObject):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        validation_status (ValidationRuleAssignmentValidationStatus | Unset):
        validation_omitted_rules (list[str] | Unset):
    """

    id: str
    rule_id: str
    related_object_id: str
    related_object_type: str
    object_: ValidationRuleAssignmentObject
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    validation_status: ValidationRuleAssignmentValidationStatus | UnknownEnumValue | Unset = UNSET
    validation_omitted_rules: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rule_id = self.rule_id

        related_object_id = self.related_object_id

        related_object_type = self.related_object_type

        object_ = (
            self.object_.value if not isinstance(self.object_, UnknownEnumValue) else self.object_.reject("object")
        )

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        validation_status: str | Unset = UNSET
        if not isinstance(self.validation_status, Unset):
            validation_status = (
                self.validation_status.value
                if not isinstance(self.validation_status, UnknownEnumValue)
                else self.validation_status.reject("validation_status")
            )

        validation_omitted_rules: list[str] | Unset = UNSET
        if not isinstance(self.validation_omitted_rules, Unset):
            validation_omitted_rules = self.validation_omitted_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rule_id": rule_id,
                "related_object_id": related_object_id,
                "related_object_type": related_object_type,
                "object": object_,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if validation_status is not UNSET:
            field_dict["validation_status"] = validation_status
        if validation_omitted_rules is not UNSET:
            field_dict["validation_omitted_rules"] = validation_omitted_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        rule_id = d.pop("rule_id")

        related_object_id = d.pop("related_object_id")

        related_object_type = d.pop("related_object_type")

        object_ = ValidationRuleAssignmentObject.parse(d.pop("object"))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _validation_status = d.pop("validation_status", UNSET)
        validation_status: ValidationRuleAssignmentValidationStatus | UnknownEnumValue | Unset
        if isinstance(_validation_status, Unset):
            validation_status = UNSET
        else:
            validation_status = ValidationRuleAssignmentValidationStatus.parse(_validation_status)

        validation_omitted_rules = cast(list[str], d.pop("validation_omitted_rules", UNSET))

        validation_rule_assignment = cls(
            id=id,
            rule_id=rule_id,
            related_object_id=related_object_id,
            related_object_type=related_object_type,
            object_=object_,
            created_at=created_at,
            updated_at=updated_at,
            validation_status=validation_status,
            validation_omitted_rules=validation_omitted_rules,
        )

        validation_rule_assignment.additional_properties = d
        return validation_rule_assignment

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
