# generated from specs/giftme.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.giftme_create_orders_request import GiftmeCreateOrdersRequest
from ...models.giftme_create_orders_response import GiftmeCreateOrdersResponse
from ...models.giftme_message_error import GiftmeMessageError
from ...models.giftme_validation_error import GiftmeValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: GiftmeCreateOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reseller/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> GiftmeCreateOrdersResponse:
    if response.status_code == 200:
        response_200 = GiftmeCreateOrdersResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 400:
        response_400 = GiftmeValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GiftmeMessageError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = GiftmeValidationError.from_dict(response.json())

        return response_422

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GiftmeCreateOrdersResponse]:
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
    body: GiftmeCreateOrdersRequest,
) -> Response[GiftmeCreateOrdersResponse]:
    """Create gift card order(s)

     "Used to create a new giftcard order(s)." (GiftMe reseller documentation, "Create order")

    One call creates every order in `orders`; each order issues one gift card of `amount`
    for a receiver identified by `receiver_email` and/or `receiver_phone` ("Receiver email
    required if phone is not present / Receiver phone required if email is not present").
    `cashier_pin` authorises the sale (a wrong PIN is a 400 with
    `errors.cashier_pin: "Invalid cashier pin."`).

    Authentication required: yes (scheme not documented; see `giftmeBearer`).

    This operation CREATES VALUE: the response carries each card's `code`, `pin` and `link`,
    each of which is money in itself. It is not idempotent by design and no idempotency key
    is documented. `identifier` is an optional caller-chosen reference per order, echoed back
    in the response; no read or list operation is documented, so a lost response cannot be
    reconciled through this API (only with GiftMe, by `identifier`). No "not processed"
    status is documented; the only documented `status` value is `complete`.

    Validation errors name the failing field by its dotted path as sent, e.g.
    `orders.0.amount` (Laravel-style messages).

    Rules the schema cannot hold (undocumented, hence not enforced): whether `giftcards` is
    needed for `context` `merchant` or `category`; whether `identifier` must be unique; any
    minimum or maximum `amount`; any limit on the number of orders per call.

    Args:
        body (GiftmeCreateOrdersRequest): Request of "Create order" (POST
            <base_url>/reseller/orders).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[GiftmeCreateOrdersResponse]: the documented success, with status and headers.
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
    body: GiftmeCreateOrdersRequest,
) -> GiftmeCreateOrdersResponse:
    """Create gift card order(s)

     "Used to create a new giftcard order(s)." (GiftMe reseller documentation, "Create order")

    One call creates every order in `orders`; each order issues one gift card of `amount`
    for a receiver identified by `receiver_email` and/or `receiver_phone` ("Receiver email
    required if phone is not present / Receiver phone required if email is not present").
    `cashier_pin` authorises the sale (a wrong PIN is a 400 with
    `errors.cashier_pin: "Invalid cashier pin."`).

    Authentication required: yes (scheme not documented; see `giftmeBearer`).

    This operation CREATES VALUE: the response carries each card's `code`, `pin` and `link`,
    each of which is money in itself. It is not idempotent by design and no idempotency key
    is documented. `identifier` is an optional caller-chosen reference per order, echoed back
    in the response; no read or list operation is documented, so a lost response cannot be
    reconciled through this API (only with GiftMe, by `identifier`). No "not processed"
    status is documented; the only documented `status` value is `complete`.

    Validation errors name the failing field by its dotted path as sent, e.g.
    `orders.0.amount` (Laravel-style messages).

    Rules the schema cannot hold (undocumented, hence not enforced): whether `giftcards` is
    needed for `context` `merchant` or `category`; whether `identifier` must be unique; any
    minimum or maximum `amount`; any limit on the number of orders per call.

    Args:
        body (GiftmeCreateOrdersRequest): Request of "Create order" (POST
            <base_url>/reseller/orders).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        GiftmeCreateOrdersResponse: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GiftmeCreateOrdersRequest,
) -> Response[GiftmeCreateOrdersResponse]:
    """Create gift card order(s)

     "Used to create a new giftcard order(s)." (GiftMe reseller documentation, "Create order")

    One call creates every order in `orders`; each order issues one gift card of `amount`
    for a receiver identified by `receiver_email` and/or `receiver_phone` ("Receiver email
    required if phone is not present / Receiver phone required if email is not present").
    `cashier_pin` authorises the sale (a wrong PIN is a 400 with
    `errors.cashier_pin: "Invalid cashier pin."`).

    Authentication required: yes (scheme not documented; see `giftmeBearer`).

    This operation CREATES VALUE: the response carries each card's `code`, `pin` and `link`,
    each of which is money in itself. It is not idempotent by design and no idempotency key
    is documented. `identifier` is an optional caller-chosen reference per order, echoed back
    in the response; no read or list operation is documented, so a lost response cannot be
    reconciled through this API (only with GiftMe, by `identifier`). No "not processed"
    status is documented; the only documented `status` value is `complete`.

    Validation errors name the failing field by its dotted path as sent, e.g.
    `orders.0.amount` (Laravel-style messages).

    Rules the schema cannot hold (undocumented, hence not enforced): whether `giftcards` is
    needed for `context` `merchant` or `category`; whether `identifier` must be unique; any
    minimum or maximum `amount`; any limit on the number of orders per call.

    Args:
        body (GiftmeCreateOrdersRequest): Request of "Create order" (POST
            <base_url>/reseller/orders).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[GiftmeCreateOrdersResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GiftmeCreateOrdersRequest,
) -> GiftmeCreateOrdersResponse:
    """Create gift card order(s)

     "Used to create a new giftcard order(s)." (GiftMe reseller documentation, "Create order")

    One call creates every order in `orders`; each order issues one gift card of `amount`
    for a receiver identified by `receiver_email` and/or `receiver_phone` ("Receiver email
    required if phone is not present / Receiver phone required if email is not present").
    `cashier_pin` authorises the sale (a wrong PIN is a 400 with
    `errors.cashier_pin: "Invalid cashier pin."`).

    Authentication required: yes (scheme not documented; see `giftmeBearer`).

    This operation CREATES VALUE: the response carries each card's `code`, `pin` and `link`,
    each of which is money in itself. It is not idempotent by design and no idempotency key
    is documented. `identifier` is an optional caller-chosen reference per order, echoed back
    in the response; no read or list operation is documented, so a lost response cannot be
    reconciled through this API (only with GiftMe, by `identifier`). No "not processed"
    status is documented; the only documented `status` value is `complete`.

    Validation errors name the failing field by its dotted path as sent, e.g.
    `orders.0.amount` (Laravel-style messages).

    Rules the schema cannot hold (undocumented, hence not enforced): whether `giftcards` is
    needed for `context` `merchant` or `category`; whether `identifier` must be unique; any
    minimum or maximum `amount`; any limit on the number of orders per call.

    Args:
        body (GiftmeCreateOrdersRequest): Request of "Create order" (POST
            <base_url>/reseller/orders).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        GiftmeCreateOrdersResponse: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
