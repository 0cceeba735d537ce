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


SECRET = "x-giftkit-secret"


def _extensions(schema: Any) -> dict[str, Any]:
    extra = getattr(schema, "model_extra", None)
    return dict(extra) if isinstance(extra, dict) else {}


def secret_properties(model: Any) -> set[str]:
    """Wire names of the model's properties the spec marks `x-giftkit-secret: true` (its own
    `properties` and those of inline `allOf` parts)."""
    data = model.data
    parts = [data, *(getattr(data, "allOf", None) or getattr(data, "all_of", None) or ())]
    names: set[str] = set()
    for part in parts:
        for name, schema in (getattr(part, "properties", None) or {}).items():
            if _extensions(schema).get(SECRET) is True:
                names.add(str(name))
    return names


def mask_secret(code: str, prop: Any, model: Any) -> str:
    """An attrs declaration whose repr masks the value when the property is secret."""
    if str(prop.name) not in secret_properties(model):
        return code
    declaration, sep, default = code.partition(" = ")
    args = f"default={default}, repr=mask_secret" if sep else "repr=mask_secret"
    return f"{declaration} = _attrs_field({args})"


FILTERS = {"open_enums": open_enums, "mask_secret": mask_secret}
