# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_action_base_object import AsyncActionBaseObject
from ..models.async_action_base_operation_status import AsyncActionBaseOperationStatus
from ..models.async_action_base_status import AsyncActionBaseStatus
from ..models.async_action_campaign_vouchers_generate_type import AsyncActionCampaignVouchersGenerateType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="AsyncActionCampaignVouchersGenerate")


@_attrs_define
class AsyncActionCampaignVouchersGenerate:
    """An async action of type `CAMPAIGN.VOUCHERS_GENERATE`.

    Attributes:
        type_ (AsyncActionCampaignVouchersGenerateType): Type of async action; selects the shape of `result`.
        id (str | Unset): Async action unique ID.
        status (AsyncActionBaseStatus | Unset): Whether the async action has completed: `ENQUEUED`, `IN_PROGRESS` (not
            final), `DONE`, `FAILED` (final).
        operation_status (AsyncActionBaseOperationStatus | Unset): Outcome of the processing (shown for bulk/metadata
            update actions): `FAILED`, `SUCCESS` or `UNKNOWN`.
        created_at (datetime.datetime | Unset): When the async action was scheduled (ISO 8601).
        updated_at (datetime.datetime | Unset): When the async action was updated (ISO 8601); absent before its first
            update.
        request_id (str | Unset): Unique ID of the request that scheduled the action.
        processing_time (int | Unset): The length of time it took to process the request, in milliseconds.
        progress (int | Unset): Percentage progress to completion.
        object_ (AsyncActionBaseObject | Unset): The type of the object represented by JSON (`async_action`).
        result (AsyncActionResultCampaignVouchersGenerate | Unset): Result schema for a `CAMPAIGN.VOUCHERS_GENERATE`
            async action type.
    """

    type_: AsyncActionCampaignVouchersGenerateType
    id: str | Unset = UNSET
    status: AsyncActionBaseStatus | UnknownEnumValue | Unset = UNSET
    operation_status: AsyncActionBaseOperationStatus | UnknownEnumValue | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    request_id: str | Unset = UNSET
    processing_time: int | Unset = UNSET
    progress: int | Unset = UNSET
    object_: AsyncActionBaseObject | Unset = UNSET
    result: AsyncActionResultCampaignVouchersGenerate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = (
                self.status.value if not isinstance(self.status, UnknownEnumValue) else self.status.reject("status")
            )

        operation_status: str | Unset = UNSET
        if not isinstance(self.operation_status, Unset):
            operation_status = (
                self.operation_status.value
                if not isinstance(self.operation_status, UnknownEnumValue)
                else self.operation_status.reject("operation_status")
            )

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        request_id = self.request_id

        processing_time = self.processing_time

        progress = self.progress

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = (
                self.object_.value if not isinstance(self.object_, UnknownEnumValue) else self.object_.reject("object")
            )

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if processing_time is not UNSET:
            field_dict["processing_time"] = processing_time
        if progress is not UNSET:
            field_dict["progress"] = progress
        if object_ is not UNSET:
            field_dict["object"] = object_
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AsyncActionCampaignVouchersGenerateType.parse(d.pop("type"))

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: AsyncActionBaseStatus | UnknownEnumValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AsyncActionBaseStatus.parse(_status)

        _operation_status = d.pop("operation_status", UNSET)
        operation_status: AsyncActionBaseOperationStatus | UnknownEnumValue | Unset
        if isinstance(_operation_status, Unset):
            operation_status = UNSET
        else:
            operation_status = AsyncActionBaseOperationStatus.parse(_operation_status)

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

        request_id = d.pop("request_id", UNSET)

        processing_time = d.pop("processing_time", UNSET)

        progress = d.pop("progress", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: AsyncActionBaseObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = AsyncActionBaseObject.parse(_object_)

        _result = d.pop("result", UNSET)
        result: AsyncActionResultCampaignVouchersGenerate | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AsyncActionResultCampaignVouchersGenerate.from_dict(_result)

        async_action_campaign_vouchers_generate = cls(
            type_=type_,
            id=id,
            status=status,
            operation_status=operation_status,
            created_at=created_at,
            updated_at=updated_at,
            request_id=request_id,
            processing_time=processing_time,
            progress=progress,
            object_=object_,
            result=result,
        )

        async_action_campaign_vouchers_generate.additional_properties = d
        return async_action_campaign_vouchers_generate

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


from ..models.async_action_result_campaign_vouchers_generate import AsyncActionResultCampaignVouchersGenerate  # noqa: E402
