# generated from specs/dots_eco.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dots_eco_application_balance import DotsEcoApplicationBalance
from ...models.dots_eco_message_error import DotsEcoMessageError
from ...types import Response


def _get_kwargs(
    app_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/application-balance/{app_token}".format(
            app_token=quote(str(app_token), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> DotsEcoApplicationBalance:
    if response.status_code == 200:
        response_200 = DotsEcoApplicationBalance.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 403:
        response_403 = DotsEcoMessageError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DotsEcoMessageError.from_dict(response.json())

        return response_404

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DotsEcoApplicationBalance]:
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
    app_token: str,
    *,
    client: AuthenticatedClient,
) -> Response[DotsEcoApplicationBalance]:
    """Retrieve an application's balance

     "This API allows you to retrieve the application balance using a specific app_token."
    (Dots.eco API documentation, "Retrieve Application Balance")

    Returns `{"balance": <number>}` for the application. What the balance counts (money or
    impact units) and whether `addFlowCard` draws on it are not documented; see the
    `balance` property.

    Authentication: the `auth-token` header (read-only token; the n8n integration sends its
    "Read Auth Token" here) and `Content-Type: application/json`.

    A read: safe to retry.

    Args:
        app_token (str):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[DotsEcoApplicationBalance]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        app_token=app_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_token: str,
    *,
    client: AuthenticatedClient,
) -> DotsEcoApplicationBalance:
    """Retrieve an application's balance

     "This API allows you to retrieve the application balance using a specific app_token."
    (Dots.eco API documentation, "Retrieve Application Balance")

    Returns `{"balance": <number>}` for the application. What the balance counts (money or
    impact units) and whether `addFlowCard` draws on it are not documented; see the
    `balance` property.

    Authentication: the `auth-token` header (read-only token; the n8n integration sends its
    "Read Auth Token" here) and `Content-Type: application/json`.

    A read: safe to retry.

    Args:
        app_token (str):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        DotsEcoApplicationBalance: the documented success.
    """

    return sync_detailed(
        app_token=app_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_token: str,
    *,
    client: AuthenticatedClient,
) -> Response[DotsEcoApplicationBalance]:
    """Retrieve an application's balance

     "This API allows you to retrieve the application balance using a specific app_token."
    (Dots.eco API documentation, "Retrieve Application Balance")

    Returns `{"balance": <number>}` for the application. What the balance counts (money or
    impact units) and whether `addFlowCard` draws on it are not documented; see the
    `balance` property.

    Authentication: the `auth-token` header (read-only token; the n8n integration sends its
    "Read Auth Token" here) and `Content-Type: application/json`.

    A read: safe to retry.

    Args:
        app_token (str):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[DotsEcoApplicationBalance]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        app_token=app_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_token: str,
    *,
    client: AuthenticatedClient,
) -> DotsEcoApplicationBalance:
    """Retrieve an application's balance

     "This API allows you to retrieve the application balance using a specific app_token."
    (Dots.eco API documentation, "Retrieve Application Balance")

    Returns `{"balance": <number>}` for the application. What the balance counts (money or
    impact units) and whether `addFlowCard` draws on it are not documented; see the
    `balance` property.

    Authentication: the `auth-token` header (read-only token; the n8n integration sends its
    "Read Auth Token" here) and `Content-Type: application/json`.

    A read: safe to retry.

    Args:
        app_token (str):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        DotsEcoApplicationBalance: the documented success.
    """

    return (
        await asyncio_detailed(
            app_token=app_token,
            client=client,
        )
    ).parsed
