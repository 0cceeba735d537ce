# generated from specs/tremendous.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tremendous_create_order_response import TremendousCreateOrderResponse
from ...models.tremendous_error import TremendousError
from ...models.tremendous_rate_limit_error import TremendousRateLimitError
from ...models.tremendous_single_reward_order import TremendousSingleRewardOrder
from ...types import Response


def _get_kwargs(
    *,
    body: TremendousSingleRewardOrder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> TremendousCreateOrderResponse:
    if response.status_code == 200:
        response_200 = TremendousCreateOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TremendousCreateOrderResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 400:
        response_400 = TremendousError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TremendousError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = TremendousError.from_dict(response.json())

        return response_402

    if response.status_code == 409:
        response_409 = TremendousError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = TremendousError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TremendousRateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TremendousError.from_dict(response.json())

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TremendousCreateOrderResponse]:
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
    client: AuthenticatedClient | Client,
    body: TremendousSingleRewardOrder,
) -> Response[TremendousCreateOrderResponse]:
    """Create order

     "Every time you want to send out a reward through Tremendous you need to create an
    order for it." One order carries one reward for one recipient, paid from
    `payment.funding_source_id` (`balance` for the account balance). Either
    `reward.products` or `reward.campaign_id` must be given. 200 means the order was
    processed; delivery by `EMAIL` or `PHONE` is queued and happens after the response.

    This operation CREATES VALUE. Idempotence (documented): requests with the same
    `external_id` are idempotent. Resubmitting an existing `external_id` with the same
    payload creates nothing and answers 201 with the existing order; with different
    parameters (e.g. amount, recipient) it answers 409. A lost answer is therefore
    reconciled by resending with the same `external_id`, or by `getOrder` with the
    `external_id` as the id. Without `external_id` a resend creates a second order.

    Args:
        body (TremendousSingleRewardOrder): Request body of createOrder: one reward for one
            recipient, paid from `payment.funding_source_id`.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[TremendousCreateOrderResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TremendousSingleRewardOrder,
) -> TremendousCreateOrderResponse:
    """Create order

     "Every time you want to send out a reward through Tremendous you need to create an
    order for it." One order carries one reward for one recipient, paid from
    `payment.funding_source_id` (`balance` for the account balance). Either
    `reward.products` or `reward.campaign_id` must be given. 200 means the order was
    processed; delivery by `EMAIL` or `PHONE` is queued and happens after the response.

    This operation CREATES VALUE. Idempotence (documented): requests with the same
    `external_id` are idempotent. Resubmitting an existing `external_id` with the same
    payload creates nothing and answers 201 with the existing order; with different
    parameters (e.g. amount, recipient) it answers 409. A lost answer is therefore
    reconciled by resending with the same `external_id`, or by `getOrder` with the
    `external_id` as the id. Without `external_id` a resend creates a second order.

    Args:
        body (TremendousSingleRewardOrder): Request body of createOrder: one reward for one
            recipient, paid from `payment.funding_source_id`.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        TremendousCreateOrderResponse: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TremendousSingleRewardOrder,
) -> Response[TremendousCreateOrderResponse]:
    """Create order

     "Every time you want to send out a reward through Tremendous you need to create an
    order for it." One order carries one reward for one recipient, paid from
    `payment.funding_source_id` (`balance` for the account balance). Either
    `reward.products` or `reward.campaign_id` must be given. 200 means the order was
    processed; delivery by `EMAIL` or `PHONE` is queued and happens after the response.

    This operation CREATES VALUE. Idempotence (documented): requests with the same
    `external_id` are idempotent. Resubmitting an existing `external_id` with the same
    payload creates nothing and answers 201 with the existing order; with different
    parameters (e.g. amount, recipient) it answers 409. A lost answer is therefore
    reconciled by resending with the same `external_id`, or by `getOrder` with the
    `external_id` as the id. Without `external_id` a resend creates a second order.

    Args:
        body (TremendousSingleRewardOrder): Request body of createOrder: one reward for one
            recipient, paid from `payment.funding_source_id`.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[TremendousCreateOrderResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TremendousSingleRewardOrder,
) -> TremendousCreateOrderResponse:
    """Create order

     "Every time you want to send out a reward through Tremendous you need to create an
    order for it." One order carries one reward for one recipient, paid from
    `payment.funding_source_id` (`balance` for the account balance). Either
    `reward.products` or `reward.campaign_id` must be given. 200 means the order was
    processed; delivery by `EMAIL` or `PHONE` is queued and happens after the response.

    This operation CREATES VALUE. Idempotence (documented): requests with the same
    `external_id` are idempotent. Resubmitting an existing `external_id` with the same
    payload creates nothing and answers 201 with the existing order; with different
    parameters (e.g. amount, recipient) it answers 409. A lost answer is therefore
    reconciled by resending with the same `external_id`, or by `getOrder` with the
    `external_id` as the id. Without `external_id` a resend creates a second order.

    Args:
        body (TremendousSingleRewardOrder): Request body of createOrder: one reward for one
            recipient, paid from `payment.funding_source_id`.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        TremendousCreateOrderResponse: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
