# generated from specs/tremendous.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tremendous_error import TremendousError
from ...models.tremendous_list_funding_sources_response import TremendousListFundingSourcesResponse
from ...models.tremendous_rate_limit_error import TremendousRateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funding_sources",
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> TremendousListFundingSourcesResponse:
    if response.status_code == 200:
        response_200 = TremendousListFundingSourcesResponse.from_dict(response.json())

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
) -> Response[TremendousListFundingSourcesResponse]:
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
) -> Response[TremendousListFundingSourcesResponse]:
    """List funding sources

     Retrieve a list of all funding sources in your organization's account. Use an id from here (or
    `balance`) as an order's `payment.funding_source_id`. Balances here are cached and may be out of
    date.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[TremendousListFundingSourcesResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> TremendousListFundingSourcesResponse:
    """List funding sources

     Retrieve a list of all funding sources in your organization's account. Use an id from here (or
    `balance`) as an order's `payment.funding_source_id`. Balances here are cached and may be out of
    date.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        TremendousListFundingSourcesResponse: the documented success.
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TremendousListFundingSourcesResponse]:
    """List funding sources

     Retrieve a list of all funding sources in your organization's account. Use an id from here (or
    `balance`) as an order's `payment.funding_source_id`. Balances here are cached and may be out of
    date.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[TremendousListFundingSourcesResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> TremendousListFundingSourcesResponse:
    """List funding sources

     Retrieve a list of all funding sources in your organization's account. Use an id from here (or
    `balance`) as an order's `payment.funding_source_id`. Balances here are cached and may be out of
    date.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        TremendousListFundingSourcesResponse: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
