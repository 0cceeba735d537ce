# generated from specs/voucherify.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..models.voucher_type import VoucherType
from ..types import UNSET, UnknownEnumValue, Unset, mask_secret

T = TypeVar("T", bound="Voucher")


@_attrs_define
class Voucher:
    """A voucher with categories and validation rules assignments (Get Voucher response). Nullable fields follow the
    official examples, which return `null` where the official schema does not say so.

        Attributes:
            id (str | Unset): Assigned by Voucherify, identifies the voucher.
            code (str | Unset): The voucher code. For a gift card this is a secret worth its balance.
            campaign (None | str | Unset): Name of the parent campaign; `null` for imported standalone vouchers.
            campaign_id (None | str | Unset): ID of the parent campaign; `null` for imported standalone vouchers.
            category (None | str | Unset): Tag defining the category that this voucher belongs to.
            category_id (None | str | Unset): Unique category ID assigned by Voucherify.
            categories (list[VoucherCategory] | Unset): Details about the categories.
            type_ (VoucherType | Unset): Defines the type of the voucher.
            discount (None | Unset | VoucherifyDiscountAmount | VoucherifyDiscountFixed | VoucherifyDiscountPercent |
                VoucherifyDiscountUnit | VoucherifyDiscountUnitMultiple): Discount definition; `null` unless `type` is
                `DISCOUNT_VOUCHER`.
            gift (None | Unset | VoucherGift): Gift card parameters; `null` unless `type` is `GIFT_VOUCHER`.
            loyalty_card (None | Unset | VoucherLoyaltyCard): Loyalty card parameters; `null` unless `type` is
                `LOYALTY_CARD`.
            start_date (datetime.datetime | None | Unset): Activation timestamp (ISO 8601); the voucher is inactive before
                it.
            expiration_date (datetime.datetime | None | Unset): Expiration timestamp (ISO 8601); the voucher is inactive
                after it.
            validity_timeframe (None | Unset | ValidityTimeframe):
            validity_day_of_week (list[ValidityDayOfWeekItem] | None | Unset):
            validity_hours (ValidityHours | Unset): Hours of validity, e.g. a happy-hours scenario.
            active (bool | None | Unset): Whether the voucher is enabled.
            additional_info (None | str | Unset): Extra textual information about the code.
            metadata (VoucherMetadata | Unset): Custom attributes assigned to the code.
            assets (VoucherAssets | Unset): Links to QR and barcode images of the encrypted voucher code. These reveal the
                code: treat them as secrets for gift cards.
            is_referral_code (bool | None | Unset): Whether this voucher is a referral code.
            created_at (datetime.datetime | Unset): When the voucher was created (ISO 8601).
            updated_at (datetime.datetime | None | Unset): When the voucher was last updated (ISO 8601); null (or absent)
                while it never was.
            holder_id (str | Unset): Customer ID of the redeemable holder.
            referrer_id (str | Unset): Unique identifier of the referring person.
            object_ (str | Unset): The type of the object represented by JSON (`voucher`). Default: 'voucher'.
            publish (VoucherPublish | Unset): Summary of publication events (assignments of the code to customers).
            redemption (VoucherRedemption | Unset): Summary of redemptions applied to the voucher.
            validation_rules_assignments (ValidationRulesAssignmentsList | Unset): List of validation rules assignments.
    """

    id: str | Unset = UNSET
    code: str | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    campaign: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    categories: list[VoucherCategory] | Unset = UNSET
    type_: VoucherType | UnknownEnumValue | Unset = UNSET
    discount: (
        None
        | Unset
        | VoucherifyDiscountAmount
        | VoucherifyDiscountFixed
        | VoucherifyDiscountPercent
        | VoucherifyDiscountUnit
        | VoucherifyDiscountUnitMultiple
    ) = UNSET
    gift: None | Unset | VoucherGift = UNSET
    loyalty_card: None | Unset | VoucherLoyaltyCard = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem | UnknownEnumValue] | None | Unset = UNSET
    validity_hours: ValidityHours | Unset = UNSET
    active: bool | None | Unset = UNSET
    additional_info: None | str | Unset = UNSET
    metadata: VoucherMetadata | Unset = UNSET
    assets: VoucherAssets | Unset = UNSET
    is_referral_code: bool | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    holder_id: str | Unset = UNSET
    referrer_id: str | Unset = UNSET
    object_: str | Unset = "voucher"
    publish: VoucherPublish | Unset = UNSET
    redemption: VoucherRedemption | Unset = UNSET
    validation_rules_assignments: ValidationRulesAssignmentsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        campaign: None | str | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value if not isinstance(self.type_, UnknownEnumValue) else self.type_.reject("type")

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, VoucherifyDiscountAmount):
            discount = self.discount.to_dict()
        elif isinstance(self.discount, VoucherifyDiscountUnit):
            discount = self.discount.to_dict()
        elif isinstance(self.discount, VoucherifyDiscountUnitMultiple):
            discount = self.discount.to_dict()
        elif isinstance(self.discount, VoucherifyDiscountPercent):
            discount = self.discount.to_dict()
        elif isinstance(self.discount, VoucherifyDiscountFixed):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, VoucherGift):
            gift = self.gift.to_dict()
        else:
            gift = self.gift

        loyalty_card: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_card, Unset):
            loyalty_card = UNSET
        elif isinstance(self.loyalty_card, VoucherLoyaltyCard):
            loyalty_card = self.loyalty_card.to_dict()
        else:
            loyalty_card = self.loyalty_card

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        validity_timeframe: dict[str, Any] | None | Unset
        if isinstance(self.validity_timeframe, Unset):
            validity_timeframe = UNSET
        elif isinstance(self.validity_timeframe, ValidityTimeframe):
            validity_timeframe = self.validity_timeframe.to_dict()
        else:
            validity_timeframe = self.validity_timeframe

        validity_day_of_week: list[int] | None | Unset
        if isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = UNSET
        elif isinstance(self.validity_day_of_week, list):
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

        else:
            validity_day_of_week = self.validity_day_of_week

        validity_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity_hours, Unset):
            validity_hours = self.validity_hours.to_dict()

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        additional_info: None | str | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = self.additional_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        is_referral_code: bool | None | Unset
        if isinstance(self.is_referral_code, Unset):
            is_referral_code = UNSET
        else:
            is_referral_code = self.is_referral_code

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

        holder_id = self.holder_id

        referrer_id = self.referrer_id

        object_ = self.object_

        publish: dict[str, Any] | Unset = UNSET
        if not isinstance(self.publish, Unset):
            publish = self.publish.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        validation_rules_assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_rules_assignments, Unset):
            validation_rules_assignments = self.validation_rules_assignments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if type_ is not UNSET:
            field_dict["type"] = type_
        if discount is not UNSET:
            field_dict["discount"] = discount
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if active is not UNSET:
            field_dict["active"] = active
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if assets is not UNSET:
            field_dict["assets"] = assets
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if publish is not UNSET:
            field_dict["publish"] = publish
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if validation_rules_assignments is not UNSET:
            field_dict["validation_rules_assignments"] = validation_rules_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        def _parse_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[VoucherCategory] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = VoucherCategory.from_dict(categories_item_data)

                categories.append(categories_item)

        _type_ = d.pop("type", UNSET)
        type_: VoucherType | UnknownEnumValue | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VoucherType.parse(_type_)

        def _parse_discount(
            data: object,
        ) -> (
            None
            | Unset
            | VoucherifyDiscountAmount
            | VoucherifyDiscountFixed
            | VoucherifyDiscountPercent
            | VoucherifyDiscountUnit
            | VoucherifyDiscountUnitMultiple
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_voucherify_discount_type_0 = VoucherifyDiscountAmount.from_dict(data)

                return componentsschemas_voucherify_discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherifyDiscountAmount: {type(exc).__name__}: {exc}")
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_voucherify_discount_type_1 = VoucherifyDiscountUnit.from_dict(data)

                return componentsschemas_voucherify_discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherifyDiscountUnit: {type(exc).__name__}: {exc}")
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_voucherify_discount_type_2 = VoucherifyDiscountUnitMultiple.from_dict(data)

                return componentsschemas_voucherify_discount_type_2
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherifyDiscountUnitMultiple: {type(exc).__name__}: {exc}")
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_voucherify_discount_type_3 = VoucherifyDiscountPercent.from_dict(data)

                return componentsschemas_voucherify_discount_type_3
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherifyDiscountPercent: {type(exc).__name__}: {exc}")
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_voucherify_discount_type_4 = VoucherifyDiscountFixed.from_dict(data)

                return componentsschemas_voucherify_discount_type_4
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherifyDiscountFixed: {type(exc).__name__}: {exc}")
            return cast(
                None
                | Unset
                | VoucherifyDiscountAmount
                | VoucherifyDiscountFixed
                | VoucherifyDiscountPercent
                | VoucherifyDiscountUnit
                | VoucherifyDiscountUnitMultiple,
                data,
            )

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_gift(data: object) -> None | Unset | VoucherGift:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                gift_type_0 = VoucherGift.from_dict(data)

                return gift_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherGift: {type(exc).__name__}: {exc}")
            return cast(None | Unset | VoucherGift, data)

        gift = _parse_gift(d.pop("gift", UNSET))

        def _parse_loyalty_card(data: object) -> None | Unset | VoucherLoyaltyCard:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                loyalty_card_type_0 = VoucherLoyaltyCard.from_dict(data)

                return loyalty_card_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"VoucherLoyaltyCard: {type(exc).__name__}: {exc}")
            return cast(None | Unset | VoucherLoyaltyCard, data)

        loyalty_card = _parse_loyalty_card(d.pop("loyalty_card", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_validity_timeframe(data: object) -> None | Unset | ValidityTimeframe:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                validity_timeframe_type_0 = ValidityTimeframe.from_dict(data)

                return validity_timeframe_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"ValidityTimeframe: {type(exc).__name__}: {exc}")
            return cast(None | Unset | ValidityTimeframe, data)

        validity_timeframe = _parse_validity_timeframe(d.pop("validity_timeframe", UNSET))

        def _parse_validity_day_of_week(data: object) -> list[ValidityDayOfWeekItem | UnknownEnumValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, list):
                    raise TypeError("not list")
                validity_day_of_week_type_0 = []
                _validity_day_of_week_type_0 = data
                for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week_type_0:
                    componentsschemas_validity_day_of_week_item = ValidityDayOfWeekItem.parse(
                        componentsschemas_validity_day_of_week_item_data
                    )

                    validity_day_of_week_type_0.append(componentsschemas_validity_day_of_week_item)

                return validity_day_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"list[ValidityDayOfWeekItem]: {type(exc).__name__}: {exc}")
            return cast(list[ValidityDayOfWeekItem | UnknownEnumValue] | None | Unset, data)

        validity_day_of_week = _parse_validity_day_of_week(d.pop("validity_day_of_week", UNSET))

        _validity_hours = d.pop("validity_hours", UNSET)
        validity_hours: ValidityHours | Unset
        if isinstance(_validity_hours, Unset):
            validity_hours = UNSET
        else:
            validity_hours = ValidityHours.from_dict(_validity_hours)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_additional_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_info = _parse_additional_info(d.pop("additional_info", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: VoucherMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VoucherMetadata.from_dict(_metadata)

        _assets = d.pop("assets", UNSET)
        assets: VoucherAssets | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = VoucherAssets.from_dict(_assets)

        def _parse_is_referral_code(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_referral_code = _parse_is_referral_code(d.pop("is_referral_code", UNSET))

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

        holder_id = d.pop("holder_id", UNSET)

        referrer_id = d.pop("referrer_id", UNSET)

        object_ = d.pop("object", UNSET)

        _publish = d.pop("publish", UNSET)
        publish: VoucherPublish | Unset
        if isinstance(_publish, Unset):
            publish = UNSET
        else:
            publish = VoucherPublish.from_dict(_publish)

        _redemption = d.pop("redemption", UNSET)
        redemption: VoucherRedemption | Unset
        if isinstance(_redemption, Unset):
            redemption = UNSET
        else:
            redemption = VoucherRedemption.from_dict(_redemption)

        _validation_rules_assignments = d.pop("validation_rules_assignments", UNSET)
        validation_rules_assignments: ValidationRulesAssignmentsList | Unset
        if isinstance(_validation_rules_assignments, Unset):
            validation_rules_assignments = UNSET
        else:
            validation_rules_assignments = ValidationRulesAssignmentsList.from_dict(_validation_rules_assignments)

        voucher = cls(
            id=id,
            code=code,
            campaign=campaign,
            campaign_id=campaign_id,
            category=category,
            category_id=category_id,
            categories=categories,
            type_=type_,
            discount=discount,
            gift=gift,
            loyalty_card=loyalty_card,
            start_date=start_date,
            expiration_date=expiration_date,
            validity_timeframe=validity_timeframe,
            validity_day_of_week=validity_day_of_week,
            validity_hours=validity_hours,
            active=active,
            additional_info=additional_info,
            metadata=metadata,
            assets=assets,
            is_referral_code=is_referral_code,
            created_at=created_at,
            updated_at=updated_at,
            holder_id=holder_id,
            referrer_id=referrer_id,
            object_=object_,
            publish=publish,
            redemption=redemption,
            validation_rules_assignments=validation_rules_assignments,
        )

        voucher.additional_properties = d
        return voucher

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


from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList  # noqa: E402
from ..models.validity_hours import ValidityHours  # noqa: E402
from ..models.validity_timeframe import ValidityTimeframe  # noqa: E402
from ..models.voucher_assets import VoucherAssets  # noqa: E402
from ..models.voucher_category import VoucherCategory  # noqa: E402
from ..models.voucher_gift import VoucherGift  # noqa: E402
from ..models.voucher_loyalty_card import VoucherLoyaltyCard  # noqa: E402
from ..models.voucher_metadata import VoucherMetadata  # noqa: E402
from ..models.voucher_publish import VoucherPublish  # noqa: E402
from ..models.voucher_redemption import VoucherRedemption  # noqa: E402
from ..models.voucherify_discount_amount import VoucherifyDiscountAmount  # noqa: E402
from ..models.voucherify_discount_fixed import VoucherifyDiscountFixed  # noqa: E402
from ..models.voucherify_discount_percent import VoucherifyDiscountPercent  # noqa: E402
from ..models.voucherify_discount_unit import VoucherifyDiscountUnit  # noqa: E402
from ..models.voucherify_discount_unit_multiple import VoucherifyDiscountUnitMultiple  # noqa: E402
