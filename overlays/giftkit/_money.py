"""Money without floats: Decimal in, each provider's wire unit out (as its spec documents it)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ._errors import ConfigurationError


def _decimal(amount: Decimal | int | str) -> Decimal:
    if isinstance(amount, (float, bool)):
        raise TypeError("money amounts are Decimal, int or str, never float")
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise ConfigurationError(f"{amount!r} is not an amount") from None
    if not value.is_finite():
        raise ConfigurationError("an amount must be finite")
    return value


def to_minor_units(amount: Decimal | int | str, exponent: int = 2) -> int:
    """Major units (e.g. Decimal("12.34") dollars) to minor units (1234 cents), exactly."""
    value = _decimal(amount).scaleb(exponent)
    if value != value.to_integral_value():
        raise ConfigurationError(f"{amount} has more than {exponent} decimal places")
    return int(value)


def from_minor_units(minor: int | str, exponent: int = 2) -> Decimal:
    """Minor units (1234 cents) to major units (Decimal("12.34"))."""
    if isinstance(minor, (bool, float)):
        raise TypeError("minor units are int or str, never float")
    return Decimal(int(minor)).scaleb(-exponent)


def to_major_units(amount: Decimal | int | str, places: int = 2) -> Decimal:
    """An amount in major units, checked to have at most `places` decimals (for JSON numbers)."""
    value = _decimal(amount)
    if value.scaleb(places) != value.scaleb(places).to_integral_value():
        raise ConfigurationError(f"{amount} has more than {places} decimal places")
    return value
