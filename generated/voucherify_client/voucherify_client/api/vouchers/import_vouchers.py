# generated from specs/voucherify.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.voucher_import_discount import VoucherImportDiscount
from ...models.voucher_import_gift import VoucherImportGift
from ...models.voucherify_error import VoucherifyError
from ...models.voucherify_payload_too_large_error import VoucherifyPayloadTooLargeError
from ...models.vouchers_import_create_response_body import VouchersImportCreateResponseBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[VoucherImportDiscount | VoucherImportGift],
    x_voucherify_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_voucherify_api_version, Unset):
        headers["X-Voucherify-API-Version"] = x_voucherify_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/vouchers/import",
    }

    _kwargs["json"] = []
    for componentsschemas_vouchers_import_create_request_body_item_data in body:
        componentsschemas_vouchers_import_create_request_body_item: dict[str, Any]
        if isinstance(componentsschemas_vouchers_import_create_request_body_item_data, VoucherImportGift):
            componentsschemas_vouchers_import_create_request_body_item = (
                componentsschemas_vouchers_import_create_request_body_item_data.to_dict()
            )
        else:
            componentsschemas_vouchers_import_create_request_body_item = (
                componentsschemas_vouchers_import_create_request_body_item_data.to_dict()
            )

        _kwargs["json"].append(componentsschemas_vouchers_import_create_request_body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> VouchersImportCreateResponseBody:
    if response.status_code == 202:
        response_202 = VouchersImportCreateResponseBody.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 400:
        response_400 = VoucherifyError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoucherifyError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = VoucherifyError.from_dict(response.json())

        return response_402

    if response.status_code == 413:
        response_413 = VoucherifyPayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = VoucherifyError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = VoucherifyError.from_dict(response.json())

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VouchersImportCreateResponseBody]:
    """Return the documented success, or raise: errors.ErrorResponse for a documented error status,
    errors.UnexpectedStatus for an undocumented one, errors.UnexpectedResponse for a body that does
    not parse as documented."""
    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers) from None
    if not 200 <= status <= 299:
        try:
            parsed_error = _parse_error(response)
        except errors.UnexpectedStatus:
            raise
        except Exception:  # an error body that is not as documented is still an error response
            parsed_error = None
        raise errors.ErrorResponse(response.status_code, response.content, parsed_error, response.headers)
    try:
        parsed = _parse_success(response)
    except errors.ApiError:
        raise
    except Exception as exc:  # KeyError, ValueError, TypeError, JSONDecodeError, ... from parsing
        raise errors.UnexpectedResponse(
            response.status_code, response.content, f"{type(exc).__name__}: {exc}", response.headers
        ) from exc
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[VoucherImportDiscount | VoucherImportGift],
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[VouchersImportCreateResponseBody]:
    """Import Vouchers

     Import generic (standalone) vouchers and gift cards with codes of your choice. The request
    body is an array; each item is either a gift card (`type: GIFT_VOUCHER` with `gift.amount`)
    or a discount voucher (`type: DISCOUNT_VOUCHER` with a `discount` object).

    The import is asynchronous: the `202` response only means the request was accepted and
    queued; it returns `async_action_id`. Poll `get-async-action` with it until `status` is
    `DONE` (or `FAILED`); its `result` reports `done_count`, `failed_count` and, per failed
    code, `failed[].code` and `failed[].reason`. A `202` therefore does NOT mean any voucher
    was created.

    Importable fields (others are silently skipped): `code`, `category`, `active`, `type`,
    `start_date`, `expiration_date`, `redemption.quantity`, `additional_info`, `metadata`;
    for gift cards also `gift.amount`; for discount vouchers the `discount` object, whose
    `type` is required. Any parameter not provided is left blank or null.

    Rules a JSON schema cannot hold here:
    - You cannot import the same code twice into one Voucherify project (codes are unique
      per project); a code that already exists is reported as failed in the async action
      result rather than creating a second voucher.
    - Up to 100,000 codes per campaign by default, and the request can include up to 10 MB of
      data (a larger body is rejected with `413`).
    - `start_date` and `expiration_date` use one of the documented formats (enforced by
      `pattern`); no ordering rule between them, and no rule relative to today, is
      documented.
    - Imported vouchers have no campaign (`campaign` and `campaign_id` are `null`).

    Creates value: each successfully imported `GIFT_VOUCHER` is a gift card holding
    `gift.amount` (in cents). The codes are chosen by the caller, so after a lost response
    the caller can reconcile with `get-voucher` by code; re-sending the same codes cannot
    create duplicates, because existing codes fail to import (see above).

    Args:
        x_voucherify_api_version (str | Unset):
        body (list[VoucherImportDiscount | VoucherImportGift]): Request body of import-vouchers:
            an array of gift cards and/or discount vouchers. Up to 10 MB of data.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[VouchersImportCreateResponseBody]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[VoucherImportDiscount | VoucherImportGift],
    x_voucherify_api_version: str | Unset = UNSET,
) -> VouchersImportCreateResponseBody:
    """Import Vouchers

     Import generic (standalone) vouchers and gift cards with codes of your choice. The request
    body is an array; each item is either a gift card (`type: GIFT_VOUCHER` with `gift.amount`)
    or a discount voucher (`type: DISCOUNT_VOUCHER` with a `discount` object).

    The import is asynchronous: the `202` response only means the request was accepted and
    queued; it returns `async_action_id`. Poll `get-async-action` with it until `status` is
    `DONE` (or `FAILED`); its `result` reports `done_count`, `failed_count` and, per failed
    code, `failed[].code` and `failed[].reason`. A `202` therefore does NOT mean any voucher
    was created.

    Importable fields (others are silently skipped): `code`, `category`, `active`, `type`,
    `start_date`, `expiration_date`, `redemption.quantity`, `additional_info`, `metadata`;
    for gift cards also `gift.amount`; for discount vouchers the `discount` object, whose
    `type` is required. Any parameter not provided is left blank or null.

    Rules a JSON schema cannot hold here:
    - You cannot import the same code twice into one Voucherify project (codes are unique
      per project); a code that already exists is reported as failed in the async action
      result rather than creating a second voucher.
    - Up to 100,000 codes per campaign by default, and the request can include up to 10 MB of
      data (a larger body is rejected with `413`).
    - `start_date` and `expiration_date` use one of the documented formats (enforced by
      `pattern`); no ordering rule between them, and no rule relative to today, is
      documented.
    - Imported vouchers have no campaign (`campaign` and `campaign_id` are `null`).

    Creates value: each successfully imported `GIFT_VOUCHER` is a gift card holding
    `gift.amount` (in cents). The codes are chosen by the caller, so after a lost response
    the caller can reconcile with `get-voucher` by code; re-sending the same codes cannot
    create duplicates, because existing codes fail to import (see above).

    Args:
        x_voucherify_api_version (str | Unset):
        body (list[VoucherImportDiscount | VoucherImportGift]): Request body of import-vouchers:
            an array of gift cards and/or discount vouchers. Up to 10 MB of data.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        VouchersImportCreateResponseBody: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[VoucherImportDiscount | VoucherImportGift],
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[VouchersImportCreateResponseBody]:
    """Import Vouchers

     Import generic (standalone) vouchers and gift cards with codes of your choice. The request
    body is an array; each item is either a gift card (`type: GIFT_VOUCHER` with `gift.amount`)
    or a discount voucher (`type: DISCOUNT_VOUCHER` with a `discount` object).

    The import is asynchronous: the `202` response only means the request was accepted and
    queued; it returns `async_action_id`. Poll `get-async-action` with it until `status` is
    `DONE` (or `FAILED`); its `result` reports `done_count`, `failed_count` and, per failed
    code, `failed[].code` and `failed[].reason`. A `202` therefore does NOT mean any voucher
    was created.

    Importable fields (others are silently skipped): `code`, `category`, `active`, `type`,
    `start_date`, `expiration_date`, `redemption.quantity`, `additional_info`, `metadata`;
    for gift cards also `gift.amount`; for discount vouchers the `discount` object, whose
    `type` is required. Any parameter not provided is left blank or null.

    Rules a JSON schema cannot hold here:
    - You cannot import the same code twice into one Voucherify project (codes are unique
      per project); a code that already exists is reported as failed in the async action
      result rather than creating a second voucher.
    - Up to 100,000 codes per campaign by default, and the request can include up to 10 MB of
      data (a larger body is rejected with `413`).
    - `start_date` and `expiration_date` use one of the documented formats (enforced by
      `pattern`); no ordering rule between them, and no rule relative to today, is
      documented.
    - Imported vouchers have no campaign (`campaign` and `campaign_id` are `null`).

    Creates value: each successfully imported `GIFT_VOUCHER` is a gift card holding
    `gift.amount` (in cents). The codes are chosen by the caller, so after a lost response
    the caller can reconcile with `get-voucher` by code; re-sending the same codes cannot
    create duplicates, because existing codes fail to import (see above).

    Args:
        x_voucherify_api_version (str | Unset):
        body (list[VoucherImportDiscount | VoucherImportGift]): Request body of import-vouchers:
            an array of gift cards and/or discount vouchers. Up to 10 MB of data.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[VouchersImportCreateResponseBody]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[VoucherImportDiscount | VoucherImportGift],
    x_voucherify_api_version: str | Unset = UNSET,
) -> VouchersImportCreateResponseBody:
    """Import Vouchers

     Import generic (standalone) vouchers and gift cards with codes of your choice. The request
    body is an array; each item is either a gift card (`type: GIFT_VOUCHER` with `gift.amount`)
    or a discount voucher (`type: DISCOUNT_VOUCHER` with a `discount` object).

    The import is asynchronous: the `202` response only means the request was accepted and
    queued; it returns `async_action_id`. Poll `get-async-action` with it until `status` is
    `DONE` (or `FAILED`); its `result` reports `done_count`, `failed_count` and, per failed
    code, `failed[].code` and `failed[].reason`. A `202` therefore does NOT mean any voucher
    was created.

    Importable fields (others are silently skipped): `code`, `category`, `active`, `type`,
    `start_date`, `expiration_date`, `redemption.quantity`, `additional_info`, `metadata`;
    for gift cards also `gift.amount`; for discount vouchers the `discount` object, whose
    `type` is required. Any parameter not provided is left blank or null.

    Rules a JSON schema cannot hold here:
    - You cannot import the same code twice into one Voucherify project (codes are unique
      per project); a code that already exists is reported as failed in the async action
      result rather than creating a second voucher.
    - Up to 100,000 codes per campaign by default, and the request can include up to 10 MB of
      data (a larger body is rejected with `413`).
    - `start_date` and `expiration_date` use one of the documented formats (enforced by
      `pattern`); no ordering rule between them, and no rule relative to today, is
      documented.
    - Imported vouchers have no campaign (`campaign` and `campaign_id` are `null`).

    Creates value: each successfully imported `GIFT_VOUCHER` is a gift card holding
    `gift.amount` (in cents). The codes are chosen by the caller, so after a lost response
    the caller can reconcile with `get-voucher` by code; re-sending the same codes cannot
    create duplicates, because existing codes fail to import (see above).

    Args:
        x_voucherify_api_version (str | Unset):
        body (list[VoucherImportDiscount | VoucherImportGift]): Request body of import-vouchers:
            an array of gift cards and/or discount vouchers. Up to 10 MB of data.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        VouchersImportCreateResponseBody: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_voucherify_api_version=x_voucherify_api_version,
        )
    ).parsed
