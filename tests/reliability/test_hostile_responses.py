"""Hostile responses: malformed bodies, statuses, headers and encodings -> only giftkit errors;
a 50 MB body is refused without being held in memory."""

from __future__ import annotations

import pytest

import giftkit._constants as C
from _campaign import big_body, family_params, run_hostile


@pytest.mark.parametrize("provider", family_params("hostile responses"))
def test_only_giftkit_errors(provider: str) -> None:
    result = run_hostile(provider, 250)
    assert result.raw_exceptions == []
    assert result.leaks == []
    assert result.responses == 250
    assert sum(n for k, n in result.outcomes.items() if k != "documented success") > 0


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "content-length"])
def test_a_50_mb_body_does_not_blow_memory(chunked: bool) -> None:
    size = 50 * 1024 * 1024
    found = big_body("giftme", size, chunked=chunked)
    # giftme's one operation creates value: a 200 means the order WAS processed, body or not
    assert found["outcome"] == "ProcessedResponseError"
    assert found["peak_bytes"] < C.MAX_BODY_BYTES + 8 * 1024 * 1024 < size
    assert found["streamed_bytes"] <= C.MAX_BODY_BYTES + 65536
