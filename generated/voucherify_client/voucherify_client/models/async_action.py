# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_action_object import AsyncActionObject
from ..models.async_action_operation_status import AsyncActionOperationStatus
from ..models.async_action_status import AsyncActionStatus
from ..models.async_action_type import AsyncActionType
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="AsyncAction")


@_attrs_define
class AsyncAction:
    """An asynchronous action. Voucherify's schema marks no property as always returned.

    Attributes:
        id (str | Unset): Async action unique ID.
        type_ (AsyncActionType | Unset): Type of async action; `VOUCHERS.IMPORT` for import-vouchers.
        status (AsyncActionStatus | Unset): Whether the async action has completed: `ENQUEUED`, `IN_PROGRESS` (not
            final), `DONE`, `FAILED` (final).
        operation_status (AsyncActionOperationStatus | Unset): Outcome of the processing (shown for bulk/metadata update
            actions): `FAILED`, `SUCCESS` or `UNKNOWN`.
        result (AsyncActionResult | None | Unset): Result of the action. For `VOUCHERS.IMPORT`: `message`, `failed`
            (codes not imported, with `reason`), `done_count`, `failed_count`.
        created_at (datetime.datetime | Unset): When the async action was scheduled (ISO 8601).
        updated_at (datetime.datetime | None | Unset): When the async action was updated (ISO 8601).
        request_id (str | Unset): Unique ID of the request that scheduled the action.
        processing_time (int | Unset): The length of time it took to process the request, in milliseconds.
        progress (int | Unset): Percentage progress to completion.
        object_ (AsyncActionObject | Unset): The type of the object represented by JSON (`async_action`).
    """

    id: str | Unset = UNSET
    type_: AsyncActionType | UnknownEnumValue | Unset = UNSET
    status: AsyncActionStatus | UnknownEnumValue | Unset = UNSET
    operation_status: AsyncActionOperationStatus | UnknownEnumValue | Unset = UNSET
    result: AsyncActionResult | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    request_id: str | Unset = UNSET
    processing_time: int | Unset = UNSET
    progress: int | Unset = UNSET
    object_: AsyncActionObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

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

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, AsyncActionResult):
            result = self.result.to_dict()
        else:
            result = self.result

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        request_id = self.request_id

        processing_time = self.processing_time

        progress = self.progress

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = (
                self.object_.value if not isinstance(self.object_, UnknownEnumValue) else self.object_.reject("object")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if result is not UNSET:
            field_dict["result"] = result
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AsyncActionType | UnknownEnumValue | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AsyncActionType.parse(_type_)

        _status = d.pop("status", UNSET)
        status: AsyncActionStatus | UnknownEnumValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AsyncActionStatus.parse(_status)

        _operation_status = d.pop("operation_status", UNSET)
        operation_status: AsyncActionOperationStatus | UnknownEnumValue | Unset
        if isinstance(_operation_status, Unset):
            operation_status = UNSET
        else:
            operation_status = AsyncActionOperationStatus.parse(_operation_status)

        def _parse_result(data: object) -> AsyncActionResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                result_type_0 = AsyncActionResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"AsyncActionResult: {type(exc).__name__}: {exc}")
            return cast(AsyncActionResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        request_id = d.pop("request_id", UNSET)

        processing_time = d.pop("processing_time", UNSET)

        progress = d.pop("progress", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: AsyncActionObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = AsyncActionObject.parse(_object_)

        async_action = cls(
            id=id,
            type_=type_,
            status=status,
            operation_status=operation_status,
            result=result,
            created_at=created_at,
            updated_at=updated_at,
            request_id=request_id,
            processing_time=processing_time,
            progress=progress,
            object_=object_,
        )

        async_action.additional_properties = d
        return async_action

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


from ..models.async_action_result import AsyncActionResult  # noqa: E402
