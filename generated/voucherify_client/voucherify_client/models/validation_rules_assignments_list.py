# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_rules_assignments_list_data_ref import ValidationRulesAssignmentsListDataRef
from ..models.validation_rules_assignments_list_object import ValidationRulesAssignmentsListObject
from ..types import UnknownEnumValue

T = TypeVar("T", bound="ValidationRulesAssignmentsList")


@_attrs_define
class ValidationRulesAssignmentsList:
    """List of validation rules assignments.

    Attributes:
        object_ (ValidationRulesAssignmentsListObject):
        data_ref (ValidationRulesAssignmentsListDataRef):
        data (list[ValidationRuleAssignment]):
        total (int):
    """

    object_: ValidationRulesAssignmentsListObject
    data_ref: ValidationRulesAssignmentsListDataRef
    data: list[ValidationRuleAssignment]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = (
            self.object_.value if not isinstance(self.object_, UnknownEnumValue) else self.object_.reject("object")
        )

        data_ref = (
            self.data_ref.value if not isinstance(self.data_ref, UnknownEnumValue) else self.data_ref.reject("data_ref")
        )

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data_ref": data_ref,
                "data": data,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = ValidationRulesAssignmentsListObject.parse(d.pop("object"))

        data_ref = ValidationRulesAssignmentsListDataRef.parse(d.pop("data_ref"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ValidationRuleAssignment.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total")

        validation_rules_assignments_list = cls(
            object_=object_,
            data_ref=data_ref,
            data=data,
            total=total,
        )

        validation_rules_assignments_list.additional_properties = d
        return validation_rules_assignments_list

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


from ..models.validation_rule_assignment import ValidationRuleAssignment  # noqa: E402
