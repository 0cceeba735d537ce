# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_funding_source_method import TremendousFundingSourceMethod
from ..models.tremendous_funding_source_status import TremendousFundingSourceStatus
from ..models.tremendous_funding_source_type import TremendousFundingSourceType
from ..models.tremendous_funding_source_usage_permissions_item import TremendousFundingSourceUsagePermissionsItem
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousFundingSource")


@_attrs_define
class TremendousFundingSource:
    """
    Attributes:
        id (str):
        method (TremendousFundingSourceMethod): You can pay for rewards using different payment methods on Tremendous:
            Payment Method Description balance Pre-funded balance in your Tremendous account to draw funds from to send
            rewards to recipients. bank_account Bank account to draw funds from to send rewards to recipients. credit_card
            Credit card to draw funds from to send rewards to recipients. invoice Send rewards to recipients and pay by
            invoice.
        meta (TremendousFundingSourceMeta):
        usage_permissions (list[TremendousFundingSourceUsagePermissionsItem] | Unset): Indicates which actions this
            funding source can perform. Permission Description api_orders Usable for orders via API. dashboard_orders Usable
            for orders via Tremendous dashboard. balance_funding Usable to add funds to a balance (via dashboard or API).
        status (TremendousFundingSourceStatus | Unset): Status of the funding_source Status Description active Ready for
            use. deleted Manually removed, and not usable. failed Last payment attempt failed, and not usable (contact
            Tremendous support to reinstate).
        type_ (TremendousFundingSourceType | Unset): **Only available when `method` is set to `invoice`.**
    """

    id: str
    method: TremendousFundingSourceMethod | UnknownEnumValue
    meta: TremendousFundingSourceMeta
    usage_permissions: list[TremendousFundingSourceUsagePermissionsItem | UnknownEnumValue] | Unset = UNSET
    status: TremendousFundingSourceStatus | UnknownEnumValue | Unset = UNSET
    type_: TremendousFundingSourceType | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method = self.method.value if not isinstance(self.method, UnknownEnumValue) else self.method.reject("method")

        meta = self.meta.to_dict()

        usage_permissions: list[str] | Unset = UNSET
        if not isinstance(self.usage_permissions, Unset):
            usage_permissions = []
            for usage_permissions_item_data in self.usage_permissions:
                usage_permissions_item = (
                    usage_permissions_item_data.value
                    if not isinstance(usage_permissions_item_data, UnknownEnumValue)
                    else usage_permissions_item_data.reject("usage_permissions_item")
                )
                usage_permissions.append(usage_permissions_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = (
                self.status.value if not isinstance(self.status, UnknownEnumValue) else self.status.reject("status")
            )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "method": method,
                "meta": meta,
            }
        )
        if usage_permissions is not UNSET:
            field_dict["usage_permissions"] = usage_permissions
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        method = TremendousFundingSourceMethod.parse(d.pop("method"))

        meta = TremendousFundingSourceMeta.from_dict(d.pop("meta"))

        _usage_permissions = d.pop("usage_permissions", UNSET)
        usage_permissions: list[TremendousFundingSourceUsagePermissionsItem | UnknownEnumValue] | Unset = UNSET
        if _usage_permissions is not UNSET:
            usage_permissions = []
            for usage_permissions_item_data in _usage_permissions:
                usage_permissions_item = TremendousFundingSourceUsagePermissionsItem.parse(usage_permissions_item_data)

                usage_permissions.append(usage_permissions_item)

        _status = d.pop("status", UNSET)
        status: TremendousFundingSourceStatus | UnknownEnumValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TremendousFundingSourceStatus.parse(_status)

        _type_ = d.pop("type", UNSET)
        type_: TremendousFundingSourceType | UnknownEnumValue | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TremendousFundingSourceType.parse(_type_)

        tremendous_funding_source = cls(
            id=id,
            method=method,
            meta=meta,
            usage_permissions=usage_permissions,
            status=status,
            type_=type_,
        )

        tremendous_funding_source.additional_properties = d
        return tremendous_funding_source

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


from ..models.tremendous_funding_source_meta import TremendousFundingSourceMeta  # noqa: E402
