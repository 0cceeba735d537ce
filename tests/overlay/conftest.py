from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
