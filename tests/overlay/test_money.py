"""Money helpers: Decimal in, exact wire units out, never float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import giftkit
from giftkit._money import to_major_units


def test_minor_units_exact() -> None:
    assert giftkit.to_minor_units(Decimal("12.34")) == 1234
    assert giftkit.to_minor_units("0.10") == 10
    assert giftkit.to_minor_units(5) == 500
    assert giftkit.from_minor_units(1234) == Decimal("12.34")


def test_sub_cent_refused() -> None:
    with pytest.raises(giftkit.ConfigurationError):
        giftkit.to_minor_units(Decimal("1.005"))


def test_float_refused() -> None:
    with pytest.raises(TypeError):
        giftkit.to_minor_units(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        giftkit.from_minor_units(1.0)  # type: ignore[arg-type]


def test_major_units_places() -> None:
    assert to_major_units(Decimal("5.00")) == Decimal("5.00")
    with pytest.raises(giftkit.ConfigurationError):
        to_major_units(Decimal("5.001"))


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_round_trip(minor: int) -> None:
    assert giftkit.to_minor_units(giftkit.from_minor_units(minor)) == minor
