# generated from specs/voucherify.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_generate_request_body import OAuthTokenGenerateRequestBody
from ...models.voucherify_error import VoucherifyError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthTokenGenerateRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_voucherify_api_version, Unset):
        headers["X-Voucherify-API-Version"] = x_voucherify_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> OAuthToken:
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = VoucherifyError.from_dict(response.json())

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OAuthToken]:
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
    body: OAuthTokenGenerateRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[OAuthToken]:
    """Generate OAuth 2.0 Token

     Generate an OAuth 2.0 token for an API client, authenticated with the application keys
    (`X-App-Id` + `X-App-Token`). The token inherits the permissions and IP whitelists of the
    API key used to generate it; `scope` can limit it further. Up to 1000 OAuth tokens per
    project. The token expires in 900 seconds (15 minutes): `expires_in` (seconds) and
    `expires_at` (Unix epoch seconds). There is no refresh token; generate a new token before
    expiry. If the API key used to generate the token is deleted or blocked, no new tokens
    can be generated and existing ones stop working within one minute; regenerating the API
    key does not affect existing tokens.

    Send the body as `application/x-www-form-urlencoded`; separate `scope` values with spaces,
    not commas. Use the token as `Authorization: Bearer <access_token>`.

    Voucherify also announced an OAuth v2 endpoint (`POST /v2/oauth/token`, HTTP Basic
    authentication with OAuth Service key credentials, parameters `grant_type`, `scope`,
    `project_id`); it has no published schema and is not described in this spec.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenGenerateRequestBody): Form body of generate-oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[OAuthToken]: the documented success, with status and headers.
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
    body: OAuthTokenGenerateRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> OAuthToken:
    """Generate OAuth 2.0 Token

     Generate an OAuth 2.0 token for an API client, authenticated with the application keys
    (`X-App-Id` + `X-App-Token`). The token inherits the permissions and IP whitelists of the
    API key used to generate it; `scope` can limit it further. Up to 1000 OAuth tokens per
    project. The token expires in 900 seconds (15 minutes): `expires_in` (seconds) and
    `expires_at` (Unix epoch seconds). There is no refresh token; generate a new token before
    expiry. If the API key used to generate the token is deleted or blocked, no new tokens
    can be generated and existing ones stop working within one minute; regenerating the API
    key does not affect existing tokens.

    Send the body as `application/x-www-form-urlencoded`; separate `scope` values with spaces,
    not commas. Use the token as `Authorization: Bearer <access_token>`.

    Voucherify also announced an OAuth v2 endpoint (`POST /v2/oauth/token`, HTTP Basic
    authentication with OAuth Service key credentials, parameters `grant_type`, `scope`,
    `project_id`); it has no published schema and is not described in this spec.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenGenerateRequestBody): Form body of generate-oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        OAuthToken: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
        x_voucherify_api_version=x_voucherify_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OAuthTokenGenerateRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[OAuthToken]:
    """Generate OAuth 2.0 Token

     Generate an OAuth 2.0 token for an API client, authenticated with the application keys
    (`X-App-Id` + `X-App-Token`). The token inherits the permissions and IP whitelists of the
    API key used to generate it; `scope` can limit it further. Up to 1000 OAuth tokens per
    project. The token expires in 900 seconds (15 minutes): `expires_in` (seconds) and
    `expires_at` (Unix epoch seconds). There is no refresh token; generate a new token before
    expiry. If the API key used to generate the token is deleted or blocked, no new tokens
    can be generated and existing ones stop working within one minute; regenerating the API
    key does not affect existing tokens.

    Send the body as `application/x-www-form-urlencoded`; separate `scope` values with spaces,
    not commas. Use the token as `Authorization: Bearer <access_token>`.

    Voucherify also announced an OAuth v2 endpoint (`POST /v2/oauth/token`, HTTP Basic
    authentication with OAuth Service key credentials, parameters `grant_type`, `scope`,
    `project_id`); it has no published schema and is not described in this spec.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenGenerateRequestBody): Form body of generate-oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[OAuthToken]: the documented success, with status and headers.
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
    body: OAuthTokenGenerateRequestBody,
    x_voucherify_api_version: str | Unset = UNSET,
) -> OAuthToken:
    """Generate OAuth 2.0 Token

     Generate an OAuth 2.0 token for an API client, authenticated with the application keys
    (`X-App-Id` + `X-App-Token`). The token inherits the permissions and IP whitelists of the
    API key used to generate it; `scope` can limit it further. Up to 1000 OAuth tokens per
    project. The token expires in 900 seconds (15 minutes): `expires_in` (seconds) and
    `expires_at` (Unix epoch seconds). There is no refresh token; generate a new token before
    expiry. If the API key used to generate the token is deleted or blocked, no new tokens
    can be generated and existing ones stop working within one minute; regenerating the API
    key does not affect existing tokens.

    Send the body as `application/x-www-form-urlencoded`; separate `scope` values with spaces,
    not commas. Use the token as `Authorization: Bearer <access_token>`.

    Voucherify also announced an OAuth v2 endpoint (`POST /v2/oauth/token`, HTTP Basic
    authentication with OAuth Service key credentials, parameters `grant_type`, `scope`,
    `project_id`); it has no published schema and is not described in this spec.

    Args:
        x_voucherify_api_version (str | Unset):
        body (OAuthTokenGenerateRequestBody): Form body of generate-oauth-token.

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        OAuthToken: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_voucherify_api_version=x_voucherify_api_version,
        )
    ).parsed
