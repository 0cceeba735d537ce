# generated from specs/tremendous.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tremendous_error import TremendousError
from ...models.tremendous_list_products_response import TremendousListProductsResponse
from ...models.tremendous_rate_limit_error import TremendousRateLimitError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    subcategory: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["currency"] = currency

    params["subcategory"] = subcategory

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> TremendousListProductsResponse:
    if response.status_code == 200:
        response_200 = TremendousListProductsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        response_401 = TremendousError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = TremendousRateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TremendousError.from_dict(response.json())

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TremendousListProductsResponse]:
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
    country: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    subcategory: str | Unset = UNSET,
) -> Response[TremendousListProductsResponse]:
    """List products

     Retrieve a list of available products, optionally only those available in the given countries,
    currencies or subcategories (each a comma-separated list). Not paginated.

    Args:
        country (str | Unset):
        currency (str | Unset):
        subcategory (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[TremendousListProductsResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        country=country,
        currency=currency,
        subcategory=subcategory,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    subcategory: str | Unset = UNSET,
) -> TremendousListProductsResponse:
    """List products

     Retrieve a list of available products, optionally only those available in the given countries,
    currencies or subcategories (each a comma-separated list). Not paginated.

    Args:
        country (str | Unset):
        currency (str | Unset):
        subcategory (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        TremendousListProductsResponse: the documented success.
    """

    return sync_detailed(
        client=client,
        country=country,
        currency=currency,
        subcategory=subcategory,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    subcategory: str | Unset = UNSET,
) -> Response[TremendousListProductsResponse]:
    """List products

     Retrieve a list of available products, optionally only those available in the given countries,
    currencies or subcategories (each a comma-separated list). Not paginated.

    Args:
        country (str | Unset):
        currency (str | Unset):
        subcategory (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[TremendousListProductsResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        country=country,
        currency=currency,
        subcategory=subcategory,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    subcategory: str | Unset = UNSET,
) -> TremendousListProductsResponse:
    """List products

     Retrieve a list of available products, optionally only those available in the given countries,
    currencies or subcategories (each a comma-separated list). Not paginated.

    Args:
        country (str | Unset):
        currency (str | Unset):
        subcategory (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        TremendousListProductsResponse: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            currency=currency,
            subcategory=subcategory,
        )
    ).parsed
