# generated from specs/rebilly.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.coupon_input import CouponInput
from ...models.rebilly_conflict_problem import RebillyConflictProblem
from ...models.rebilly_not_found_problem import RebillyNotFoundProblem
from ...models.rebilly_too_many_requests_problem import RebillyTooManyRequestsProblem
from ...models.rebilly_unauthorized_problem import RebillyUnauthorizedProblem
from ...models.rebilly_validation_problem import RebillyValidationProblem
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: CouponInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/coupons/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Coupon:
    if response.status_code == 200:
        response_200 = Coupon.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Coupon.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        response_401 = RebillyUnauthorizedProblem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = RebillyNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RebillyConflictProblem.from_dict(response.json())

        return response_409

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: CouponInput,
) -> Response[Coupon]:
    """Upsert a coupon

     Creates or updates (upserts) a coupon with a specified coupon ID. The path ID is the
    redemption code: when no coupon has that ID one is created (`201`), otherwise it is updated
    (`200`). Repeating the same request converges on the same coupon, so this is the
    retry-safe way to issue a coupon with a caller-chosen code; a coupon that has been redeemed
    cannot be modified (the documented `409 Conflict` is the expected answer then, though the
    official spec does not say which conflicts produce 409).

    The body is the full coupon representation (`discount` and `issuedTime` are required),
    not a partial patch.

    Args:
        id (str):
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
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CouponInput,
) -> Coupon:
    """Upsert a coupon

     Creates or updates (upserts) a coupon with a specified coupon ID. The path ID is the
    redemption code: when no coupon has that ID one is created (`201`), otherwise it is updated
    (`200`). Repeating the same request converges on the same coupon, so this is the
    retry-safe way to issue a coupon with a caller-chosen code; a coupon that has been redeemed
    cannot be modified (the documented `409 Conflict` is the expected answer then, though the
    official spec does not say which conflicts produce 409).

    The body is the full coupon representation (`discount` and `issuedTime` are required),
    not a partial patch.

    Args:
        id (str):
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
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CouponInput,
) -> Response[Coupon]:
    """Upsert a coupon

     Creates or updates (upserts) a coupon with a specified coupon ID. The path ID is the
    redemption code: when no coupon has that ID one is created (`201`), otherwise it is updated
    (`200`). Repeating the same request converges on the same coupon, so this is the
    retry-safe way to issue a coupon with a caller-chosen code; a coupon that has been redeemed
    cannot be modified (the documented `409 Conflict` is the expected answer then, though the
    official spec does not say which conflicts produce 409).

    The body is the full coupon representation (`discount` and `issuedTime` are required),
    not a partial patch.

    Args:
        id (str):
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
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CouponInput,
) -> Coupon:
    """Upsert a coupon

     Creates or updates (upserts) a coupon with a specified coupon ID. The path ID is the
    redemption code: when no coupon has that ID one is created (`201`), otherwise it is updated
    (`200`). Repeating the same request converges on the same coupon, so this is the
    retry-safe way to issue a coupon with a caller-chosen code; a coupon that has been redeemed
    cannot be modified (the documented `409 Conflict` is the expected answer then, though the
    official spec does not say which conflicts produce 409).

    The body is the full coupon representation (`discount` and `issuedTime` are required),
    not a partial patch.

    Args:
        id (str):
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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
