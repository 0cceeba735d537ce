# generated from specs/rebilly.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_status import CouponStatus
from ..types import UNSET, UnknownEnumValue, Unset, mask_secret

T = TypeVar("T", bound="Coupon")


@_attrs_define
class Coupon:
    """Coupons and discounts. One schema serves requests and responses (as in the official
    definitions): server-set fields are `readOnly` and must not be sent. The seed page lists
    `id`, `revision`, `createdTime`, `updatedTime`, `redemptionsCount`, `status` and `_links`
    among request fields; the official definitions mark them read-only (the official SDKs
    never send them), so they are read-only here.

        Attributes:
            discount (DiscountFixed | DiscountPercent): Coupon discount, by `type`.
            issued_time (datetime.datetime): Date and time when the coupon is issued. This value may also be described as
                start
                time of the coupon.
            id (str | Unset): ID of the coupon. This value is also known as the coupon redemption code, so it is a
                secret with monetary value. Assigned by Rebilly on `PostCoupon`; to choose it, use
                `PutCoupon` with the code as path ID.
            restrictions (list[CouponRestrictionDiscountPerRedemption | CouponRestrictionExclusiveApplication |
                CouponRestrictionMaximumOrderAmount | CouponRestrictionMinimumOrderAmount | CouponRestrictionPaidByTime |
                CouponRestrictionRedemptionsPerCustomer | CouponRestrictionRestrictToBxgy | CouponRestrictionRestrictToCountries
                | CouponRestrictionRestrictToCustomers | CouponRestrictionRestrictToCustomerTags |
                CouponRestrictionRestrictToInvoices | CouponRestrictionRestrictToPlans | CouponRestrictionRestrictToProducts |
                CouponRestrictionRestrictToSubscriptions | CouponRestrictionTotalRedemptions] | Unset): Coupon restrictions. All
                `type` values in this array must be unique: each `allOf` entry
                below allows at most one item of one restriction type (`minContains: 0`,
                `maxContains: 1`).
            redemptions_count (int | Unset): Total number of times that a coupon is redeemed.
            status (CouponStatus | Unset): Specifies the current status of the coupon.
            description (str | Unset): Description of the coupon. Use this field to provide a description for the invoice
                discount item. If this field is empty, the invoice discount item description uses the
                related coupon ID, in the following format: `Coupon "COUPON-ID"`.
            expired_time (datetime.datetime | None | Unset): Date and time when the coupon expires. Documented for the
                expiration operation: must
                be greater than `issuedTime` (a cross-field rule the schema cannot hold).
            revision (int | Unset): Number of times the coupon data has been modified. Use it when analyzing webhook data
                to determine if a change should take precedence over the current representation.
            created_time (datetime.datetime | Unset): Date and time when the resource is created. Set automatically.
            updated_time (datetime.datetime | Unset): Date and time when the resource is updated. Set automatically.
            field_links (list[SelfLink] | Unset): Related links.
    """

    discount: DiscountFixed | DiscountPercent
    issued_time: datetime.datetime
    id: str | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    restrictions: (
        list[
            CouponRestrictionDiscountPerRedemption
            | CouponRestrictionExclusiveApplication
            | CouponRestrictionMaximumOrderAmount
            | CouponRestrictionMinimumOrderAmount
            | CouponRestrictionPaidByTime
            | CouponRestrictionRedemptionsPerCustomer
            | CouponRestrictionRestrictToBxgy
            | CouponRestrictionRestrictToCountries
            | CouponRestrictionRestrictToCustomers
            | CouponRestrictionRestrictToCustomerTags
            | CouponRestrictionRestrictToInvoices
            | CouponRestrictionRestrictToPlans
            | CouponRestrictionRestrictToProducts
            | CouponRestrictionRestrictToSubscriptions
            | CouponRestrictionTotalRedemptions
        ]
        | Unset
    ) = UNSET
    redemptions_count: int | Unset = UNSET
    status: CouponStatus | UnknownEnumValue | Unset = UNSET
    description: str | Unset = UNSET
    expired_time: datetime.datetime | None | Unset = UNSET
    revision: int | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    field_links: list[SelfLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount: dict[str, Any]
        if isinstance(self.discount, DiscountFixed):
            discount = self.discount.to_dict()
        else:
            discount = self.discount.to_dict()

        issued_time = self.issued_time.isoformat()

        id = self.id

        restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.restrictions, Unset):
            restrictions = []
            for componentsschemas_coupon_restrictions_item_data in self.restrictions:
                componentsschemas_coupon_restrictions_item: dict[str, Any]
                if isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionDiscountPerRedemption):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionExclusiveApplication):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionMaximumOrderAmount):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionMinimumOrderAmount):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionPaidByTime):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_coupon_restrictions_item_data, CouponRestrictionRedemptionsPerCustomer
                ):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToBxgy):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToCountries):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToCustomerTags
                ):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToCustomers):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToInvoices):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToPlans):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToProducts):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_coupon_restrictions_item_data, CouponRestrictionRestrictToSubscriptions
                ):
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )
                else:
                    componentsschemas_coupon_restrictions_item = (
                        componentsschemas_coupon_restrictions_item_data.to_dict()
                    )

                restrictions.append(componentsschemas_coupon_restrictions_item)

        redemptions_count = self.redemptions_count

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = (
                self.status.value if not isinstance(self.status, UnknownEnumValue) else self.status.reject("status")
            )

        description = self.description

        expired_time: None | str | Unset
        if isinstance(self.expired_time, Unset):
            expired_time = UNSET
        elif isinstance(self.expired_time, datetime.datetime):
            expired_time = self.expired_time.isoformat()
        else:
            expired_time = self.expired_time

        revision = self.revision

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = []
            for componentsschemas_self_links_item_data in self.field_links:
                componentsschemas_self_links_item = componentsschemas_self_links_item_data.to_dict()
                field_links.append(componentsschemas_self_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount": discount,
                "issuedTime": issued_time,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if redemptions_count is not UNSET:
            field_dict["redemptionsCount"] = redemptions_count
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if expired_time is not UNSET:
            field_dict["expiredTime"] = expired_time
        if revision is not UNSET:
            field_dict["revision"] = revision
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_discount(data: object) -> DiscountFixed | DiscountPercent:
            if not isinstance(data, dict):
                raise TypeError(f"discount: expected an object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "fixed":
                componentsschemas_discount_type_0 = DiscountFixed.from_dict(data)

                return componentsschemas_discount_type_0
            if tag == "percent":
                componentsschemas_discount_type_1 = DiscountPercent.from_dict(data)

                return componentsschemas_discount_type_1
            raise ValueError(f"discount.type: {tag!r} is not a documented discriminator value (one of fixed, percent)")

        discount = _parse_discount(d.pop("discount"))

        issued_time = datetime.datetime.fromisoformat(d.pop("issuedTime"))

        id = d.pop("id", UNSET)

        _restrictions = d.pop("restrictions", UNSET)
        restrictions: (
            list[
                CouponRestrictionDiscountPerRedemption
                | CouponRestrictionExclusiveApplication
                | CouponRestrictionMaximumOrderAmount
                | CouponRestrictionMinimumOrderAmount
                | CouponRestrictionPaidByTime
                | CouponRestrictionRedemptionsPerCustomer
                | CouponRestrictionRestrictToBxgy
                | CouponRestrictionRestrictToCountries
                | CouponRestrictionRestrictToCustomers
                | CouponRestrictionRestrictToCustomerTags
                | CouponRestrictionRestrictToInvoices
                | CouponRestrictionRestrictToPlans
                | CouponRestrictionRestrictToProducts
                | CouponRestrictionRestrictToSubscriptions
                | CouponRestrictionTotalRedemptions
            ]
            | Unset
        ) = UNSET
        if _restrictions is not UNSET:
            restrictions = []
            for componentsschemas_coupon_restrictions_item_data in _restrictions:

                def _parse_componentsschemas_coupon_restrictions_item(
                    data: object,
                ) -> (
                    CouponRestrictionDiscountPerRedemption
                    | CouponRestrictionExclusiveApplication
                    | CouponRestrictionMaximumOrderAmount
                    | CouponRestrictionMinimumOrderAmount
                    | CouponRestrictionPaidByTime
                    | CouponRestrictionRedemptionsPerCustomer
                    | CouponRestrictionRestrictToBxgy
                    | CouponRestrictionRestrictToCountries
                    | CouponRestrictionRestrictToCustomers
                    | CouponRestrictionRestrictToCustomerTags
                    | CouponRestrictionRestrictToInvoices
                    | CouponRestrictionRestrictToPlans
                    | CouponRestrictionRestrictToProducts
                    | CouponRestrictionRestrictToSubscriptions
                    | CouponRestrictionTotalRedemptions
                ):
                    if not isinstance(data, dict):
                        raise TypeError(
                            f"/components/schemas/CouponRestrictions_item: expected an object, got {type(data).__name__}"
                        )
                    tag = data.get("type")
                    if tag == "discounts-per-redemption":
                        componentsschemas_coupon_restriction_type_0 = CouponRestrictionDiscountPerRedemption.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_0
                    if tag == "restrict-to-exclusive-application":
                        componentsschemas_coupon_restriction_type_1 = CouponRestrictionExclusiveApplication.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_1
                    if tag == "maximum-order-amount":
                        componentsschemas_coupon_restriction_type_2 = CouponRestrictionMaximumOrderAmount.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_2
                    if tag == "minimum-order-amount":
                        componentsschemas_coupon_restriction_type_3 = CouponRestrictionMinimumOrderAmount.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_3
                    if tag == "paid-by-time":
                        componentsschemas_coupon_restriction_type_4 = CouponRestrictionPaidByTime.from_dict(data)

                        return componentsschemas_coupon_restriction_type_4
                    if tag == "redemptions-per-customer":
                        componentsschemas_coupon_restriction_type_5 = CouponRestrictionRedemptionsPerCustomer.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_5
                    if tag == "restrict-to-bxgy":
                        componentsschemas_coupon_restriction_type_6 = CouponRestrictionRestrictToBxgy.from_dict(data)

                        return componentsschemas_coupon_restriction_type_6
                    if tag == "restrict-to-countries":
                        componentsschemas_coupon_restriction_type_7 = CouponRestrictionRestrictToCountries.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_7
                    if tag == "restrict-to-customer-tags":
                        componentsschemas_coupon_restriction_type_8 = CouponRestrictionRestrictToCustomerTags.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_8
                    if tag == "restrict-to-customers":
                        componentsschemas_coupon_restriction_type_9 = CouponRestrictionRestrictToCustomers.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_9
                    if tag == "restrict-to-invoices":
                        componentsschemas_coupon_restriction_type_10 = CouponRestrictionRestrictToInvoices.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_10
                    if tag == "restrict-to-plans":
                        componentsschemas_coupon_restriction_type_11 = CouponRestrictionRestrictToPlans.from_dict(data)

                        return componentsschemas_coupon_restriction_type_11
                    if tag == "restrict-to-products":
                        componentsschemas_coupon_restriction_type_12 = CouponRestrictionRestrictToProducts.from_dict(
                            data
                        )

                        return componentsschemas_coupon_restriction_type_12
                    if tag == "restrict-to-subscriptions":
                        componentsschemas_coupon_restriction_type_13 = (
                            CouponRestrictionRestrictToSubscriptions.from_dict(data)
                        )

                        return componentsschemas_coupon_restriction_type_13
                    if tag == "total-redemptions":
                        componentsschemas_coupon_restriction_type_14 = CouponRestrictionTotalRedemptions.from_dict(data)

                        return componentsschemas_coupon_restriction_type_14
                    raise ValueError(
                        f"/components/schemas/CouponRestrictions_item.type: {tag!r} is not a documented discriminator value (one of discounts-per-redemption, restrict-to-exclusive-application, maximum-order-amount, minimum-order-amount, paid-by-time, redemptions-per-customer, restrict-to-bxgy, restrict-to-countries, restrict-to-customer-tags, restrict-to-customers, restrict-to-invoices, restrict-to-plans, restrict-to-products, restrict-to-subscriptions, total-redemptions)"
                    )

                componentsschemas_coupon_restrictions_item = _parse_componentsschemas_coupon_restrictions_item(
                    componentsschemas_coupon_restrictions_item_data
                )

                restrictions.append(componentsschemas_coupon_restrictions_item)

        redemptions_count = d.pop("redemptionsCount", UNSET)

        _status = d.pop("status", UNSET)
        status: CouponStatus | UnknownEnumValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CouponStatus.parse(_status)

        description = d.pop("description", UNSET)

        def _parse_expired_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                expired_time_type_0 = datetime.datetime.fromisoformat(data)

                return expired_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | Unset, data)

        expired_time = _parse_expired_time(d.pop("expiredTime", UNSET))

        revision = d.pop("revision", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _field_links = d.pop("_links", UNSET)
        field_links: list[SelfLink] | Unset = UNSET
        if _field_links is not UNSET:
            field_links = []
            for componentsschemas_self_links_item_data in _field_links:
                componentsschemas_self_links_item = SelfLink.from_dict(componentsschemas_self_links_item_data)

                field_links.append(componentsschemas_self_links_item)

        coupon = cls(
            discount=discount,
            issued_time=issued_time,
            id=id,
            restrictions=restrictions,
            redemptions_count=redemptions_count,
            status=status,
            description=description,
            expired_time=expired_time,
            revision=revision,
            created_time=created_time,
            updated_time=updated_time,
            field_links=field_links,
        )

        coupon.additional_properties = d
        return coupon

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


from ..models.coupon_restriction_discount_per_redemption import CouponRestrictionDiscountPerRedemption  # noqa: E402
from ..models.coupon_restriction_exclusive_application import CouponRestrictionExclusiveApplication  # noqa: E402
from ..models.coupon_restriction_maximum_order_amount import CouponRestrictionMaximumOrderAmount  # noqa: E402
from ..models.coupon_restriction_minimum_order_amount import CouponRestrictionMinimumOrderAmount  # noqa: E402
from ..models.coupon_restriction_paid_by_time import CouponRestrictionPaidByTime  # noqa: E402
from ..models.coupon_restriction_redemptions_per_customer import CouponRestrictionRedemptionsPerCustomer  # noqa: E402
from ..models.coupon_restriction_restrict_to_bxgy import CouponRestrictionRestrictToBxgy  # noqa: E402
from ..models.coupon_restriction_restrict_to_countries import CouponRestrictionRestrictToCountries  # noqa: E402
from ..models.coupon_restriction_restrict_to_customer_tags import CouponRestrictionRestrictToCustomerTags  # noqa: E402
from ..models.coupon_restriction_restrict_to_customers import CouponRestrictionRestrictToCustomers  # noqa: E402
from ..models.coupon_restriction_restrict_to_invoices import CouponRestrictionRestrictToInvoices  # noqa: E402
from ..models.coupon_restriction_restrict_to_plans import CouponRestrictionRestrictToPlans  # noqa: E402
from ..models.coupon_restriction_restrict_to_products import CouponRestrictionRestrictToProducts  # noqa: E402
from ..models.coupon_restriction_restrict_to_subscriptions import CouponRestrictionRestrictToSubscriptions  # noqa: E402
from ..models.coupon_restriction_total_redemptions import CouponRestrictionTotalRedemptions  # noqa: E402
from ..models.discount_fixed import DiscountFixed  # noqa: E402
from ..models.discount_percent import DiscountPercent  # noqa: E402
from ..models.self_link import SelfLink  # noqa: E402
