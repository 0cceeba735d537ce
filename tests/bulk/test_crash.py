"""The crash test, small: `giftkit issue` SIGKILLed >= 10 times over 200 rows against `giftkit serve`
with faults and a rate limit, resumed until it exits, reconciled; the simulator's ledger over
HTTP must equal the confirmed rows, each reference once (scripts/reliability_bulk.py, large)."""

from __future__ import annotations

from pathlib import Path

import reliability_bulk as campaign_module
from _bulk_helpers import pick, with_lookup

ROWS, KILLS = 200, 10


def test_killed_runs_resume_to_exactly_once(tmp_path: Path) -> None:
    provider = pick(with_lookup)
    result = campaign_module.campaign(
        provider, rows=ROWS, kills=KILLS, seed=7, rate_limit=200, workdir=tmp_path
    )
    assert result.kills >= KILLS, result
    assert result.mid_request * 2 >= result.kills, result  # at least half with a call in flight
    assert result.report_ok, result  # every input row in the report exactly once
    assert result.duplicates == 0 and not result.mismatched, result
    assert result.counts == {"confirmed": ROWS}, result
    assert result.ledger == ROWS
