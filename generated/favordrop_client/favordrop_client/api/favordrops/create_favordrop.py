# generated from specs/favordrop.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favordrop_create_request import FavordropCreateRequest
from ...models.favordrop_create_response import FavordropCreateResponse
from ...models.favordrop_error import FavordropError
from ...types import Response


def _get_kwargs(
    *,
    body: FavordropCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/favordrops",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> FavordropCreateResponse:
    if response.status_code == 200:
        response_200 = FavordropCreateResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 400:
        response_400 = FavordropError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FavordropError.from_dict(response.json())

        return response_401

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavordropCreateResponse]:
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
    body: FavordropCreateRequest,
) -> Response[FavordropCreateResponse]:
    """Create a Favordrop to send

     "Use this endpoint to create a Favordrop and send it." (documentation.favordrop.com)

    Creates a gift of `amount` US dollars for a customer at `merchant` and sends it by each
    channel in `send_type` at `send_at`. The customer is identified either by an existing
    customer id (`customer`) or by the customer details `fname`, `lname`, `phone` and
    `email` (all four required when `customer` is not provided).

    Authentication: the `Authorization` header (a JWT) or, if no auth token is provided,
    the `organization-api-key` header.

    Rules the schema cannot hold: `send_type` `sms` requires the organization to have a
    toll-free number on file with Favordrop.

    This operation creates value (a gift card with real money behind it). No idempotency
    key or caller-chosen reference is documented, and no read or list operation is
    documented, so a request whose response was lost cannot be reconciled through this API.

    Args:
        body (FavordropCreateRequest): Request body of "Create a Favordrop to send". "Either
            customer, or customer details (fname, lname, phone, email) are required."

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[FavordropCreateResponse]: the documented success, with status and headers.
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
    body: FavordropCreateRequest,
) -> FavordropCreateResponse:
    """Create a Favordrop to send

     "Use this endpoint to create a Favordrop and send it." (documentation.favordrop.com)

    Creates a gift of `amount` US dollars for a customer at `merchant` and sends it by each
    channel in `send_type` at `send_at`. The customer is identified either by an existing
    customer id (`customer`) or by the customer details `fname`, `lname`, `phone` and
    `email` (all four required when `customer` is not provided).

    Authentication: the `Authorization` header (a JWT) or, if no auth token is provided,
    the `organization-api-key` header.

    Rules the schema cannot hold: `send_type` `sms` requires the organization to have a
    toll-free number on file with Favordrop.

    This operation creates value (a gift card with real money behind it). No idempotency
    key or caller-chosen reference is documented, and no read or list operation is
    documented, so a request whose response was lost cannot be reconciled through this API.

    Args:
        body (FavordropCreateRequest): Request body of "Create a Favordrop to send". "Either
            customer, or customer details (fname, lname, phone, email) are required."

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        FavordropCreateResponse: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FavordropCreateRequest,
) -> Response[FavordropCreateResponse]:
    """Create a Favordrop to send

     "Use this endpoint to create a Favordrop and send it." (documentation.favordrop.com)

    Creates a gift of `amount` US dollars for a customer at `merchant` and sends it by each
    channel in `send_type` at `send_at`. The customer is identified either by an existing
    customer id (`customer`) or by the customer details `fname`, `lname`, `phone` and
    `email` (all four required when `customer` is not provided).

    Authentication: the `Authorization` header (a JWT) or, if no auth token is provided,
    the `organization-api-key` header.

    Rules the schema cannot hold: `send_type` `sms` requires the organization to have a
    toll-free number on file with Favordrop.

    This operation creates value (a gift card with real money behind it). No idempotency
    key or caller-chosen reference is documented, and no read or list operation is
    documented, so a request whose response was lost cannot be reconciled through this API.

    Args:
        body (FavordropCreateRequest): Request body of "Create a Favordrop to send". "Either
            customer, or customer details (fname, lname, phone, email) are required."

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[FavordropCreateResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FavordropCreateRequest,
) -> FavordropCreateResponse:
    """Create a Favordrop to send

     "Use this endpoint to create a Favordrop and send it." (documentation.favordrop.com)

    Creates a gift of `amount` US dollars for a customer at `merchant` and sends it by each
    channel in `send_type` at `send_at`. The customer is identified either by an existing
    customer id (`customer`) or by the customer details `fname`, `lname`, `phone` and
    `email` (all four required when `customer` is not provided).

    Authentication: the `Authorization` header (a JWT) or, if no auth token is provided,
    the `organization-api-key` header.

    Rules the schema cannot hold: `send_type` `sms` requires the organization to have a
    toll-free number on file with Favordrop.

    This operation creates value (a gift card with real money behind it). No idempotency
    key or caller-chosen reference is documented, and no read or list operation is
    documented, so a request whose response was lost cannot be reconciled through this API.

    Args:
        body (FavordropCreateRequest): Request body of "Create a Favordrop to send". "Either
            customer, or customer details (fname, lname, phone, email) are required."

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        FavordropCreateResponse: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
