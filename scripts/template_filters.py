"""Jinja filters giftkit's templates (overlays/templates/) use on openapi-python-client's parsed
properties: facts the generator's own property types do not carry (open enums, spec extensions)."""

from __future__ import annotations

import re
from typing import Any

ENUM_TEMPLATES = frozenset({"enum_property.py.jinja"})


def enum_names(prop: Any) -> set[str]:
    """The open enum classes a property's type mentions, through lists and unions. A single-value
    enum is a tag (it tells union variants apart) and stays closed."""
    names: set[str] = set()
    if getattr(prop, "template", None) in ENUM_TEMPLATES and len(prop.values) > 1:
        names.add(str(prop.class_info.name))
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        names |= enum_names(inner)
    for member in getattr(prop, "inner_properties", None) or ():
        names |= enum_names(member)
    return names


def open_enums(code: str, prop: Any) -> str:
    """`code` (a declaration or type) with every enum class of `prop` as `Enum | UnknownEnumValue`."""
    for name in sorted(enum_names(prop)):
        code = re.sub(rf"(?<![.\w]){re.escape(name)}(?![.\w])", f"{name} | UnknownEnumValue", code)
    return code


FILTERS = {"open_enums": open_enums}
