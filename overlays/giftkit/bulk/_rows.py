"""Reading and checking input rows (CSV or JSON Lines), streamed: one row in memory at a time.

Each problem is a `Problem(line, field, rule)`; a row is checked against the row format (missing
and unknown columns, cell types), then the generated pydantic wire model of the request and the
profile's documented extra rules, before anything is sent.
"""

from __future__ import annotations

import csv
import importlib
import json
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from .._connect import _table, profile
from ._format import REFERENCE, Column, array_body, coerce, columns, flatten, operation, unflatten


@dataclass(frozen=True)
class Problem:
    line: int
    field: str
    rule: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.rule}"


@dataclass
class Row:
    line: int
    reference: str
    path: dict[str, str]
    body: Any
    problems: list[Problem] = field(default_factory=list)
    totals: dict[str, Decimal] = field(default_factory=dict)  # currency -> major units


def _decoded(path: Path, bad: set[int]) -> Iterator[str]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                bad.add(number)
                yield raw.decode("utf-8", "replace")


@cache
def _model(provider: str) -> Any:
    """The generated pydantic model of the bulk operation's request body."""
    bulk = operation(provider)
    if bulk.request_pointer is None:
        return None
    ref = _table(provider).resolve(bulk.request_pointer).get("$ref", "")
    module = importlib.import_module(f"giftkit_wire.{provider}")
    return getattr(module, ref.rsplit("/", 1)[-1], None)


def _flat_records(
    path: Path, known: frozenset[str], bad: set[int]
) -> Iterator[tuple[int, dict[str, Any], list[Problem]]]:
    """(line, dotted column -> value or raw cell, problems) per record."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for number, text in enumerate(_decoded(path, bad), start=1):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except ValueError:
                yield number, {}, [Problem(number, "(row)", "is not valid JSON")]
                continue
            if not isinstance(record, Mapping):
                yield number, {}, [Problem(number, "(row)", "must be a JSON object")]
                continue
            yield number, flatten(record, "", known), []
        return
    reader = csv.reader(_decoded(path, bad))
    header = next(reader, None)
    if header is None:
        return
    header = [h.strip() for h in header]
    problems = _header_problems(header, known)
    for cells in reader:
        number = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            found = [Problem(number, "(row)", f"has {len(cells)} cells, the header {len(header)}")]
            yield number, {}, problems + found
            continue
        yield number, {h: c for h, c in zip(header, cells, strict=True) if c != ""}, problems


def _header_problems(header: list[str], known: frozenset[str]) -> list[Problem]:
    out = []
    seen: set[str] = set()
    for name in header:
        if name not in known:
            out.append(Problem(1, name, "unknown column (not in the row format)"))
        if name in seen:
            out.append(Problem(1, name, "column given twice"))
        seen.add(name)
    if REFERENCE not in seen:
        out.append(Problem(1, REFERENCE, "missing column"))
    return out


def read_rows(provider: str, path: Path, *, now: float | None = None) -> Iterator[Row]:
    """Every row of `path`, checked; problems are on the row (nothing raised for bad input)."""
    cols = columns(provider)
    by_name = {c.name: c for c in cols}
    bad: set[int] = set()
    seen: dict[str, int] = {}
    reported_header = False
    for line, flat, problems in _flat_records(path, frozenset(by_name), bad):
        if problems and problems[0].line == 1:
            problems = [p for p in problems if p.line != 1 or not reported_header]
            reported_header = True
        row = _row(provider, line, flat, by_name, list(problems), now)
        if line in bad:
            row.problems.append(Problem(line, "(row)", "is not valid UTF-8"))
        if row.reference:
            first = seen.setdefault(row.reference, line)
            if first != line:
                row.problems.append(
                    Problem(line, REFERENCE, f"duplicate reference (first on line {first})")
                )
        yield row


def _row(
    provider: str,
    line: int,
    flat: dict[str, Any],
    by_name: Mapping[str, Column],
    problems: list[Problem],
    now: float | None,
) -> Row:
    bulk = operation(provider)
    values: dict[str, Any] = {}
    for name, raw in flat.items():
        column = by_name.get(name)
        if column is None:
            if line != 1 and not any(p.field == name for p in problems):
                problems.append(Problem(line, name, "unknown field (not in the row format)"))
            continue
        if isinstance(raw, str) and column.kind != "string":
            try:
                raw = coerce(column, raw)
            except ValueError as exc:
                problems.append(Problem(line, name, str(exc)))
                continue
        values[name] = raw
    reference = str(values.pop(REFERENCE, "") or "").strip()
    if not reference:
        problems.append(Problem(line, REFERENCE, "is required (the row's unique business key)"))
    path = {p: str(values.pop(p)) for p in bulk.path_params if p in values}
    for name in bulk.path_params:
        if name not in path and name != bulk.key_param:
            problems.append(Problem(line, name, "is required"))
    ref = bulk.client_reference
    if ref is not None:
        dotted = ref.path.replace("*.", "0.").removeprefix("0." if array_body(provider) else "")
        if dotted not in values:
            if ref.fill:
                values[dotted] = reference[: ref.length]
            else:
                problems.append(
                    Problem(line, dotted, "is required (the value itself; giftkit invents none)")
                )
    body = unflatten(values)
    wire = [body] if array_body(provider) else body
    problems += _model_problems(provider, line, wire)
    extra = profile(provider).extra_rules
    if extra is not None and not problems:
        for where, rules in extra(
            bulk.operation_id, wire, time.time() if now is None else now
        ).items():
            problems += [Problem(line, _strip(provider, where), rule) for rule in rules]
    row = Row(line, reference, path, wire, problems)
    row.totals = _totals(by_name, values)
    return row


def check_flat(provider: str, flat: dict[str, Any]) -> list[Problem]:
    """The problems of one row given as dotted column -> value."""
    by_name = {c.name: c for c in columns(provider)}
    return _row(provider, 0, flat, by_name, [], None).problems


def _strip(provider: str, dotted: str) -> str:
    return dotted.removeprefix("0.") if array_body(provider) else dotted


def _model_problems(provider: str, line: int, wire: Any) -> list[Problem]:
    model = _model(provider)
    if model is None:
        return []
    from pydantic import ValidationError

    try:
        model.model_validate(wire)
    except ValidationError as exc:
        out = []
        for error in exc.errors(include_url=False):
            parts = [str(p) for p in error["loc"]]
            if array_body(provider) and parts and parts[0] == "0":
                parts = parts[1:]
            # a union reports each alternative's type tag: keep the field path only
            parts = [p for p in parts if not p[:1].isupper() and "[" not in p]
            out.append(Problem(line, ".".join(parts) or "(row)", error["msg"]))
        return _unique(out)
    return []


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for problem in problems:
        if (problem.field, problem.rule) not in seen:
            seen.add((problem.field, problem.rule))
            out.append(problem)
    return out


def _totals(by_name: Mapping[str, Column], values: Mapping[str, Any]) -> dict[str, Decimal]:
    """Amounts per currency, in major units, from the columns the spec marks as money."""
    out: dict[str, Decimal] = {}
    for name, column in by_name.items():
        if column.money is None or name not in values:
            continue
        unit, currency_ref = column.money
        currency = str(values.get(currency_ref, currency_ref)).upper()
        amount = Decimal(str(values[name]))
        if unit == "minor":
            amount = amount.scaleb(-2)
        out[currency] = out.get(currency, Decimal(0)) + amount
    return out
