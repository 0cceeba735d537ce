# generated from specs/voucherify.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_action_campaign_vouchers_delete import AsyncActionCampaignVouchersDelete
from ...models.async_action_campaign_vouchers_generate import AsyncActionCampaignVouchersGenerate
from ...models.async_action_campaign_vouchers_import import AsyncActionCampaignVouchersImport
from ...models.async_action_campaign_vouchers_import_csv import AsyncActionCampaignVouchersImportCsv
from ...models.async_action_campaign_vouchers_update import AsyncActionCampaignVouchersUpdate
from ...models.async_action_campaigns_metadata_key_purge import AsyncActionCampaignsMetadataKeyPurge
from ...models.async_action_customers_bulk_update import AsyncActionCustomersBulkUpdate
from ...models.async_action_customers_import_csv import AsyncActionCustomersImportCsv
from ...models.async_action_customers_metadata_key_purge import AsyncActionCustomersMetadataKeyPurge
from ...models.async_action_customers_metadata_update import AsyncActionCustomersMetadataUpdate
from ...models.async_action_orders_import import AsyncActionOrdersImport
from ...models.async_action_orders_metadata_key_purge import AsyncActionOrdersMetadataKeyPurge
from ...models.async_action_products_bulk_update import AsyncActionProductsBulkUpdate
from ...models.async_action_products_import_csv import AsyncActionProductsImportCsv
from ...models.async_action_products_metadata_key_purge import AsyncActionProductsMetadataKeyPurge
from ...models.async_action_products_metadata_update import AsyncActionProductsMetadataUpdate
from ...models.async_action_skus_import_csv import AsyncActionSkusImportCsv
from ...models.async_action_vouchers_bulk_update import AsyncActionVouchersBulkUpdate
from ...models.async_action_vouchers_import import AsyncActionVouchersImport
from ...models.async_action_vouchers_import_csv import AsyncActionVouchersImportCsv
from ...models.async_action_vouchers_metadata_key_purge import AsyncActionVouchersMetadataKeyPurge
from ...models.async_action_vouchers_metadata_update import AsyncActionVouchersMetadataUpdate
from ...models.voucherify_error import VoucherifyError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    async_action_id: str,
    *,
    x_voucherify_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_voucherify_api_version, Unset):
        headers["X-Voucherify-API-Version"] = x_voucherify_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/async-actions/{async_action_id}".format(
            async_action_id=quote(str(async_action_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(
    response: httpx.Response,
) -> (
    AsyncActionCampaignsMetadataKeyPurge
    | AsyncActionCampaignVouchersDelete
    | AsyncActionCampaignVouchersGenerate
    | AsyncActionCampaignVouchersImport
    | AsyncActionCampaignVouchersImportCsv
    | AsyncActionCampaignVouchersUpdate
    | AsyncActionCustomersBulkUpdate
    | AsyncActionCustomersImportCsv
    | AsyncActionCustomersMetadataKeyPurge
    | AsyncActionCustomersMetadataUpdate
    | AsyncActionOrdersImport
    | AsyncActionOrdersMetadataKeyPurge
    | AsyncActionProductsBulkUpdate
    | AsyncActionProductsImportCsv
    | AsyncActionProductsMetadataKeyPurge
    | AsyncActionProductsMetadataUpdate
    | AsyncActionSkusImportCsv
    | AsyncActionVouchersBulkUpdate
    | AsyncActionVouchersImport
    | AsyncActionVouchersImportCsv
    | AsyncActionVouchersMetadataKeyPurge
    | AsyncActionVouchersMetadataUpdate
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            AsyncActionCampaignsMetadataKeyPurge
            | AsyncActionCampaignVouchersDelete
            | AsyncActionCampaignVouchersGenerate
            | AsyncActionCampaignVouchersImport
            | AsyncActionCampaignVouchersImportCsv
            | AsyncActionCampaignVouchersUpdate
            | AsyncActionCustomersBulkUpdate
            | AsyncActionCustomersImportCsv
            | AsyncActionCustomersMetadataKeyPurge
            | AsyncActionCustomersMetadataUpdate
            | AsyncActionOrdersImport
            | AsyncActionOrdersMetadataKeyPurge
            | AsyncActionProductsBulkUpdate
            | AsyncActionProductsImportCsv
            | AsyncActionProductsMetadataKeyPurge
            | AsyncActionProductsMetadataUpdate
            | AsyncActionSkusImportCsv
            | AsyncActionVouchersBulkUpdate
            | AsyncActionVouchersImport
            | AsyncActionVouchersImportCsv
            | AsyncActionVouchersMetadataKeyPurge
            | AsyncActionVouchersMetadataUpdate
        ):
            if not isinstance(data, dict):
                raise TypeError(f"response_200: expected an object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "CAMPAIGN.VOUCHERS_IMPORT":
                componentsschemas_async_action_type_0 = AsyncActionCampaignVouchersImport.from_dict(data)

                return componentsschemas_async_action_type_0
            if tag == "CAMPAIGN.VOUCHERS_IMPORT_CSV":
                componentsschemas_async_action_type_1 = AsyncActionCampaignVouchersImportCsv.from_dict(data)

                return componentsschemas_async_action_type_1
            if tag == "CAMPAIGN.VOUCHERS_UPDATE":
                componentsschemas_async_action_type_2 = AsyncActionCampaignVouchersUpdate.from_dict(data)

                return componentsschemas_async_action_type_2
            if tag == "CAMPAIGN.VOUCHERS_DELETE":
                componentsschemas_async_action_type_3 = AsyncActionCampaignVouchersDelete.from_dict(data)

                return componentsschemas_async_action_type_3
            if tag == "CAMPAIGN.VOUCHERS_GENERATE":
                componentsschemas_async_action_type_4 = AsyncActionCampaignVouchersGenerate.from_dict(data)

                return componentsschemas_async_action_type_4
            if tag == "CAMPAIGNS.METADATA_KEY_PURGE":
                componentsschemas_async_action_type_5 = AsyncActionCampaignsMetadataKeyPurge.from_dict(data)

                return componentsschemas_async_action_type_5
            if tag == "CUSTOMERS.IMPORT_CSV":
                componentsschemas_async_action_type_6 = AsyncActionCustomersImportCsv.from_dict(data)

                return componentsschemas_async_action_type_6
            if tag == "CUSTOMERS.BULK_UPDATE":
                componentsschemas_async_action_type_7 = AsyncActionCustomersBulkUpdate.from_dict(data)

                return componentsschemas_async_action_type_7
            if tag == "CUSTOMERS.METADATA_UPDATE":
                componentsschemas_async_action_type_8 = AsyncActionCustomersMetadataUpdate.from_dict(data)

                return componentsschemas_async_action_type_8
            if tag == "CUSTOMERS.METADATA_KEY_PURGE":
                componentsschemas_async_action_type_9 = AsyncActionCustomersMetadataKeyPurge.from_dict(data)

                return componentsschemas_async_action_type_9
            if tag == "PRODUCTS.BULK_UPDATE":
                componentsschemas_async_action_type_10 = AsyncActionProductsBulkUpdate.from_dict(data)

                return componentsschemas_async_action_type_10
            if tag == "PRODUCTS.METADATA_UPDATE":
                componentsschemas_async_action_type_11 = AsyncActionProductsMetadataUpdate.from_dict(data)

                return componentsschemas_async_action_type_11
            if tag == "PRODUCTS.IMPORT_CSV":
                componentsschemas_async_action_type_12 = AsyncActionProductsImportCsv.from_dict(data)

                return componentsschemas_async_action_type_12
            if tag == "SKUS.IMPORT_CSV":
                componentsschemas_async_action_type_13 = AsyncActionSkusImportCsv.from_dict(data)

                return componentsschemas_async_action_type_13
            if tag == "PRODUCTS.METADATA_KEY_PURGE":
                componentsschemas_async_action_type_14 = AsyncActionProductsMetadataKeyPurge.from_dict(data)

                return componentsschemas_async_action_type_14
            if tag == "VOUCHERS.IMPORT":
                componentsschemas_async_action_type_15 = AsyncActionVouchersImport.from_dict(data)

                return componentsschemas_async_action_type_15
            if tag == "VOUCHERS.IMPORT_CSV":
                componentsschemas_async_action_type_16 = AsyncActionVouchersImportCsv.from_dict(data)

                return componentsschemas_async_action_type_16
            if tag == "VOUCHERS.BULK_UPDATE":
                componentsschemas_async_action_type_17 = AsyncActionVouchersBulkUpdate.from_dict(data)

                return componentsschemas_async_action_type_17
            if tag == "VOUCHERS.METADATA_UPDATE":
                componentsschemas_async_action_type_18 = AsyncActionVouchersMetadataUpdate.from_dict(data)

                return componentsschemas_async_action_type_18
            if tag == "VOUCHERS.METADATA_KEY_PURGE":
                componentsschemas_async_action_type_19 = AsyncActionVouchersMetadataKeyPurge.from_dict(data)

                return componentsschemas_async_action_type_19
            if tag == "ORDERS.IMPORT":
                componentsschemas_async_action_type_20 = AsyncActionOrdersImport.from_dict(data)

                return componentsschemas_async_action_type_20
            if tag == "ORDERS.METADATA_KEY_PURGE":
                componentsschemas_async_action_type_21 = AsyncActionOrdersMetadataKeyPurge.from_dict(data)

                return componentsschemas_async_action_type_21
            raise ValueError(
                f"response_200.type: {tag!r} is not a documented discriminator value (one of CAMPAIGN.VOUCHERS_IMPORT, CAMPAIGN.VOUCHERS_IMPORT_CSV, CAMPAIGN.VOUCHERS_UPDATE, CAMPAIGN.VOUCHERS_DELETE, CAMPAIGN.VOUCHERS_GENERATE, CAMPAIGNS.METADATA_KEY_PURGE, CUSTOMERS.IMPORT_CSV, CUSTOMERS.BULK_UPDATE, CUSTOMERS.METADATA_UPDATE, CUSTOMERS.METADATA_KEY_PURGE, PRODUCTS.BULK_UPDATE, PRODUCTS.METADATA_UPDATE, PRODUCTS.IMPORT_CSV, SKUS.IMPORT_CSV, PRODUCTS.METADATA_KEY_PURGE, VOUCHERS.IMPORT, VOUCHERS.IMPORT_CSV, VOUCHERS.BULK_UPDATE, VOUCHERS.METADATA_UPDATE, VOUCHERS.METADATA_KEY_PURGE, ORDERS.IMPORT, ORDERS.METADATA_KEY_PURGE)"
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        response_401 = VoucherifyError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = VoucherifyError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = VoucherifyError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = VoucherifyError.from_dict(response.json())

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AsyncActionCampaignsMetadataKeyPurge
    | AsyncActionCampaignVouchersDelete
    | AsyncActionCampaignVouchersGenerate
    | AsyncActionCampaignVouchersImport
    | AsyncActionCampaignVouchersImportCsv
    | AsyncActionCampaignVouchersUpdate
    | AsyncActionCustomersBulkUpdate
    | AsyncActionCustomersImportCsv
    | AsyncActionCustomersMetadataKeyPurge
    | AsyncActionCustomersMetadataUpdate
    | AsyncActionOrdersImport
    | AsyncActionOrdersMetadataKeyPurge
    | AsyncActionProductsBulkUpdate
    | AsyncActionProductsImportCsv
    | AsyncActionProductsMetadataKeyPurge
    | AsyncActionProductsMetadataUpdate
    | AsyncActionSkusImportCsv
    | AsyncActionVouchersBulkUpdate
    | AsyncActionVouchersImport
    | AsyncActionVouchersImportCsv
    | AsyncActionVouchersMetadataKeyPurge
    | AsyncActionVouchersMetadataUpdate
]:
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
    async_action_id: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[
    AsyncActionCampaignsMetadataKeyPurge
    | AsyncActionCampaignVouchersDelete
    | AsyncActionCampaignVouchersGenerate
    | AsyncActionCampaignVouchersImport
    | AsyncActionCampaignVouchersImportCsv
    | AsyncActionCampaignVouchersUpdate
    | AsyncActionCustomersBulkUpdate
    | AsyncActionCustomersImportCsv
    | AsyncActionCustomersMetadataKeyPurge
    | AsyncActionCustomersMetadataUpdate
    | AsyncActionOrdersImport
    | AsyncActionOrdersMetadataKeyPurge
    | AsyncActionProductsBulkUpdate
    | AsyncActionProductsImportCsv
    | AsyncActionProductsMetadataKeyPurge
    | AsyncActionProductsMetadataUpdate
    | AsyncActionSkusImportCsv
    | AsyncActionVouchersBulkUpdate
    | AsyncActionVouchersImport
    | AsyncActionVouchersImportCsv
    | AsyncActionVouchersMetadataKeyPurge
    | AsyncActionVouchersMetadataUpdate
]:
    """Get Async Action

     Check the result of a scheduled asynchronous operation. For a voucher import the action
    `type` is `VOUCHERS.IMPORT`.

    `status` tells whether the action has completed: `ENQUEUED` (queued), `IN_PROGRESS`,
    `DONE` (finished; individual codes may still have failed: see `result.failed_count` and
    `result.failed`), `FAILED` (the action as a whole failed). Only `DONE` and `FAILED` are
    final. Bulk actions are processed in queue order; long jobs are processed in portions in
    round-robin fashion.

    Read only; safe to retry. Note: Voucherify recommends webhooks instead of polling;
    every poll counts toward the API call limit.

    Args:
        async_action_id (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[AsyncActionCampaignsMetadataKeyPurge | AsyncActionCampaignVouchersDelete | AsyncActionCampaignVouchersGenerate | AsyncActionCampaignVouchersImport | AsyncActionCampaignVouchersImportCsv | AsyncActionCampaignVouchersUpdate | AsyncActionCustomersBulkUpdate | AsyncActionCustomersImportCsv | AsyncActionCustomersMetadataKeyPurge | AsyncActionCustomersMetadataUpdate | AsyncActionOrdersImport | AsyncActionOrdersMetadataKeyPurge | AsyncActionProductsBulkUpdate | AsyncActionProductsImportCsv | AsyncActionProductsMetadataKeyPurge | AsyncActionProductsMetadataUpdate | AsyncActionSkusImportCsv | AsyncActionVouchersBulkUpdate | AsyncActionVouchersImport | AsyncActionVouchersImportCsv | AsyncActionVouchersMetadataKeyPurge | AsyncActionVouchersMetadataUpdate]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        async_action_id=async_action_id,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    async_action_id: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> (
    AsyncActionCampaignsMetadataKeyPurge
    | AsyncActionCampaignVouchersDelete
    | AsyncActionCampaignVouchersGenerate
    | AsyncActionCampaignVouchersImport
    | AsyncActionCampaignVouchersImportCsv
    | AsyncActionCampaignVouchersUpdate
    | AsyncActionCustomersBulkUpdate
    | AsyncActionCustomersImportCsv
    | AsyncActionCustomersMetadataKeyPurge
    | AsyncActionCustomersMetadataUpdate
    | AsyncActionOrdersImport
    | AsyncActionOrdersMetadataKeyPurge
    | AsyncActionProductsBulkUpdate
    | AsyncActionProductsImportCsv
    | AsyncActionProductsMetadataKeyPurge
    | AsyncActionProductsMetadataUpdate
    | AsyncActionSkusImportCsv
    | AsyncActionVouchersBulkUpdate
    | AsyncActionVouchersImport
    | AsyncActionVouchersImportCsv
    | AsyncActionVouchersMetadataKeyPurge
    | AsyncActionVouchersMetadataUpdate
):
    """Get Async Action

     Check the result of a scheduled asynchronous operation. For a voucher import the action
    `type` is `VOUCHERS.IMPORT`.

    `status` tells whether the action has completed: `ENQUEUED` (queued), `IN_PROGRESS`,
    `DONE` (finished; individual codes may still have failed: see `result.failed_count` and
    `result.failed`), `FAILED` (the action as a whole failed). Only `DONE` and `FAILED` are
    final. Bulk actions are processed in queue order; long jobs are processed in portions in
    round-robin fashion.

    Read only; safe to retry. Note: Voucherify recommends webhooks instead of polling;
    every poll counts toward the API call limit.

    Args:
        async_action_id (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        AsyncActionCampaignsMetadataKeyPurge | AsyncActionCampaignVouchersDelete | AsyncActionCampaignVouchersGenerate | AsyncActionCampaignVouchersImport | AsyncActionCampaignVouchersImportCsv | AsyncActionCampaignVouchersUpdate | AsyncActionCustomersBulkUpdate | AsyncActionCustomersImportCsv | AsyncActionCustomersMetadataKeyPurge | AsyncActionCustomersMetadataUpdate | AsyncActionOrdersImport | AsyncActionOrdersMetadataKeyPurge | AsyncActionProductsBulkUpdate | AsyncActionProductsImportCsv | AsyncActionProductsMetadataKeyPurge | AsyncActionProductsMetadataUpdate | AsyncActionSkusImportCsv | AsyncActionVouchersBulkUpdate | AsyncActionVouchersImport | AsyncActionVouchersImportCsv | AsyncActionVouchersMetadataKeyPurge | AsyncActionVouchersMetadataUpdate: the documented success.
    """

    return sync_detailed(
        async_action_id=async_action_id,
        client=client,
        x_voucherify_api_version=x_voucherify_api_version,
    ).parsed


async def asyncio_detailed(
    async_action_id: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[
    AsyncActionCampaignsMetadataKeyPurge
    | AsyncActionCampaignVouchersDelete
    | AsyncActionCampaignVouchersGenerate
    | AsyncActionCampaignVouchersImport
    | AsyncActionCampaignVouchersImportCsv
    | AsyncActionCampaignVouchersUpdate
    | AsyncActionCustomersBulkUpdate
    | AsyncActionCustomersImportCsv
    | AsyncActionCustomersMetadataKeyPurge
    | AsyncActionCustomersMetadataUpdate
    | AsyncActionOrdersImport
    | AsyncActionOrdersMetadataKeyPurge
    | AsyncActionProductsBulkUpdate
    | AsyncActionProductsImportCsv
    | AsyncActionProductsMetadataKeyPurge
    | AsyncActionProductsMetadataUpdate
    | AsyncActionSkusImportCsv
    | AsyncActionVouchersBulkUpdate
    | AsyncActionVouchersImport
    | AsyncActionVouchersImportCsv
    | AsyncActionVouchersMetadataKeyPurge
    | AsyncActionVouchersMetadataUpdate
]:
    """Get Async Action

     Check the result of a scheduled asynchronous operation. For a voucher import the action
    `type` is `VOUCHERS.IMPORT`.

    `status` tells whether the action has completed: `ENQUEUED` (queued), `IN_PROGRESS`,
    `DONE` (finished; individual codes may still have failed: see `result.failed_count` and
    `result.failed`), `FAILED` (the action as a whole failed). Only `DONE` and `FAILED` are
    final. Bulk actions are processed in queue order; long jobs are processed in portions in
    round-robin fashion.

    Read only; safe to retry. Note: Voucherify recommends webhooks instead of polling;
    every poll counts toward the API call limit.

    Args:
        async_action_id (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[AsyncActionCampaignsMetadataKeyPurge | AsyncActionCampaignVouchersDelete | AsyncActionCampaignVouchersGenerate | AsyncActionCampaignVouchersImport | AsyncActionCampaignVouchersImportCsv | AsyncActionCampaignVouchersUpdate | AsyncActionCustomersBulkUpdate | AsyncActionCustomersImportCsv | AsyncActionCustomersMetadataKeyPurge | AsyncActionCustomersMetadataUpdate | AsyncActionOrdersImport | AsyncActionOrdersMetadataKeyPurge | AsyncActionProductsBulkUpdate | AsyncActionProductsImportCsv | AsyncActionProductsMetadataKeyPurge | AsyncActionProductsMetadataUpdate | AsyncActionSkusImportCsv | AsyncActionVouchersBulkUpdate | AsyncActionVouchersImport | AsyncActionVouchersImportCsv | AsyncActionVouchersMetadataKeyPurge | AsyncActionVouchersMetadataUpdate]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        async_action_id=async_action_id,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    async_action_id: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> (
    AsyncActionCampaignsMetadataKeyPurge
    | AsyncActionCampaignVouchersDelete
    | AsyncActionCampaignVouchersGenerate
    | AsyncActionCampaignVouchersImport
    | AsyncActionCampaignVouchersImportCsv
    | AsyncActionCampaignVouchersUpdate
    | AsyncActionCustomersBulkUpdate
    | AsyncActionCustomersImportCsv
    | AsyncActionCustomersMetadataKeyPurge
    | AsyncActionCustomersMetadataUpdate
    | AsyncActionOrdersImport
    | AsyncActionOrdersMetadataKeyPurge
    | AsyncActionProductsBulkUpdate
    | AsyncActionProductsImportCsv
    | AsyncActionProductsMetadataKeyPurge
    | AsyncActionProductsMetadataUpdate
    | AsyncActionSkusImportCsv
    | AsyncActionVouchersBulkUpdate
    | AsyncActionVouchersImport
    | AsyncActionVouchersImportCsv
    | AsyncActionVouchersMetadataKeyPurge
    | AsyncActionVouchersMetadataUpdate
):
    """Get Async Action

     Check the result of a scheduled asynchronous operation. For a voucher import the action
    `type` is `VOUCHERS.IMPORT`.

    `status` tells whether the action has completed: `ENQUEUED` (queued), `IN_PROGRESS`,
    `DONE` (finished; individual codes may still have failed: see `result.failed_count` and
    `result.failed`), `FAILED` (the action as a whole failed). Only `DONE` and `FAILED` are
    final. Bulk actions are processed in queue order; long jobs are processed in portions in
    round-robin fashion.

    Read only; safe to retry. Note: Voucherify recommends webhooks instead of polling;
    every poll counts toward the API call limit.

    Args:
        async_action_id (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        AsyncActionCampaignsMetadataKeyPurge | AsyncActionCampaignVouchersDelete | AsyncActionCampaignVouchersGenerate | AsyncActionCampaignVouchersImport | AsyncActionCampaignVouchersImportCsv | AsyncActionCampaignVouchersUpdate | AsyncActionCustomersBulkUpdate | AsyncActionCustomersImportCsv | AsyncActionCustomersMetadataKeyPurge | AsyncActionCustomersMetadataUpdate | AsyncActionOrdersImport | AsyncActionOrdersMetadataKeyPurge | AsyncActionProductsBulkUpdate | AsyncActionProductsImportCsv | AsyncActionProductsMetadataKeyPurge | AsyncActionProductsMetadataUpdate | AsyncActionSkusImportCsv | AsyncActionVouchersBulkUpdate | AsyncActionVouchersImport | AsyncActionVouchersImportCsv | AsyncActionVouchersMetadataKeyPurge | AsyncActionVouchersMetadataUpdate: the documented success.
    """

    return (
        await asyncio_detailed(
            async_action_id=async_action_id,
            client=client,
            x_voucherify_api_version=x_voucherify_api_version,
        )
    ).parsed
