# generated from specs/rebilly.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.coupon_expiration import CouponExpiration
from ...models.rebilly_forbidden_problem import RebillyForbiddenProblem
from ...models.rebilly_not_found_problem import RebillyNotFoundProblem
from ...models.rebilly_problem import RebillyProblem
from ...models.rebilly_too_many_requests_problem import RebillyTooManyRequestsProblem
from ...models.rebilly_unauthorized_problem import RebillyUnauthorizedProblem
from ...models.rebilly_validation_problem import RebillyValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: CouponExpiration | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/coupons/{id}/expiration".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 404:
        response_404 = RebillyNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RebillyProblem.from_dict(response.json())

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
    client: AuthenticatedClient | Client,
    body: CouponExpiration | Unset = UNSET,
) -> Response[Coupon]:
    """Specify a coupon expiration time

     Specifies the expiration time of a coupon with a specified ID.
    The `expiredTime` of a coupon must be greater than its `issuedTime`.
    If `expiredTime` is null or an empty string, the coupon expires immediately.

    This operation cannot be performed on expired coupons (`409`: "Coupon is expired and has
    been redeemed. Unable to reschedule the expiration.").

    Args:
        id (str):
        body (CouponExpiration | Unset): Expiration time to set on a coupon.

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
    client: AuthenticatedClient | Client,
    body: CouponExpiration | Unset = UNSET,
) -> Coupon:
    """Specify a coupon expiration time

     Specifies the expiration time of a coupon with a specified ID.
    The `expiredTime` of a coupon must be greater than its `issuedTime`.
    If `expiredTime` is null or an empty string, the coupon expires immediately.

    This operation cannot be performed on expired coupons (`409`: "Coupon is expired and has
    been redeemed. Unable to reschedule the expiration.").

    Args:
        id (str):
        body (CouponExpiration | Unset): Expiration time to set on a coupon.

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
    client: AuthenticatedClient | Client,
    body: CouponExpiration | Unset = UNSET,
) -> Response[Coupon]:
    """Specify a coupon expiration time

     Specifies the expiration time of a coupon with a specified ID.
    The `expiredTime` of a coupon must be greater than its `issuedTime`.
    If `expiredTime` is null or an empty string, the coupon expires immediately.

    This operation cannot be performed on expired coupons (`409`: "Coupon is expired and has
    been redeemed. Unable to reschedule the expiration.").

    Args:
        id (str):
        body (CouponExpiration | Unset): Expiration time to set on a coupon.

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
    client: AuthenticatedClient | Client,
    body: CouponExpiration | Unset = UNSET,
) -> Coupon:
    """Specify a coupon expiration time

     Specifies the expiration time of a coupon with a specified ID.
    The `expiredTime` of a coupon must be greater than its `issuedTime`.
    If `expiredTime` is null or an empty string, the coupon expires immediately.

    This operation cannot be performed on expired coupons (`409`: "Coupon is expired and has
    been redeemed. Unable to reschedule the expiration.").

    Args:
        id (str):
        body (CouponExpiration | Unset): Expiration time to set on a coupon.

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
