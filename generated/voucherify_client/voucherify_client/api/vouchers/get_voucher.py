# generated from specs/voucherify.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.voucher import Voucher
from ...models.voucherify_error import VoucherifyError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    x_voucherify_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_voucherify_api_version, Unset):
        headers["X-Voucherify-API-Version"] = x_voucherify_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/vouchers/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Voucher:
    if response.status_code == 200:
        response_200 = Voucher.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        response_401 = VoucherifyError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = VoucherifyError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = VoucherifyError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = VoucherifyError.from_dict(response.json())

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Voucher]:
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
    code: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[Voucher]:
    """Get Voucher

     Retrieves the voucher with the given `code` or unique Voucherify ID (e.g.
    `v_7HxHkf4VAkMuc8u4lZs78lyRwhRze5UE`). The response also returns validation rules related
    to the voucher (they can be inherited from a campaign).

    Read only. Use it to reconcile an import whose outcome is unknown: the imported code is
    chosen by the caller, so `200` means the voucher exists (compare `type`, `gift.amount`),
    `404` (`key: not_found`) means it does not exist (yet: the import may still be queued; check
    the async action first).

    Args:
        code (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[Voucher]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        code=code,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Voucher:
    """Get Voucher

     Retrieves the voucher with the given `code` or unique Voucherify ID (e.g.
    `v_7HxHkf4VAkMuc8u4lZs78lyRwhRze5UE`). The response also returns validation rules related
    to the voucher (they can be inherited from a campaign).

    Read only. Use it to reconcile an import whose outcome is unknown: the imported code is
    chosen by the caller, so `200` means the voucher exists (compare `type`, `gift.amount`),
    `404` (`key: not_found`) means it does not exist (yet: the import may still be queued; check
    the async action first).

    Args:
        code (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Voucher: the documented success.
    """

    return sync_detailed(
        code=code,
        client=client,
        x_voucherify_api_version=x_voucherify_api_version,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Response[Voucher]:
    """Get Voucher

     Retrieves the voucher with the given `code` or unique Voucherify ID (e.g.
    `v_7HxHkf4VAkMuc8u4lZs78lyRwhRze5UE`). The response also returns validation rules related
    to the voucher (they can be inherited from a campaign).

    Read only. Use it to reconcile an import whose outcome is unknown: the imported code is
    chosen by the caller, so `200` means the voucher exists (compare `type`, `gift.amount`),
    `404` (`key: not_found`) means it does not exist (yet: the import may still be queued; check
    the async action first).

    Args:
        code (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[Voucher]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        code=code,
        x_voucherify_api_version=x_voucherify_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    x_voucherify_api_version: str | Unset = UNSET,
) -> Voucher:
    """Get Voucher

     Retrieves the voucher with the given `code` or unique Voucherify ID (e.g.
    `v_7HxHkf4VAkMuc8u4lZs78lyRwhRze5UE`). The response also returns validation rules related
    to the voucher (they can be inherited from a campaign).

    Read only. Use it to reconcile an import whose outcome is unknown: the imported code is
    chosen by the caller, so `200` means the voucher exists (compare `type`, `gift.amount`),
    `404` (`key: not_found`) means it does not exist (yet: the import may still be queued; check
    the async action first).

    Args:
        code (str):
        x_voucherify_api_version (str | Unset):

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Voucher: the documented success.
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            x_voucherify_api_version=x_voucherify_api_version,
        )
    ).parsed
