"""Row format and row checks: every problem listed as line / field / rule before anything is sent."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from _bulk_helpers import fresh, run, write_rows

import giftkit.bulk as bulk
from giftkit._connect import provider_names


@pytest.mark.parametrize("provider", provider_names())
def test_example_rows_are_valid_and_distinct(provider: str, tmp_path: Path) -> None:
    rows = write_rows(provider, tmp_path / "rows.csv", 5)
    read = list(bulk.read_rows(provider, rows))
    assert [r.problems for r in read] == [[]] * 5
    assert len({r.reference for r in read}) == 5
    assert len({repr(r.body) for r in read}) == 5  # each row tells itself apart in a ledger


@pytest.mark.parametrize("provider", provider_names())
def test_columns_are_the_request_schema_dotted(provider: str) -> None:
    cols = bulk.columns(provider)
    assert cols[0].name == "reference"
    assert len({c.name for c in cols}) == len(cols)
    op = bulk.bulk_operation(provider)
    for name in op.path_params:
        assert name in {c.name for c in cols}


def _edit(provider: str, tmp_path: Path, edit: object) -> tuple[Path, list[str]]:
    rows = write_rows(provider, tmp_path / "rows.csv", 3)
    lines = list(csv.reader(rows.read_text(encoding="utf-8").splitlines()))
    edit(lines)  # type: ignore[operator]
    with rows.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out, lineterminator="\n").writerows(lines)
    return rows, lines[0]


def _problems(provider: str, rows: Path) -> list[tuple[int, str, str]]:
    return [(p.line, p.field, p.rule) for r in bulk.read_rows(provider, rows) for p in r.problems]


PROVIDER = provider_names()[0]


def test_duplicate_reference_names_both_lines(tmp_path: Path) -> None:
    def dup(lines: list[list[str]]) -> None:
        lines[3][0] = lines[1][0]

    rows, _ = _edit(PROVIDER, tmp_path, dup)
    assert _problems(PROVIDER, rows) == [(4, "reference", "duplicate reference (first on line 2)")]


def test_unknown_column_and_missing_reference(tmp_path: Path) -> None:
    def extra(lines: list[list[str]]) -> None:
        lines[0].append("not_a_field")
        for line in lines[1:]:
            line.append("x")
        lines[2][0] = ""

    rows, _ = _edit(PROVIDER, tmp_path, extra)
    found = _problems(PROVIDER, rows)
    assert (1, "not_a_field", "unknown column (not in the row format)") in found
    assert (3, "reference", "is required (the row's unique business key)") in found


def test_bad_encoding_is_a_problem_of_its_line(tmp_path: Path) -> None:
    rows = write_rows(PROVIDER, tmp_path / "rows.csv", 3)
    data = rows.read_bytes().splitlines(keepends=True)
    data[2] = data[2].replace(b"row-", b"r\xffw-")
    rows.write_bytes(b"".join(data))
    assert (3, "(row)", "is not valid UTF-8") in _problems(PROVIDER, rows)


@pytest.mark.parametrize("provider", provider_names())
def test_a_typed_column_with_a_bad_cell_is_named(provider: str, tmp_path: Path) -> None:
    typed = [c for c in bulk.columns(provider) if c.kind in ("integer", "number")]
    rows = write_rows(provider, tmp_path / "rows.csv", 2)
    header = next(csv.reader(rows.open(encoding="utf-8")))
    present = [c for c in typed if c.name in header]
    if not present:
        pytest.skip(f"{provider}'s example rows have no numeric column")
    column = present[0]

    def bad(lines: list[list[str]]) -> None:
        lines[2][lines[0].index(column.name)] = "twelve"

    rows, _ = _edit(provider, tmp_path, bad)
    found = _problems(provider, rows)
    assert found and all(line == 3 for line, _, _ in found)
    assert any(field == column.name for _, field, _ in found), found


def test_wire_model_rule_is_reported_with_its_field(tmp_path: Path) -> None:
    """A required field left empty: the generated pydantic model names it."""
    provider = PROVIDER
    required = [c for c in bulk.columns(provider)[1:] if c.required and c.kind == "string"]
    column = required[0]

    def blank(lines: list[list[str]]) -> None:
        lines[1][lines[0].index(column.name)] = ""

    rows, _ = _edit(provider, tmp_path, blank)
    assert any(line == 2 and field == column.name for line, field, _ in _problems(provider, rows))


def test_nothing_is_sent_while_a_row_is_invalid(tmp_path: Path) -> None:
    def dup(lines: list[list[str]]) -> None:
        lines[3][0] = lines[1][0]

    rows, _ = _edit(PROVIDER, tmp_path, dup)
    sim = fresh(PROVIDER)
    with pytest.raises(bulk.InvalidRowsError) as caught:
        run(PROVIDER, rows, tmp_path / "run.db", sim)
    assert "line 4: reference: duplicate reference" in str(caught.value)
    assert sim.requests == []


def test_skip_invalid_sends_the_rest_and_reports_the_skipped(tmp_path: Path) -> None:
    def dup(lines: list[list[str]]) -> None:
        lines[3][0] = lines[1][0]

    rows, _ = _edit(PROVIDER, tmp_path, dup)
    sim = fresh(PROVIDER)
    summary = run(PROVIDER, rows, tmp_path / "run.db", sim, skip_invalid=True)
    assert summary.counts["confirmed"] == 2 and summary.counts["skipped"] == 1
    assert summary.exit_code == 3
    assert len(sim.ledger) == 2


def test_jsonl_rows_nested_objects(tmp_path: Path) -> None:
    import json

    provider = PROVIDER
    csv_rows = write_rows(provider, tmp_path / "rows.csv", 2)
    lines = []
    for row in bulk.read_rows(provider, csv_rows):
        body = row.body[0] if isinstance(row.body, list) else row.body
        lines.append(json.dumps({"reference": row.reference, **row.path, **body}))
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = list(bulk.read_rows(provider, jsonl))
    assert [r.problems for r in read] == [[], []]
    assert [r.body for r in read] == [r.body for r in bulk.read_rows(provider, csv_rows)]
