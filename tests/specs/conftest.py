from __future__ import annotations

from typing import Any

import pytest

from speclib import load_spec, spec_names

PROVIDERS = spec_names()


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def spec(provider: str) -> dict[str, Any]:
    return load_spec(provider)
