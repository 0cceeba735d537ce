"""Jinja filters giftkit's templates (overlays/templates/) use on openapi-python-client's parsed
properties: facts the generator's own property types do not carry (open enums, spec extensions)."""

from __future__ import annotations

import re
from typing import Any

ENUM_TEMPLATES = frozenset({"enum_property.py.jinja"})


def _raw(name: Any) -> str:
    """The spec's string behind the generator's UntrustedString (for comparing; code built from it
    goes through `tojson` / `in_double_quote_literal`)."""
    return str(name.get_untrusted_value()) if hasattr(name, "get_untrusted_value") else str(name)


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
                names.add(_raw(name))
    return names


def mask_secret(code: str, prop: Any, model: Any) -> str:
    """An attrs declaration whose repr masks the value when the property is secret."""
    if _raw(prop.name) not in secret_properties(model):
        return code
    declaration, sep, default = code.partition(" = ")
    args = f"default={default}, repr=mask_secret" if sep else "repr=mask_secret"
    return f"{declaration} = _attrs_field({args})"


def _tag_of(model: Any) -> dict[str, str]:
    """A model's single-value enum (or const) required properties: wire name -> value."""
    tags = {}
    for prop in getattr(model, "required_properties", None) or ():
        if prop.template in ENUM_TEMPLATES and len(prop.values) == 1:
            tags[_raw(prop.name)] = next(iter(prop.values.values()))
        elif prop.template == "const_property.py.jinja":
            tags[_raw(prop.name)] = prop.value.raw_value
    return tags


def union_tag(prop: Any, models: dict[str, Any]) -> dict[str, Any] | None:
    """How a union of models is told apart by a tag: `{"name": wire name, "variants": [(value,
    inner property), ...]}`, when every variant is a model whose required `name` property is a
    single-value enum or const, with distinct values; None for any other union."""
    inner = list(getattr(prop, "inner_properties", None) or ())
    if len(inner) < 2 or any(p.template != "model_property.py.jinja" for p in inner):
        return None
    # a union holds unprocessed copies of its models: read the processed ones
    tags = [_tag_of(models.get(str(p.class_info.name), p)) for p in inner]
    common = set(tags[0]).intersection(*tags[1:])
    for name in sorted(common):
        values = [t[name] for t in tags]
        if len(set(values)) == len(values):
            return {"name": name, "variants": list(zip(values, inner, strict=True))}
    return None


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def unexploded_queries(spec: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(path, method, name) of the query arrays sent comma-separated: `style: form` (the query
    default) with `explode: false` (e.g. Rebilly `sort=-createdTime,id`); the generator ignores
    both keywords and always explodes."""
    found = set()
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method, op in item.items():
            if not isinstance(op, dict) or method == "parameters":
                continue
            for param in [*shared, *(op.get("parameters") or [])]:
                param = _resolve(spec, param)
                schema = _resolve(spec, param.get("schema") or {})
                if (
                    param.get("in") == "query"
                    and param.get("style", "form") == "form"
                    and param.get("explode") is False
                    and schema.get("type") == "array"
                ):
                    found.add((path, method.lower(), param["name"]))
    return found


def filters(models: Any, spec: dict[str, Any]) -> dict[str, Any]:
    """The filters, given the generator's processed models (`project.openapi.models`) and the
    spec it read."""
    by_name = {str(m.class_info.name): m for m in models}
    unexploded = unexploded_queries(spec)
    return {
        "open_enums": open_enums,
        "mask_secret": mask_secret,
        "union_tag": lambda prop: union_tag(prop, by_name),
        "unexploded": lambda prop, endpoint: (
            (_raw(endpoint.path), str(endpoint.method).lower(), _raw(prop.name)) in unexploded
        ),
    }
