# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncActionResultCampaignVouchersGenerate")


@_attrs_define
class AsyncActionResultCampaignVouchersGenerate:
    """Result schema for a `CAMPAIGN.VOUCHERS_GENERATE` async action type.

    Attributes:
        message (str | Unset): A human-readable message providing a short description about the result.
        done_count (int | Unset): Number of resources processed successfully.
    """

    message: str | Unset = UNSET
    done_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        done_count = self.done_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if done_count is not UNSET:
            field_dict["done_count"] = done_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        done_count = d.pop("done_count", UNSET)

        async_action_result_campaign_vouchers_generate = cls(
            message=message,
            done_count=done_count,
        )

        async_action_result_campaign_vouchers_generate.additional_properties = d
        return async_action_result_campaign_vouchers_generate

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
