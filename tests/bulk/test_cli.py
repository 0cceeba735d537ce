"""`giftkit issue | reconcile | status` exit codes: 0 all confirmed, 3 open rows, 2 bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bulk_helpers import fresh, run, write_rows

from giftkit._connect import provider_names
from giftkit.cli import main

PROVIDER = provider_names()[0]


def test_example_prints_valid_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["issue", PROVIDER, "--example", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("reference,") and len(lines) == 4


def test_bad_rows_exit_2_listing_line_field_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in fresh(PROVIDER).fixtures["connect"].items():
        monkeypatch.setenv(f"GIFTKIT_{PROVIDER.upper()}_{key.upper()}", str(value))
    rows = write_rows(PROVIDER, tmp_path / "rows.csv", 2)
    text = rows.read_text().splitlines()
    rows.write_text("\n".join([text[0], text[1], text[1]]) + "\n")
    code = main(
        [
            "issue",
            PROVIDER,
            "--from",
            str(rows),
            "--journal",
            str(tmp_path / "j.db"),
            "--base-url",
            "http://127.0.0.1:9",
        ]
    )
    assert code == 2
    assert "line 3: reference: duplicate reference (first on line 2)" in capsys.readouterr().err


def test_status_exit_codes(tmp_path: Path) -> None:
    assert main(["status", "--journal", str(tmp_path / "none.db")]) == 2
    sim = fresh(PROVIDER)
    rows = write_rows(PROVIDER, tmp_path / "rows.csv", 2)
    run(PROVIDER, rows, tmp_path / "ok.db", sim)
    assert main(["status", "--journal", str(tmp_path / "ok.db")]) == 0
    run(PROVIDER, rows, tmp_path / "skip.db", fresh(PROVIDER), skip_invalid=True)
    report = tmp_path / "report.json"
    assert main(["status", "--journal", str(tmp_path / "ok.db"), "--report", str(report)]) == 0
    assert report.read_text().count('"reference"') == 2


def test_max_total_is_parsed_per_currency() -> None:
    from decimal import Decimal

    from giftkit.bulk._cli import parse_max_total

    assert parse_max_total("5000USD,2000.50eur") == {
        "USD": Decimal(5000),
        "EUR": Decimal("2000.50"),
    }
    with pytest.raises(ValueError, match="--max-total"):
        parse_max_total("lots")
