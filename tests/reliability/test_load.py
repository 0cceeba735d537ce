"""Load (quick): 64 async callers against a simulator over loopback HTTP for a few seconds."""

from __future__ import annotations

from _campaign import run_load


def test_loopback_load() -> None:
    result = run_load(3.0, 64)
    assert result.calls > 64
    assert not [k for k in result.errors if k.startswith("RAW")], result.errors
    assert result.unexplained_errors == 0, (result.errors, result.injected)
    assert result.open_connections_after == 0
    assert result.pool_connections_peak <= 100
    assert result.rss_growth_mb < 30
