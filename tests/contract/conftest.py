"""Contract suite plumbing: one Recorder for the whole session, its table printed and written."""

from __future__ import annotations

from pathlib import Path

import pytest

from giftkit.testing._contract import SESSION_RECORDER, Recorder

REPORT = Path(__file__).resolve().parents[2] / "reports" / "contract.md"
RECORDER = SESSION_RECORDER


@pytest.fixture(scope="session")
def recorder() -> Recorder:
    return RECORDER


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RECORDER.results:
        return
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(RECORDER.markdown("Contract coverage (pytest tests/contract)"))
    terminalreporter.write_sep("=", "contract coverage: operation x check x result")
    terminalreporter.write_line(RECORDER.coverage_table())
    terminalreporter.write_line(f"(written to {REPORT})")
