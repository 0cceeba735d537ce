# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_delivery_request_method import TremendousDeliveryRequestMethod
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousDeliveryRequest")


@_attrs_define
class TremendousDeliveryRequest:
    """
    Attributes:
        method (TremendousDeliveryRequestMethod | Unset): How to deliver the reward to the recipient. Delivery Method
            Description EMAIL Deliver the reward to the recipient by email LINK Deliver the reward to the recipient via a
            link. The link can be retrieved on a successfully ordered reward via the /rewards or /rewards/{id} endpoint.
            That link must then be delivered to the recipient out-of-band. PHONE Deliver the reward to the recipient by SMS
        meta (TremendousDeliveryMeta | Unset):
    """

    method: TremendousDeliveryRequestMethod | UnknownEnumValue | Unset = UNSET
    meta: TremendousDeliveryMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = (
                self.method.value if not isinstance(self.method, UnknownEnumValue) else self.method.reject("method")
            )

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: TremendousDeliveryRequestMethod | UnknownEnumValue | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = TremendousDeliveryRequestMethod.parse(_method)

        _meta = d.pop("meta", UNSET)
        meta: TremendousDeliveryMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = TremendousDeliveryMeta.from_dict(_meta)

        tremendous_delivery_request = cls(
            method=method,
            meta=meta,
        )

        tremendous_delivery_request.additional_properties = d
        return tremendous_delivery_request

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


from ..models.tremendous_delivery_meta import TremendousDeliveryMeta  # noqa: E402
