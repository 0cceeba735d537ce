# generated from specs/rebilly.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.coupon_input import CouponInput
from ...models.rebilly_forbidden_problem import RebillyForbiddenProblem
from ...models.rebilly_too_many_requests_problem import RebillyTooManyRequestsProblem
from ...models.rebilly_unauthorized_problem import RebillyUnauthorizedProblem
from ...models.rebilly_validation_problem import RebillyValidationProblem
from ...types import Response


def _get_kwargs(
    *,
    body: CouponInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/coupons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Coupon:
    if response.status_code == 201:
        response_201 = Coupon.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        response_401 = RebillyUnauthorizedProblem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RebillyForbiddenProblem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = RebillyValidationProblem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RebillyTooManyRequestsProblem.from_dict(response.json())

        return response_429

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Coupon]:
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
    body: CouponInput,
) -> Response[Coupon]:
    """Create a coupon

     Creates a coupon. Rebilly assigns the coupon ID (also known as the redemption code); to
    choose the code yourself use `PutCoupon` with the code as path ID (this is what the official
    JavaScript SDK does when `create` is given an ID: it GETs the ID and PUTs on 404).

    NOT idempotent: a retried POST after a lost response issues a second coupon. There is no
    caller-chosen reference field on the body; prefer `PutCoupon` with a client-chosen ID when a
    request may have to be retried.

    Documented rules a schema cannot hold: `expiredTime`, when set, must be later than
    `issuedTime` (stated for the expiration operation); `planId` values within
    `restrict-to-bxgy` `buy` and `get` must each be unique.

    Args:
        body (CouponInput): Coupons and discounts. One schema serves requests and responses (as in
            the official
            definitions): server-set fields are `readOnly` and must not be sent. The seed page lists
            `id`, `revision`, `createdTime`, `updatedTime`, `redemptionsCount`, `status` and `_links`
            among request fields; the official definitions mark them read-only (the official SDKs
            never send them), so they are read-only here.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[Coupon]: the documented success, with status and headers.
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
    client: AuthenticatedClient,
    body: CouponInput,
) -> Coupon:
    """Create a coupon

     Creates a coupon. Rebilly assigns the coupon ID (also known as the redemption code); to
    choose the code yourself use `PutCoupon` with the code as path ID (this is what the official
    JavaScript SDK does when `create` is given an ID: it GETs the ID and PUTs on 404).

    NOT idempotent: a retried POST after a lost response issues a second coupon. There is no
    caller-chosen reference field on the body; prefer `PutCoupon` with a client-chosen ID when a
    request may have to be retried.

    Documented rules a schema cannot hold: `expiredTime`, when set, must be later than
    `issuedTime` (stated for the expiration operation); `planId` values within
    `restrict-to-bxgy` `buy` and `get` must each be unique.

    Args:
        body (CouponInput): Coupons and discounts. One schema serves requests and responses (as in
            the official
            definitions): server-set fields are `readOnly` and must not be sent. The seed page lists
            `id`, `revision`, `createdTime`, `updatedTime`, `redemptionsCount`, `status` and `_links`
            among request fields; the official definitions mark them read-only (the official SDKs
            never send them), so they are read-only here.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Coupon: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CouponInput,
) -> Response[Coupon]:
    """Create a coupon

     Creates a coupon. Rebilly assigns the coupon ID (also known as the redemption code); to
    choose the code yourself use `PutCoupon` with the code as path ID (this is what the official
    JavaScript SDK does when `create` is given an ID: it GETs the ID and PUTs on 404).

    NOT idempotent: a retried POST after a lost response issues a second coupon. There is no
    caller-chosen reference field on the body; prefer `PutCoupon` with a client-chosen ID when a
    request may have to be retried.

    Documented rules a schema cannot hold: `expiredTime`, when set, must be later than
    `issuedTime` (stated for the expiration operation); `planId` values within
    `restrict-to-bxgy` `buy` and `get` must each be unique.

    Args:
        body (CouponInput): Coupons and discounts. One schema serves requests and responses (as in
            the official
            definitions): server-set fields are `readOnly` and must not be sent. The seed page lists
            `id`, `revision`, `createdTime`, `updatedTime`, `redemptionsCount`, `status` and `_links`
            among request fields; the official definitions mark them read-only (the official SDKs
            never send them), so they are read-only here.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[Coupon]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CouponInput,
) -> Coupon:
    """Create a coupon

     Creates a coupon. Rebilly assigns the coupon ID (also known as the redemption code); to
    choose the code yourself use `PutCoupon` with the code as path ID (this is what the official
    JavaScript SDK does when `create` is given an ID: it GETs the ID and PUTs on 404).

    NOT idempotent: a retried POST after a lost response issues a second coupon. There is no
    caller-chosen reference field on the body; prefer `PutCoupon` with a client-chosen ID when a
    request may have to be retried.

    Documented rules a schema cannot hold: `expiredTime`, when set, must be later than
    `issuedTime` (stated for the expiration operation); `planId` values within
    `restrict-to-bxgy` `buy` and `get` must each be unique.

    Args:
        body (CouponInput): Coupons and discounts. One schema serves requests and responses (as in
            the official
            definitions): server-set fields are `readOnly` and must not be sent. The seed page lists
            `id`, `revision`, `createdTime`, `updatedTime`, `redemptionsCount`, `status` and `_links`
            among request fields; the official definitions mark them read-only (the official SDKs
            never send them), so they are read-only here.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Coupon: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
