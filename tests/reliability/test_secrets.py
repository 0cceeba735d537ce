"""Secrets: planted credentials, gift codes, PINs and links never appear in a log line, error
string, repr or report - and a planted leak is caught."""

from __future__ import annotations

import logging

import pytest

import giftkit._redact
from _campaign import (
    LEAK,
    Secrets,
    campaign_providers,
    capture_logs,
    family_params,
    leaking_provider,
    run_campaign,
)


@pytest.mark.parametrize("provider", family_params("secrets"))
def test_no_planted_secret_leaks(provider: str) -> None:
    result = run_campaign(provider, 200, seed=3)
    assert result.texts_scanned > 0
    assert result.leaks == []


def test_a_planted_leak_in_a_log_line_is_caught() -> None:
    secrets = Secrets()
    secrets.add(f"{LEAK}-token-1234")
    with capture_logs() as logs:
        logging.getLogger("giftkit").info("sending with token %s", f"{LEAK}-token-1234")
    assert secrets.scan(logs.lines)


def test_broken_redaction_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(giftkit._redact.Redactor, "text", lambda self, text: text)
    monkeypatch.setattr(giftkit._redact.Redactor, "body", lambda self, data: data)
    result = run_campaign(leaking_provider(campaign_providers()), 100, seed=3)
    assert result.leaks, "redaction switched off, yet the scan found nothing"
