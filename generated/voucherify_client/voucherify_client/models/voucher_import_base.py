# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..types import UNSET, UnknownEnumValue, Unset, mask_secret

T = TypeVar("T", bound="VoucherImportBase")


@_attrs_define
class VoucherImportBase:
    """Fields common to imported gift cards and discount vouchers.

    Attributes:
        code (str): Value representing the imported code, chosen by the caller. Unique within a Voucherify project (an
            existing code cannot be imported again). For a gift card the code is the bearer instrument: a secret worth
            `gift.amount`.
        redemption (None | Unset | VoucherImportRedemption):
        active (bool | None | Unset): A flag to toggle the voucher on or off. You can disable a voucher even though it's
            within the active period defined by `start_date` and `expiration_date`. `true` indicates an active voucher,
            `false` an inactive one.
        metadata (None | Unset | VoucherImportBaseMetadataType0): The metadata object stores all custom attributes
            assigned to the code: a set of key/value pairs. Custom code attributes must be sent here.
        category (None | str | Unset): Tag defining the category that this voucher belongs to. Useful when listing
            vouchers using the List Vouchers endpoint.
        start_date (None | str | Unset): Activation timestamp in ISO 8601. The voucher is inactive before this date.
            Allowed formats: YYYY-MM-DD, YYYY-MM-DDTHH, YYYY-MM-DDTHH:mm, YYYY-MM-DDTHH:mm:ss, YYYY-MM-DDTHH:mm:ssZ, YYYY-
            MM-DDTHH:mm:ss.SSSZ.
        expiration_date (None | str | Unset): Expiration timestamp in ISO 8601. The voucher is inactive after this date.
            Allowed formats: YYYY-MM-DD, YYYY-MM-DDTHH, YYYY-MM-DDTHH:mm, YYYY-MM-DDTHH:mm:ss, YYYY-MM-DDTHH:mm:ssZ, YYYY-
            MM-DDTHH:mm:ss.SSSZ.
        validity_timeframe (ValidityTimeframe | Unset): Recurrent time periods when the voucher is valid, e.g. valid for
            1 hour every other day. `start_date` is required when `validity_timeframe` is included (enforced on the voucher
            object).
        validity_day_of_week (list[ValidityDayOfWeekItem] | Unset): Days of the week on which the voucher is valid: `0`
            Sunday, `1` Monday, `2` Tuesday, `3` Wednesday, `4` Thursday, `5` Friday, `6` Saturday.
        additional_info (None | str | Unset): An optional field to keep any extra textual information about the code
            such as a code description and details.
    """

    code: str = _attrs_field(repr=mask_secret)
    redemption: None | Unset | VoucherImportRedemption = UNSET
    active: bool | None | Unset = UNSET
    metadata: None | Unset | VoucherImportBaseMetadataType0 = UNSET
    category: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    validity_timeframe: ValidityTimeframe | Unset = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem | UnknownEnumValue] | Unset = UNSET
    additional_info: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, VoucherImportRedemption):
            redemption = self.redemption.to_dict()
        else:
            redemption = self.redemption

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, VoucherImportBaseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        validity_timeframe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity_timeframe, Unset):
            validity_timeframe = self.validity_timeframe.to_dict()

        validity_day_of_week: list[int] | Unset = UNSET
        if not isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in self.validity_day_of_week:
                componentsschemas_validity_day_of_week_item = (
                    componentsschemas_validity_day_of_week_item_data.value
                    if not isinstance(componentsschemas_validity_day_of_week_item_data, UnknownEnumValue)
                    else componentsschemas_validity_day_of_week_item_data.reject(
                        "/components/schemas/ValidityDayOfWeek_item"
                    )
                )
                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        additional_info: None | str | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = self.additional_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if category is not UNSET:
            field_dict["category"] = category
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_redemption(data: object) -> None | Unset | VoucherImportRedemption:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                redemption_type_0 = VoucherImportRedemption.from_dict(data)

                return redemption_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherImportRedemption: {type(exc).__name__}: {exc}")
            return cast(None | Unset | VoucherImportRedemption, data)

        redemption = _parse_redemption(d.pop("redemption", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_metadata(data: object) -> None | Unset | VoucherImportBaseMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                metadata_type_0 = VoucherImportBaseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherImportBaseMetadataType0: {type(exc).__name__}: {exc}")
            return cast(None | Unset | VoucherImportBaseMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        _validity_timeframe = d.pop("validity_timeframe", UNSET)
        validity_timeframe: ValidityTimeframe | Unset
        if isinstance(_validity_timeframe, Unset):
            validity_timeframe = UNSET
        else:
            validity_timeframe = ValidityTimeframe.from_dict(_validity_timeframe)

        _validity_day_of_week = d.pop("validity_day_of_week", UNSET)
        validity_day_of_week: list[ValidityDayOfWeekItem | UnknownEnumValue] | Unset = UNSET
        if _validity_day_of_week is not UNSET:
            validity_day_of_week = []
            for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week:
                componentsschemas_validity_day_of_week_item = ValidityDayOfWeekItem.parse(
                    componentsschemas_validity_day_of_week_item_data
                )

                validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

        def _parse_additional_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_info = _parse_additional_info(d.pop("additional_info", UNSET))

        voucher_import_base = cls(
            code=code,
            redemption=redemption,
            active=active,
            metadata=metadata,
            category=category,
            start_date=start_date,
            expiration_date=expiration_date,
            validity_timeframe=validity_timeframe,
            validity_day_of_week=validity_day_of_week,
            additional_info=additional_info,
        )

        voucher_import_base.additional_properties = d
        return voucher_import_base

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


from ..models.validity_timeframe import ValidityTimeframe  # noqa: E402
from ..models.voucher_import_base_metadata_type_0 import VoucherImportBaseMetadataType0  # noqa: E402
from ..models.voucher_import_redemption import VoucherImportRedemption  # noqa: E402
