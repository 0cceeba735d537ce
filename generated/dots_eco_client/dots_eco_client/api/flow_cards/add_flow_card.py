# generated from specs/dots_eco.yaml by `make generate` — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dots_eco_add_flow_card_request import DotsEcoAddFlowCardRequest
from ...models.dots_eco_add_flow_card_response import DotsEcoAddFlowCardResponse
from ...models.dots_eco_message_error import DotsEcoMessageError
from ...models.dots_eco_validation_error import DotsEcoValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: DotsEcoAddFlowCardRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flow-card/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> DotsEcoAddFlowCardResponse:
    if response.status_code == 200:
        response_200 = DotsEcoAddFlowCardResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 403:
        response_403 = DotsEcoMessageError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = DotsEcoValidationError.from_dict(response.json())

        return response_422

    raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DotsEcoAddFlowCardResponse]:
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
    body: DotsEcoAddFlowCardRequest,
) -> Response[DotsEcoAddFlowCardResponse]:
    """Create (issue) a Flow gift card

     "Create the Flow gift card." (Dots.eco API documentation, "Create Flow card")

    Issues one Flow gift card of the product `sku` for application `app_token`. The
    response carries the card's `code` (a secret: whoever holds it can redeem the card at
    `redeem_url`), its `card_id`, its `amount` and its `expiration_date`.

    Authentication: the `auth-token` header with the company's write token (the n8n
    integration sends its "Write Auth Token" for this operation; the read-only token is for
    "solutions that don't require write access"). `Content-Type: application/json` is
    required.

    This operation CREATES VALUE. It is not idempotent by design: no idempotency key, no
    caller-chosen reference (unlike certificates' `external_unique_id`) and no read of an
    issued card is documented, so a request whose response was lost cannot be reconciled
    through this API. No "not processed" status is documented; the outcome is either
    `success: true` with the card or an error status.

    Rules the schema cannot hold (documented; enforced by giftkit's validation, not by this
    schema): `expiration_date`, when given, must be at least tomorrow and at most 5 years from
    today (the server answers 422 "The minimum expiration_date should be <tomorrow>." /
    "The maximum expiration_date should be <today + 5 years>."); when omitted it defaults to
    5 years from creation. "Today" is the server's date (its time zone is not documented).

    Success: 200 `{"success": true, "response": {...}}`. Validation failure: 422
    `{"success": false, "errors": {"<field>": ["<message>", ...]}}`. Not allowed: 403
    `{"message": "..."}` (Flow gift card purchase disabled for the company, or the
    auth-token's user is not a manager of the application).

    Args:
        body (DotsEcoAddFlowCardRequest): Body of POST /flow-card/add (the documentation's
            "Parameters" list).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[DotsEcoAddFlowCardResponse]: the documented success, with status and headers.
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
    body: DotsEcoAddFlowCardRequest,
) -> DotsEcoAddFlowCardResponse:
    """Create (issue) a Flow gift card

     "Create the Flow gift card." (Dots.eco API documentation, "Create Flow card")

    Issues one Flow gift card of the product `sku` for application `app_token`. The
    response carries the card's `code` (a secret: whoever holds it can redeem the card at
    `redeem_url`), its `card_id`, its `amount` and its `expiration_date`.

    Authentication: the `auth-token` header with the company's write token (the n8n
    integration sends its "Write Auth Token" for this operation; the read-only token is for
    "solutions that don't require write access"). `Content-Type: application/json` is
    required.

    This operation CREATES VALUE. It is not idempotent by design: no idempotency key, no
    caller-chosen reference (unlike certificates' `external_unique_id`) and no read of an
    issued card is documented, so a request whose response was lost cannot be reconciled
    through this API. No "not processed" status is documented; the outcome is either
    `success: true` with the card or an error status.

    Rules the schema cannot hold (documented; enforced by giftkit's validation, not by this
    schema): `expiration_date`, when given, must be at least tomorrow and at most 5 years from
    today (the server answers 422 "The minimum expiration_date should be <tomorrow>." /
    "The maximum expiration_date should be <today + 5 years>."); when omitted it defaults to
    5 years from creation. "Today" is the server's date (its time zone is not documented).

    Success: 200 `{"success": true, "response": {...}}`. Validation failure: 422
    `{"success": false, "errors": {"<field>": ["<message>", ...]}}`. Not allowed: 403
    `{"message": "..."}` (Flow gift card purchase disabled for the company, or the
    auth-token's user is not a manager of the application).

    Args:
        body (DotsEcoAddFlowCardRequest): Body of POST /flow-card/add (the documentation's
            "Parameters" list).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        DotsEcoAddFlowCardResponse: the documented success.
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DotsEcoAddFlowCardRequest,
) -> Response[DotsEcoAddFlowCardResponse]:
    """Create (issue) a Flow gift card

     "Create the Flow gift card." (Dots.eco API documentation, "Create Flow card")

    Issues one Flow gift card of the product `sku` for application `app_token`. The
    response carries the card's `code` (a secret: whoever holds it can redeem the card at
    `redeem_url`), its `card_id`, its `amount` and its `expiration_date`.

    Authentication: the `auth-token` header with the company's write token (the n8n
    integration sends its "Write Auth Token" for this operation; the read-only token is for
    "solutions that don't require write access"). `Content-Type: application/json` is
    required.

    This operation CREATES VALUE. It is not idempotent by design: no idempotency key, no
    caller-chosen reference (unlike certificates' `external_unique_id`) and no read of an
    issued card is documented, so a request whose response was lost cannot be reconciled
    through this API. No "not processed" status is documented; the outcome is either
    `success: true` with the card or an error status.

    Rules the schema cannot hold (documented; enforced by giftkit's validation, not by this
    schema): `expiration_date`, when given, must be at least tomorrow and at most 5 years from
    today (the server answers 422 "The minimum expiration_date should be <tomorrow>." /
    "The maximum expiration_date should be <today + 5 years>."); when omitted it defaults to
    5 years from creation. "Today" is the server's date (its time zone is not documented).

    Success: 200 `{"success": true, "response": {...}}`. Validation failure: 422
    `{"success": false, "errors": {"<field>": ["<message>", ...]}}`. Not allowed: 403
    `{"message": "..."}` (Flow gift card purchase disabled for the company, or the
    auth-token's user is not a manager of the application).

    Args:
        body (DotsEcoAddFlowCardRequest): Body of POST /flow-card/add (the documentation's
            "Parameters" list).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        Response[DotsEcoAddFlowCardResponse]: the documented success, with status and headers.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DotsEcoAddFlowCardRequest,
) -> DotsEcoAddFlowCardResponse:
    """Create (issue) a Flow gift card

     "Create the Flow gift card." (Dots.eco API documentation, "Create Flow card")

    Issues one Flow gift card of the product `sku` for application `app_token`. The
    response carries the card's `code` (a secret: whoever holds it can redeem the card at
    `redeem_url`), its `card_id`, its `amount` and its `expiration_date`.

    Authentication: the `auth-token` header with the company's write token (the n8n
    integration sends its "Write Auth Token" for this operation; the read-only token is for
    "solutions that don't require write access"). `Content-Type: application/json` is
    required.

    This operation CREATES VALUE. It is not idempotent by design: no idempotency key, no
    caller-chosen reference (unlike certificates' `external_unique_id`) and no read of an
    issued card is documented, so a request whose response was lost cannot be reconciled
    through this API. No "not processed" status is documented; the outcome is either
    `success: true` with the card or an error status.

    Rules the schema cannot hold (documented; enforced by giftkit's validation, not by this
    schema): `expiration_date`, when given, must be at least tomorrow and at most 5 years from
    today (the server answers 422 "The minimum expiration_date should be <tomorrow>." /
    "The maximum expiration_date should be <today + 5 years>."); when omitted it defaults to
    5 years from creation. "Today" is the server's date (its time zone is not documented).

    Success: 200 `{"success": true, "response": {...}}`. Validation failure: 422
    `{"success": false, "errors": {"<field>": ["<message>", ...]}}`. Not allowed: 403
    `{"message": "..."}` (Flow gift card purchase disabled for the company, or the
    auth-token's user is not a manager of the application).

    Args:
        body (DotsEcoAddFlowCardRequest): Body of POST /flow-card/add (the documentation's
            "Parameters" list).

    Raises:
        errors.ErrorResponse: The server answered with a documented error status.
        errors.UnexpectedStatus: The server answered with an undocumented status.
        errors.UnexpectedResponse: A success status whose body is not as documented.
        httpx.HTTPError: The request did not complete (connection error, timeout).

    Returns:
        DotsEcoAddFlowCardResponse: the documented success.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
