# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TremendousProductDocuments")


@_attrs_define
class TremendousProductDocuments:
    """
    Attributes:
        cardholder_agreement_pdf (str | Unset): URL to the cardholder agreement PDF file.
        cardholder_agreement_url (str | Unset): URL to the cardholder agreement web page.
        privacy_policy_url (str | Unset): URL to the privacy policy web page.
    """

    cardholder_agreement_pdf: str | Unset = UNSET
    cardholder_agreement_url: str | Unset = UNSET
    privacy_policy_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cardholder_agreement_pdf = self.cardholder_agreement_pdf

        cardholder_agreement_url = self.cardholder_agreement_url

        privacy_policy_url = self.privacy_policy_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cardholder_agreement_pdf is not UNSET:
            field_dict["cardholder_agreement_pdf"] = cardholder_agreement_pdf
        if cardholder_agreement_url is not UNSET:
            field_dict["cardholder_agreement_url"] = cardholder_agreement_url
        if privacy_policy_url is not UNSET:
            field_dict["privacy_policy_url"] = privacy_policy_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cardholder_agreement_pdf = d.pop("cardholder_agreement_pdf", UNSET)

        cardholder_agreement_url = d.pop("cardholder_agreement_url", UNSET)

        privacy_policy_url = d.pop("privacy_policy_url", UNSET)

        tremendous_product_documents = cls(
            cardholder_agreement_pdf=cardholder_agreement_pdf,
            cardholder_agreement_url=cardholder_agreement_url,
            privacy_policy_url=privacy_policy_url,
        )

        tremendous_product_documents.additional_properties = d
        return tremendous_product_documents

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
