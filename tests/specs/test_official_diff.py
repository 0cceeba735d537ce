"""Our specs against the providers' official OpenAPI documents (scripts/official_diff.py).

Every departure from an official document in an operation we cover is documented with an
`x-deviation` naming its evidence; the check itself finds departures and refuses
x-deviations that name no evidence.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import official_diff  # noqa: E402

from speclib import load_spec  # noqa: E402


def test_no_undocumented_departure_from_the_official_documents() -> None:
    report = official_diff.build_report()
    assert report.properties > 500
    assert [f"{d.document} {d.operation} {d.where}: {d.what}" for d in report.undocumented] == []


def test_every_official_document_is_compared() -> None:
    report = official_diff.build_report()
    documents = {name.split("(")[-1].rstrip(")") for name in report.operations}
    listed = {
        p.name
        for provider in ("rebilly", "voucherify")
        for p in official_diff.official_documents(provider)
    }
    assert listed <= documents


def _report_with(monkeypatch: pytest.MonkeyPatch, provider: str, edit: Any) -> list[str]:
    spec = load_spec(provider)
    edit(spec)
    monkeypatch.setattr(
        official_diff, "load_spec", lambda name: spec if name == provider else load_spec(name)
    )
    report = official_diff.Report()
    official_diff.diff_provider(provider, report)
    return [f"{d.operation} {d.where}: {d.what}" for d in report.undocumented]


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]  # type: ignore[no-any-return]


def test_a_changed_type_is_a_departure(monkeypatch: pytest.MonkeyPatch) -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schema(spec, "Coupon")["properties"]["revision"]["type"] = "string"

    found = _report_with(monkeypatch, "rebilly", edit)
    assert any(".revision: type ['string'] vs official ['integer']" in f for f in found), found


def test_a_nullable_response_field_the_official_forbids_is_a_departure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schema(spec, "AsyncActionBase")["properties"]["updated_at"]["type"] = ["string", "null"]

    found = _report_with(monkeypatch, "voucherify", edit)
    assert any("get-async-action" in f and ".updated_at: type" in f for f in found), found


def test_an_x_deviation_without_evidence_does_not_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def edit(spec: dict[str, Any]) -> None:
        node = _schema(spec, "ValidityHoursDaily")["properties"]["start_time"]
        node["x-deviation"] = "we prefer it this way"

    found = _report_with(monkeypatch, "voucherify", edit)
    assert any(".start_time: format None vs official 'time'" in f for f in found), found


def test_a_request_narrower_than_the_secondary_document_is_a_departure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """voucherify-production.json allows null on import fields; agreeing with the primary
    document does not excuse rejecting them."""

    def edit(spec: dict[str, Any]) -> None:
        base = _schema(spec, "VoucherImportBase")
        base["properties"]["category"]["type"] = "string"
        base["x-deviation"] = base["x-deviation"].replace("category,", "")

    found = _report_with(monkeypatch, "voucherify", edit)
    assert any(
        "import-vouchers" in f and ".category: type ['string'] vs official ['null', 'string']" in f
        for f in found
    ), found


def test_the_report_names_what_it_compared(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["official_diff.py"])
    assert official_diff.main() == 0
    out = capsys.readouterr().out
    assert "operations compared:" in out and "departures undocumented: 0" in out
