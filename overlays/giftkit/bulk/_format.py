"""The row format of a provider: its bulk operation's request schema as flat, dotted columns.

A nested field is a dotted column (`gift.amount`); an array of objects is its first item
(`orders.0.amount`): one row is one value-creating call. Objects without declared properties
and arrays of scalars are one cell holding JSON. Read-only fields are not columns. A path
parameter is a column of its own name. `reference` is the business key of every row.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .._connect import _table
from ._effects import BulkOperation, bulk_operation

REFERENCE = "reference"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # string | integer | number | boolean | json
    required: bool
    description: str = ""
    money: tuple[str, str] | None = None  # x-giftkit-money: (unit, currency column or ISO code)


def _kind(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind in ("object", "array"):
        return "json"
    if kind is None and "enum" in schema:
        return "string"
    return str(kind or "string")


def _merged(table: Any, schema: Mapping[str, Any]) -> dict[str, Any]:
    """$ref resolved, allOf merged, oneOf/anyOf alternatives' properties united (a row may use
    any alternative; the wire model decides which one it is)."""
    if "$ref" in schema:
        return _merged(table, table.resolve(schema["$ref"]))
    out: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("allOf",)}
    props: dict[str, Any] = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        sub = _merged(table, part)
        props.update(sub.get("properties") or {})
        required |= set(sub.get("required") or [])
        out.setdefault("type", sub.get("type"))
    for key in ("oneOf", "anyOf"):
        for part in schema.get(key) or []:
            sub = _merged(table, part)
            for name, prop in (sub.get("properties") or {}).items():
                props.setdefault(name, prop)
    if props:
        out["properties"], out["type"] = props, "object"
    out["required"] = sorted(required)
    return out


def _walk(table: Any, schema: Mapping[str, Any], prefix: str, required: bool) -> Iterator[Column]:
    node = _merged(table, schema)
    if node.get("readOnly"):
        return
    props = node.get("properties")
    if node.get("type") == "array" or "items" in node:
        item = _merged(table, node.get("items") or {})
        if item.get("properties"):
            yield from _walk(table, item, f"{prefix}0.", required)
            return
    if props:
        for name, prop in props.items():
            yield from _walk(table, prop, f"{prefix}{name}.", required and name in node["required"])
        return
    money = node.get("x-giftkit-money")
    marked = None
    if isinstance(money, Mapping) and money.get("currency"):
        currency = str(money["currency"])
        sibling = prefix[: prefix[:-1].rfind(".") + 1] + currency
        marked = (
            str(money.get("unit", "major")),
            currency if len(currency) == 3 and currency.isupper() else sibling,
        )
    description = str(node.get("description") or "")[:120]
    yield Column(prefix[:-1], _kind(node), required, description, marked)


@cache
def columns(provider: str) -> tuple[Column, ...]:
    """Every column of the provider's row format, `reference` first."""
    bulk = bulk_operation(provider)
    table = _table(provider)
    out = [Column(REFERENCE, "string", True, "your unique business key for this row")]
    for name in bulk.path_params:
        out.append(Column(name, "string", name != bulk.key_param, "path parameter"))
    if bulk.request_pointer is not None:
        body = table.resolve(bulk.request_pointer)
        top = _merged(table, body)
        array_body = top.get("type") == "array"
        for column in _walk(table, top.get("items", {}) if array_body else top, "", True):
            out.append(column)
    return tuple(out)


def array_body(provider: str) -> bool:
    bulk = bulk_operation(provider)
    if bulk.request_pointer is None:
        return False
    table = _table(provider)
    return _merged(table, table.resolve(bulk.request_pointer)).get("type") == "array"


def coerce(column: Column, cell: str) -> Any:
    """A CSV cell as the JSON value its column holds (ValueError naming the rule)."""
    if column.kind == "string":
        return cell
    if column.kind == "integer":
        try:
            return int(cell)
        except ValueError:
            raise ValueError("must be an integer") from None
    if column.kind == "number":
        try:
            value = json.loads(cell)
        except ValueError:
            value = None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        return value
    if column.kind == "boolean":
        lowered = cell.strip().lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no"):
            return False
        raise ValueError("must be true or false")
    try:
        return json.loads(cell)
    except ValueError:
        raise ValueError("must be JSON (an object or an array)") from None


def unflatten(flat: Mapping[str, Any]) -> dict[str, Any]:
    """`{"orders.0.amount": 1}` -> `{"orders": [{"amount": 1}]}`."""
    root: dict[str, Any] = {}
    for dotted, value in flat.items():
        parts = dotted.split(".")
        node: Any = root
        for here, after in itertools.pairwise(parts):
            child: Any = [] if after.isdigit() else {}
            if isinstance(node, list):
                index = int(here)
                while len(node) <= index:
                    node.append(child)
                node = node[index]
            else:
                node = node.setdefault(here, child)
        last = parts[-1]
        if isinstance(node, list):
            node.append(value)
        else:
            node[last] = value
    return root


def flatten(node: Any, prefix: str = "", known: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The inverse of unflatten, stopping at known column names (their JSON cells stay whole)."""
    if prefix and prefix[:-1] in known:
        return {prefix[:-1]: node}
    if isinstance(node, Mapping) and node:
        out: dict[str, Any] = {}
        for key, value in node.items():
            out.update(flatten(value, f"{prefix}{key}.", known))
        return out
    if isinstance(node, list) and node and all(isinstance(i, Mapping) for i in node):
        out = {}
        for index, value in enumerate(node):
            out.update(flatten(value, f"{prefix}{index}.", known))
        return out
    return {prefix[:-1]: node}


def operation(provider: str) -> BulkOperation:
    return bulk_operation(provider)
