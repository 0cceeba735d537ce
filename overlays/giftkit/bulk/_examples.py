"""`giftkit issue PROVIDER --example N`: N valid rows built from the spec's request example."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import Any

from .._connect import _table
from ._format import REFERENCE, array_body, columns, flatten, operation


def _request_example(provider: str) -> Any:
    bulk = operation(provider)
    table: Any = _table(provider)
    raw = table.spec["paths"][bulk.template][bulk.method.lower()].get("requestBody") or {}
    if "$ref" in raw:
        raw = table.resolve(raw["$ref"])
    media = (raw.get("content") or {}).get("application/json") or {}
    examples = media.get("examples") or {}
    for example in examples.values():
        if "$ref" in example:
            example = table.resolve(example["$ref"])
        if "value" in example:
            return example["value"]
    return media.get("example", {})


def example_rows(provider: str, count: int) -> Iterator[dict[str, Any]]:
    """`count` rows: the spec's first request example, each with its own reference, its own
    caller-chosen code where the provider takes one, and a distinguishable free-text field."""
    known = frozenset(c.name for c in columns(provider))
    value = _request_example(provider)
    if array_body(provider) and isinstance(value, list):
        value = value[0] if value else {}
    base = {k: v for k, v in flatten(value, "", known).items() if k in known}
    bulk = operation(provider)
    unique = None
    ref = bulk.client_reference
    if ref is not None:
        dotted = ref.path.replace("*.", "0.").removeprefix("0." if array_body(provider) else "")
        if ref.fill:
            base.pop(dotted, None)  # giftkit derives it from each row's reference
        else:
            unique = dotted
    base = _valid_part(provider, base)
    text = next(
        (k for k, v in base.items() if isinstance(v, str) and " " in v and k != unique), None
    )
    for index in range(1, count + 1):
        row: dict[str, Any] = {REFERENCE: f"row-{index:06d}", **base}
        if unique is not None:
            row[unique] = f"{base.get(unique, 'GK')}-{index:06d}"
        if text is not None:
            row[text] = f"{base[text]} #{index}"
        yield row


def _valid_part(provider: str, base: dict[str, Any]) -> dict[str, Any]:
    """The example without optional fields it breaks a rule on today (e.g. an expiry gone by)."""
    from ._rows import check_flat

    required = {c.name for c in columns(provider) if c.required}
    for _ in range(3):
        problems = check_flat(provider, {REFERENCE: "example", **base})
        bad = {p.field for p in problems if p.field in base and p.field not in required}
        if not bad:
            break
        base = {k: v for k, v in base.items() if k not in bad}
    return base


def _cell(value: Any) -> str:
    import json

    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def example_csv(provider: str, count: int) -> Iterator[str]:
    """The example rows as CSV text, header first, one chunk per row."""
    rows = list(example_rows(provider, 1))
    header = [c.name for c in columns(provider) if rows and c.name in rows[0]]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    yield out.getvalue()
    for row in example_rows(provider, count):
        out.seek(0)
        out.truncate()
        writer.writerow([_cell(row.get(name)) for name in header])
        yield out.getvalue()
