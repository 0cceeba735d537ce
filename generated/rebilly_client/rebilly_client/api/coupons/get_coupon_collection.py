# generated from specs/rebilly.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.rebilly_forbidden_problem import RebillyForbiddenProblem
from ...models.rebilly_unauthorized_problem import RebillyUnauthorizedProblem
from ...models.rebilly_validation_problem import RebillyValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params["q"] = q

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = ",".join(str(item) for item in json_sort) if isinstance(json_sort, list) else json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/coupons",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> list[Coupon]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_coupon_list_item_data in _response_200:
            componentsschemas_coupon_list_item = Coupon.from_dict(componentsschemas_coupon_list_item_data)

            response_200.append(componentsschemas_coupon_list_item)

        return response_200

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

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Coupon]]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[list[Coupon]]:
    """Retrieve coupons

     Retrieves a list of coupons. The body is a bare JSON array; paging state is returned in the
    `Pagination-Total`, `Pagination-Limit` and `Pagination-Offset` response headers.
    Not rate limited in the sandbox (limits there apply to non-GET endpoints only).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        sort (list[str] | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[list[Coupon]]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_=filter_,
        q=q,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> list[Coupon]:
    """Retrieve coupons

     Retrieves a list of coupons. The body is a bare JSON array; paging state is returned in the
    `Pagination-Total`, `Pagination-Limit` and `Pagination-Offset` response headers.
    Not rate limited in the sandbox (limits there apply to non-GET endpoints only).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        sort (list[str] | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        list[Coupon]: the documented success.
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
        q=q,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[list[Coupon]]:
    """Retrieve coupons

     Retrieves a list of coupons. The body is a bare JSON array; paging state is returned in the
    `Pagination-Total`, `Pagination-Limit` and `Pagination-Offset` response headers.
    Not rate limited in the sandbox (limits there apply to non-GET endpoints only).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        sort (list[str] | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[list[Coupon]]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_=filter_,
        q=q,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> list[Coupon]:
    """Retrieve coupons

     Retrieves a list of coupons. The body is a bare JSON array; paging state is returned in the
    `Pagination-Total`, `Pagination-Limit` and `Pagination-Offset` response headers.
    Not rate limited in the sandbox (limits there apply to non-GET endpoints only).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        sort (list[str] | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        list[Coupon]: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
            q=q,
            sort=sort,
        )
    ).parsed
