# generated from specs/voucherify.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_token_access_token_request_body import OAuthTokenAccessTokenRequestBody
from ...models.o_auth_token_introspection_active import OAuthTokenIntrospectionActive
from ...models.o_auth_token_introspection_inactive import OAuthTokenIntrospectionInactive
from ...models.voucherify_error import VoucherifyError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthTokenAccessTokenRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_voucherify_api_version, Unset):
        headers["X-Voucherify-API-Version"] = x_voucherify_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/oauth/introspect",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive:
            failures: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_o_auth_token_introspect_response_body_type_0 = (
                    OAuthTokenIntrospectionActive.from_dict(data)
                )

                return componentsschemas_o_auth_token_introspect_response_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"OAuthTokenIntrospectionActive: {type(exc).__name__}: {exc}")
            try:
                if not isinstance(data, dict):
                    raise TypeError("not dict")
                componentsschemas_o_auth_token_introspect_response_body_type_1 = (
                    OAuthTokenIntrospectionInactive.from_dict(data)
                )

                return componentsschemas_o_auth_token_introspect_response_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(f"OAuthTokenIntrospectionInactive: {type(exc).__name__}: {exc}")
            raise ValueError("response_200: no variant matched: " + "; ".join(failures))

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 400:
        response_400 = VoucherifyError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoucherifyError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = VoucherifyError.from_dict(response.json())

        return response_429

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive]:
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
    body: OAuthTokenAccessTokenRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive]:
    """Introspect OAuth 2.0 Token

     Introspect an OAuth 2.0 token. Returns the token details and `active: true` for a live token; for an
    expired, revoked or nonexistent token only `active: false`. Read only.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenAccessTokenRequestBody): Form body of introspect-oauth-token and revoke-
            oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OAuthTokenAccessTokenRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive:
    """Introspect OAuth 2.0 Token

     Introspect an OAuth 2.0 token. Returns the token details and `active: true` for a live token; for an
    expired, revoked or nonexistent token only `active: false`. Read only.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenAccessTokenRequestBody): Form body of introspect-oauth-token and revoke-
            oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OAuthTokenAccessTokenRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive]:
    """Introspect OAuth 2.0 Token

     Introspect an OAuth 2.0 token. Returns the token details and `active: true` for a live token; for an
    expired, revoked or nonexistent token only `active: false`. Read only.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenAccessTokenRequestBody): Form body of introspect-oauth-token and revoke-
            oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OAuthTokenAccessTokenRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive:
    """Introspect OAuth 2.0 Token

     Introspect an OAuth 2.0 token. Returns the token details and `active: true` for a live token; for an
    expired, revoked or nonexistent token only `active: false`. Read only.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenAccessTokenRequestBody): Form body of introspect-oauth-token and revoke-
            oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        OAuthTokenIntrospectionActive | OAuthTokenIntrospectionInactive: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_voucherify_api_version=x_voucherify_api_version,
        )
    ).parsed
