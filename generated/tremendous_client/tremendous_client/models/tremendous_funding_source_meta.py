# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_funding_source_meta_account_type import TremendousFundingSourceMetaAccountType
from ..models.tremendous_funding_source_meta_network import TremendousFundingSourceMetaNetwork
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousFundingSourceMeta")


@_attrs_define
class TremendousFundingSourceMeta:
    """
    Attributes:
        available_cents (int | Unset): **Only exists for balance and commercial invoicing.** For balance: available
            amount (in cents USD) For commercial invoicing: available credit amount calculated as (credit limit -
            outstanding balance) (in cents USD) *Caution: In the "list funding sources" endpoint this value is cached and
            may not be up to date. Use the "get funding source" endpoint to get the most up to date value.*
        pending_cents (int | Unset): **Only available when `method` is set to `balance`.** Funds that are already
            registered on your Tremendous account but which have not yet been deposited in your account (e.g. payments that
            need to be manually reviewed by our ops team) (in Cents USD).
        credit_limit_cents (int | Unset): **Only exists for commercial invoicing.** Available credit limit (in cents
            USD)
        accountholder_name (str | Unset): **Only available when `method` is set to `bank_account` or `credit_card`.**
            Name of the holder of the bank account or credit_card
        account_type (TremendousFundingSourceMetaAccountType | Unset): **Only available when `method` is set to
            `bank_account`.** Is this a checking or savings account
        bank_name (None | str | Unset): **Only available when `method` is set to `bank_account`.** Name of the bank
        account_number_mask (str | Unset): **Only available when `method` is set to `bank_account`.** Last 4 digits of
            the account number
        account_routing_mask (str | Unset): **Only available when `method` is set to `bank_account`.** Last 4 digits of
            the routing number
        refundable (bool | Unset): **Only available when `method` is set to `bank_account`.** Can refunds be deposited
            to this bank account
        network (TremendousFundingSourceMetaNetwork | Unset): **Only available when `method` is set to `credit_card`.**
            Network of the credit card
        last4 (str | Unset): **Only available when `method` is set to `credit_card`.** Last 4 digits of the credit card
            number
        expired (bool | Unset): **Only available when `method` is set to `credit_card`.** Is this credit card expired
        year (str | Unset): **Only available when `method` is set to `credit_card`.** Year part of card's expiration
            date
        month (str | Unset): **Only available when `method` is set to `credit_card`.** Month part of card's expiration
            date
        last_payment_failed_at (datetime.datetime | None | Unset): **Only available when `method` is set to
            `bank_account` or `credit_card`.** Point in time when the last order failed using this bank account or credit
            card as a funding source.
        invoice_type (str | Unset): **Only available when `method` is set to `invoice`.** Type of invoice account (e.g.,
            commercial, pro_forma, prefunding_only)
        interval (None | str | Unset): **Only available when `method` is set to `invoice` and `invoice_type` is
            `commercial`.** Billing interval for commercial invoice generation (e.g., daily, weekly, monthly,
            twice_monthly). Returns `null` for pro forma invoices.
        day_of_week (None | str | Unset): **Only available when `method` is set to `invoice` and `invoice_type` is
            `commercial`.** Day of the week when commercial invoices are generated ("0"=Sunday, "1"=Monday, etc.). Returns
            `null` for pro forma invoices.
        net (str | Unset): **Only available when `method` is set to `invoice`.** Net payment terms in days (e.g., "30"
            for Net 30)
        company_name (str | Unset): **Only available when `method` is set to `invoice`.** Company name for invoice
            billing
        address_1 (None | str | Unset): **Only available when `method` is set to `invoice`.** Primary billing address
            line
        address_2 (None | str | Unset): **Only available when `method` is set to `invoice`.** Secondary billing address
            line
        city (None | str | Unset): **Only available when `method` is set to `invoice`.** Billing address city
        state (None | str | Unset): **Only available when `method` is set to `invoice`.** Billing address state or
            province
        zip_ (None | str | Unset): **Only available when `method` is set to `invoice`.** Billing address postal code
        phone (None | str | Unset): **Only available when `method` is set to `invoice`.** Contact phone number for
            billing
        emails (None | str | Unset): **Only available when `method` is set to `invoice`.** Email addresses for invoice
            delivery (comma-separated)
        failure_details (None | TremendousFundingSourceFailureDetails | Unset):
    """

    available_cents: int | Unset = UNSET
    pending_cents: int | Unset = UNSET
    credit_limit_cents: int | Unset = UNSET
    accountholder_name: str | Unset = UNSET
    account_type: TremendousFundingSourceMetaAccountType | UnknownEnumValue | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    account_number_mask: str | Unset = UNSET
    account_routing_mask: str | Unset = UNSET
    refundable: bool | Unset = UNSET
    network: TremendousFundingSourceMetaNetwork | UnknownEnumValue | Unset = UNSET
    last4: str | Unset = UNSET
    expired: bool | Unset = UNSET
    year: str | Unset = UNSET
    month: str | Unset = UNSET
    last_payment_failed_at: datetime.datetime | None | Unset = UNSET
    invoice_type: str | Unset = UNSET
    interval: None | str | Unset = UNSET
    day_of_week: None | str | Unset = UNSET
    net: str | Unset = UNSET
    company_name: str | Unset = UNSET
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    emails: None | str | Unset = UNSET
    failure_details: None | TremendousFundingSourceFailureDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_cents = self.available_cents

        pending_cents = self.pending_cents

        credit_limit_cents = self.credit_limit_cents

        accountholder_name = self.accountholder_name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = (
                self.account_type.value
                if not isinstance(self.account_type, UnknownEnumValue)
                else self.account_type.reject("account_type")
            )

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        account_number_mask = self.account_number_mask

        account_routing_mask = self.account_routing_mask

        refundable = self.refundable

        network: str | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = (
                self.network.value if not isinstance(self.network, UnknownEnumValue) else self.network.reject("network")
            )

        last4 = self.last4

        expired = self.expired

        year = self.year

        month = self.month

        last_payment_failed_at: None | str | Unset
        if isinstance(self.last_payment_failed_at, Unset):
            last_payment_failed_at = UNSET
        elif isinstance(self.last_payment_failed_at, datetime.datetime):
            last_payment_failed_at = self.last_payment_failed_at.isoformat()
        else:
            last_payment_failed_at = self.last_payment_failed_at

        invoice_type = self.invoice_type

        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        net = self.net

        company_name = self.company_name

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        emails: None | str | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        else:
            emails = self.emails

        failure_details: dict[str, Any] | None | Unset
        if isinstance(self.failure_details, Unset):
            failure_details = UNSET
        elif isinstance(self.failure_details, TremendousFundingSourceFailureDetails):
            failure_details = self.failure_details.to_dict()
        else:
            failure_details = self.failure_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_cents is not UNSET:
            field_dict["available_cents"] = available_cents
        if pending_cents is not UNSET:
            field_dict["pending_cents"] = pending_cents
        if credit_limit_cents is not UNSET:
            field_dict["credit_limit_cents"] = credit_limit_cents
        if accountholder_name is not UNSET:
            field_dict["accountholder_name"] = accountholder_name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if account_number_mask is not UNSET:
            field_dict["account_number_mask"] = account_number_mask
        if account_routing_mask is not UNSET:
            field_dict["account_routing_mask"] = account_routing_mask
        if refundable is not UNSET:
            field_dict["refundable"] = refundable
        if network is not UNSET:
            field_dict["network"] = network
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if expired is not UNSET:
            field_dict["expired"] = expired
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if last_payment_failed_at is not UNSET:
            field_dict["last_payment_failed_at"] = last_payment_failed_at
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if interval is not UNSET:
            field_dict["interval"] = interval
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if net is not UNSET:
            field_dict["net"] = net
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phone is not UNSET:
            field_dict["phone"] = phone
        if emails is not UNSET:
            field_dict["emails"] = emails
        if failure_details is not UNSET:
            field_dict["failure_details"] = failure_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_cents = d.pop("available_cents", UNSET)

        pending_cents = d.pop("pending_cents", UNSET)

        credit_limit_cents = d.pop("credit_limit_cents", UNSET)

        accountholder_name = d.pop("accountholder_name", UNSET)

        _account_type = d.pop("account_type", UNSET)
        account_type: TremendousFundingSourceMetaAccountType | UnknownEnumValue | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = TremendousFundingSourceMetaAccountType.parse(_account_type)

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        account_number_mask = d.pop("account_number_mask", UNSET)

        account_routing_mask = d.pop("account_routing_mask", UNSET)

        refundable = d.pop("refundable", UNSET)

        _network = d.pop("network", UNSET)
        network: TremendousFundingSourceMetaNetwork | UnknownEnumValue | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = TremendousFundingSourceMetaNetwork.parse(_network)

        last4 = d.pop("last4", UNSET)

        expired = d.pop("expired", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        def _parse_last_payment_failed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError("not str")
                last_payment_failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_payment_failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"datetime.datetime: {type(exc).__name__}: {exc}")
            return cast(datetime.datetime | None | Unset, data)

        last_payment_failed_at = _parse_last_payment_failed_at(d.pop("last_payment_failed_at", UNSET))

        invoice_type = d.pop("invoice_type", UNSET)

        def _parse_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        def _parse_day_of_week(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day_of_week = _parse_day_of_week(d.pop("day_of_week", UNSET))

        net = d.pop("net", UNSET)

        company_name = d.pop("company_name", UNSET)

        def _parse_address_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_1 = _parse_address_1(d.pop("address_1", UNSET))

        def _parse_address_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_2 = _parse_address_2(d.pop("address_2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_emails(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emails = _parse_emails(d.pop("emails", UNSET))

        def _parse_failure_details(data: object) -> None | TremendousFundingSourceFailureDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                failure_details_type_0 = TremendousFundingSourceFailureDetails.from_dict(data)

                return failure_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"TremendousFundingSourceFailureDetails: {type(exc).__name__}: {exc}")
            return cast(None | TremendousFundingSourceFailureDetails | Unset, data)

        failure_details = _parse_failure_details(d.pop("failure_details", UNSET))

        tremendous_funding_source_meta = cls(
            available_cents=available_cents,
            pending_cents=pending_cents,
            credit_limit_cents=credit_limit_cents,
            accountholder_name=accountholder_name,
            account_type=account_type,
            bank_name=bank_name,
            account_number_mask=account_number_mask,
            account_routing_mask=account_routing_mask,
            refundable=refundable,
            network=network,
            last4=last4,
            expired=expired,
            year=year,
            month=month,
            last_payment_failed_at=last_payment_failed_at,
            invoice_type=invoice_type,
            interval=interval,
            day_of_week=day_of_week,
            net=net,
            company_name=company_name,
            address_1=address_1,
            address_2=address_2,
            city=city,
            state=state,
            zip_=zip_,
            phone=phone,
            emails=emails,
            failure_details=failure_details,
        )

        tremendous_funding_source_meta.additional_properties = d
        return tremendous_funding_source_meta

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


from ..models.tremendous_funding_source_failure_details import TremendousFundingSourceFailureDetails  # noqa: E402
