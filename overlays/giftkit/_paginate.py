"""Walking a list operation page by page, the way its provider pages.

    for coupon in giftkit.paginate(get_coupon_collection, client=client, page_size=100):
        ...
    async for coupon in giftkit.paginate(get_coupon_collection, client=client):
        ...

The scheme comes from the operation's `x-giftkit-pagination` in the provider's spec:

    x-giftkit-pagination:
      scheme: offset            # offset | none
      limit: limit              # query parameter carrying the page size
      offset: offset            # query parameter carrying the position
      total: Pagination-Total   # response header with the number of matching items, or
      total-field: total_count  # ... the answer's property holding it
      items: orders             # the answer's property holding the page (default: the answer)
      max-page-size: 1000
      max-offset: 1000          # the furthest position the provider serves

`none` is a list the provider returns whole (one request). Each page is one ordinary call of
the generated function through the giftkit client, so authentication, retries and 429 handling
apply to it; only one page is held at a time.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ._errors import ConfigurationError, RequestValidationError, UnexpectedResponseError

_SCHEMES = ("offset", "none")


@dataclass(frozen=True)
class _Scheme:
    provider: str
    operation_id: str
    kind: str
    limit: str
    offset: str
    total: str
    total_field: str
    items: str
    max_page_size: int
    max_offset: int | None


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _scheme_of(operation: ModuleType) -> _Scheme:
    """The pagination extension of the spec operation a generated module calls."""
    package, _, module = operation.__name__.rpartition(".")
    provider = package.split(".", 1)[0].removesuffix("_client")
    try:
        spec: Mapping[str, Any] = importlib.import_module(f"giftkit_wire.{provider}_spec").SPEC
    except ImportError:
        raise ConfigurationError(f"{operation.__name__} is not a giftkit operation") from None
    for item in spec.get("paths", {}).values():
        for node in item.values():
            if isinstance(node, Mapping) and _squash(node.get("operationId", "")) == _squash(
                module
            ):
                found = node.get("x-giftkit-pagination")
                if not isinstance(found, Mapping) or found.get("scheme") not in _SCHEMES:
                    raise ConfigurationError(
                        f"{node['operationId']} is not a list operation giftkit can page "
                        f"(x-giftkit-pagination scheme: one of {', '.join(_SCHEMES)})",
                        provider=provider,
                    )
                return _Scheme(
                    provider,
                    str(node["operationId"]),
                    str(found["scheme"]),
                    str(found.get("limit", "limit")),
                    str(found.get("offset", "offset")),
                    str(found.get("total", "")),
                    str(found.get("total-field", "")),
                    str(found.get("items", "")),
                    int(found.get("max-page-size", 0)),
                    int(found["max-offset"]) if "max-offset" in found else None,
                )
    raise ConfigurationError(f"no operation in the {provider} spec for {operation.__name__}")


class Paginator:
    """Every item of a list operation, fetched one page at a time (sync or async)."""

    def __init__(
        self, operation: ModuleType, client: Any, page_size: int | None, params: dict[str, Any]
    ) -> None:
        self._operation, self._client, self._params = operation, client, params
        self._scheme = _scheme_of(operation)
        limit = self._scheme.max_page_size or 100
        size = page_size if page_size is not None else min(100, limit)
        if self._scheme.kind == "offset" and not 1 <= size <= limit:
            raise ConfigurationError(
                f"page_size must be between 1 and {limit} for {self._scheme.operation_id}",
                provider=self._scheme.provider,
            )
        self._size = size

    def _call_kwargs(self, position: int) -> dict[str, Any]:
        if self._scheme.kind == "none":
            return {**self._params, "client": self._client}
        bound = self._scheme.max_offset
        if bound is not None and position > bound:
            raise RequestValidationError(
                f"{self._scheme.operation_id} serves positions up to {bound} only; "
                f"{position} items were walked and more remain: narrow the list with a filter",
                field_errors={self._scheme.offset: [f"must be <= {bound}"]},
                operation=self._scheme.operation_id,
                provider=self._scheme.provider,
            )
        return {
            **self._params,
            "client": self._client,
            self._scheme.limit: self._size,
            self._scheme.offset: position,
        }

    def _items(self, response: Any) -> list[Any]:
        parsed = response.parsed
        if self._scheme.items:
            parsed = getattr(parsed, self._scheme.items, None)
        if not isinstance(parsed, list):
            raise UnexpectedResponseError(
                f"{self._scheme.operation_id} answered {type(parsed).__name__}, not a list",
                status_code=int(response.status_code),
                response=None,
                provider=self._scheme.provider,
            )
        return parsed

    def _done(self, count: int, position: int, response: Any) -> bool:
        """Stop on a short or empty page, or when the provider's total is reached."""
        if self._scheme.kind == "none" or count < self._size:
            return True
        headers: Mapping[str, str] = response.headers
        total: Any = headers.get(self._scheme.total) if self._scheme.total else None
        if self._scheme.total_field:
            total = getattr(response.parsed, self._scheme.total_field, None)
        try:
            return total is not None and position >= int(total)
        except (TypeError, ValueError):
            return False

    def __iter__(self) -> Iterator[Any]:
        position = 0
        while True:
            response = self._operation.sync_detailed(**self._call_kwargs(position))
            items = self._items(response)
            yield from items
            position += len(items)
            if self._done(len(items), position, response):
                return

    async def __aiter__(self) -> AsyncIterator[Any]:
        position = 0
        while True:
            response = await self._operation.asyncio_detailed(**self._call_kwargs(position))
            items = self._items(response)
            for item in items:
                yield item
            position += len(items)
            if self._done(len(items), position, response):
                return


def paginate(
    operation: ModuleType, *, client: Any, page_size: int | None = None, **params: Any
) -> Paginator:
    """Every item of `operation` (a generated list-operation module), page by page, following
    the provider's scheme; iterate with `for` or `async for`. `params` are the operation's
    other arguments (filters, sort)."""
    return Paginator(operation, client, page_size, params)
