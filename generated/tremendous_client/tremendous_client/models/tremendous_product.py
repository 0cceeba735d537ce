# generated from specs/tremendous.yaml by `make generate` — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tremendous_product_category import TremendousProductCategory
from ..models.tremendous_product_currency_codes_item import TremendousProductCurrencyCodesItem
from ..models.tremendous_product_subcategory import TremendousProductSubcategory
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="TremendousProduct")


@_attrs_define
class TremendousProduct:
    """
    Attributes:
        id (str):
        name (str): Name of the product
        description (str): Detailed description of the product.
        category (TremendousProductCategory): The category of the product Category Description ach Bank transfer to the
            recipient charity Donations to a charity instant_debit_transfer Instant debit transfer to the recipient
            merchant_card A gift card for a certain merchant (e.g. Amazon) paypal Payout via PayPal venmo Payout via Venmo
            visa_card Payout in form of a Visa debit card cash_app Payout via Cash App
        disclosure (str): Legal disclosures for this product. Can be in HTML format.
        currency_codes (list[TremendousProductCurrencyCodesItem]): Available currencies for this product
        countries (list[TremendousProductCountry]): List of countries in which this product is available to recipients.
        images (list[TremendousProductImage]): List of product images associated with this product (e.g. logos or images
            of the gift cards)
        subcategory (TremendousProductSubcategory | Unset): Additional classification for the product. Only applicable
            to products with a `category` of `merchant_card`. Possible subcategories: * `beauty_and_health` *
            `digital_financial_services` * `electronics` * `entertainment` * `fashion` * `food_and_drink` *
            `general_merchandise` * `grocery_and_supermarkets` * `home_and_living` * `mobility_and_fuel` *
            `sports_and_outdoor_gear` * `travel_and_hospitality`
        skus (list[TremendousProductSku] | Unset): Products are restricted in their usage based on the amount of the
            reward. The `skus` array defines bands of denominations in which this product may be used for payouts.
        usage_instructions (str | Unset): Instructions for how to use the product, if applicable. Mostly used for
            products with a `category` of `merchant_card`.
        documents (None | TremendousProductDocuments | Unset):
    """

    id: str
    name: str
    description: str
    category: TremendousProductCategory | UnknownEnumValue
    disclosure: str
    currency_codes: list[TremendousProductCurrencyCodesItem | UnknownEnumValue]
    countries: list[TremendousProductCountry]
    images: list[TremendousProductImage]
    subcategory: TremendousProductSubcategory | UnknownEnumValue | Unset = UNSET
    skus: list[TremendousProductSku] | Unset = UNSET
    usage_instructions: str | Unset = UNSET
    documents: None | TremendousProductDocuments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        category = (
            self.category.value if not isinstance(self.category, UnknownEnumValue) else self.category.reject("category")
        )

        disclosure = self.disclosure

        currency_codes = []
        for currency_codes_item_data in self.currency_codes:
            currency_codes_item = (
                currency_codes_item_data.value
                if not isinstance(currency_codes_item_data, UnknownEnumValue)
                else currency_codes_item_data.reject("currency_codes_item")
            )
            currency_codes.append(currency_codes_item)

        countries = []
        for countries_item_data in self.countries:
            countries_item = countries_item_data.to_dict()
            countries.append(countries_item)

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        subcategory: str | Unset = UNSET
        if not isinstance(self.subcategory, Unset):
            subcategory = (
                self.subcategory.value
                if not isinstance(self.subcategory, UnknownEnumValue)
                else self.subcategory.reject("subcategory")
            )

        skus: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = []
            for skus_item_data in self.skus:
                skus_item = skus_item_data.to_dict()
                skus.append(skus_item)

        usage_instructions = self.usage_instructions

        documents: dict[str, Any] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, TremendousProductDocuments):
            documents = self.documents.to_dict()
        else:
            documents = self.documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "category": category,
                "disclosure": disclosure,
                "currency_codes": currency_codes,
                "countries": countries,
                "images": images,
            }
        )
        if subcategory is not UNSET:
            field_dict["subcategory"] = subcategory
        if skus is not UNSET:
            field_dict["skus"] = skus
        if usage_instructions is not UNSET:
            field_dict["usage_instructions"] = usage_instructions
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        category = TremendousProductCategory.parse(d.pop("category"))

        disclosure = d.pop("disclosure")

        currency_codes = []
        _currency_codes = d.pop("currency_codes")
        for currency_codes_item_data in _currency_codes:
            currency_codes_item = TremendousProductCurrencyCodesItem.parse(currency_codes_item_data)

            currency_codes.append(currency_codes_item)

        countries = []
        _countries = d.pop("countries")
        for countries_item_data in _countries:
            countries_item = TremendousProductCountry.from_dict(countries_item_data)

            countries.append(countries_item)

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = TremendousProductImage.from_dict(images_item_data)

            images.append(images_item)

        _subcategory = d.pop("subcategory", UNSET)
        subcategory: TremendousProductSubcategory | UnknownEnumValue | Unset
        if isinstance(_subcategory, Unset):
            subcategory = UNSET
        else:
            subcategory = TremendousProductSubcategory.parse(_subcategory)

        _skus = d.pop("skus", UNSET)
        skus: list[TremendousProductSku] | Unset = UNSET
        if _skus is not UNSET:
            skus = []
            for skus_item_data in _skus:
                skus_item = TremendousProductSku.from_dict(skus_item_data)

                skus.append(skus_item)

        usage_instructions = d.pop("usage_instructions", UNSET)

        def _parse_documents(data: object) -> None | TremendousProductDocuments | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                documents_type_0 = TremendousProductDocuments.from_dict(data)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"TremendousProductDocuments: {type(exc).__name__}: {exc}")
            return cast(None | TremendousProductDocuments | Unset, data)

        documents = _parse_documents(d.pop("documents", UNSET))

        tremendous_product = cls(
            id=id,
            name=name,
            description=description,
            category=category,
            disclosure=disclosure,
            currency_codes=currency_codes,
            countries=countries,
            images=images,
            subcategory=subcategory,
            skus=skus,
            usage_instructions=usage_instructions,
            documents=documents,
        )

        tremendous_product.additional_properties = d
        return tremendous_product

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


from ..models.tremendous_product_country import TremendousProductCountry  # noqa: E402
from ..models.tremendous_product_documents import TremendousProductDocuments  # noqa: E402
from ..models.tremendous_product_image import TremendousProductImage  # noqa: E402
from ..models.tremendous_product_sku import TremendousProductSku  # noqa: E402
