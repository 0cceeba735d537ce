# generated from specs/*.yaml by `make generate` — do not edit
"""Pydantic v2 models of every spec, one module per provider: dots_eco, favordrop, giftme, rebilly, tremendous, voucherify."""
