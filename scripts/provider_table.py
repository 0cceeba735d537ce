"""The README's provider table, written from the registry, the profiles, the specs and the
simulators (by scripts/spec_readme.py, so `make generate` writes it and `make check` fails on
drift). Nothing here names a provider.

Effect classes come from each operation's `x-giftkit-effect` where the spec has it; until every
spec declares effects, from the profile (`value_creating`, `idempotent`), reads from the method.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

import giftkit.testing as testing
from giftkit._connect import profile, provider_names
from giftkit._openapi import operations

BEGIN = "<!-- BEGIN GENERATED providers by scripts/spec_readme.py: do not edit between these markers -->"
END = "<!-- END GENERATED providers -->"
READS = ("get", "head", "options")


def effect_class(name: str, raw: Any) -> str:
    """creates-value | moves-value | none | read, with `, resend-safe` where declared so."""
    prof = profile(name)
    declared = raw.node.get("x-giftkit-effect")
    if isinstance(declared, Mapping) and declared.get("kind"):
        kind = str(declared["kind"])
    elif raw.method in READS:
        kind = "read"
    else:
        kind = "creates-value" if raw.operation_id in prof.value_creating else "none"
    resend = raw.node.get("x-giftkit-resend")
    safe = (
        bool(resend.get("safe"))
        if isinstance(resend, Mapping)
        else raw.operation_id in prof.idempotent
    )
    return f"{kind}, resend-safe" if safe and kind != "read" else kind


def effects(name: str, spec: Mapping[str, Any]) -> str:
    groups: dict[str, list[str]] = {}
    for raw in operations(spec):
        groups.setdefault(effect_class(name, raw), []).append(f"`{raw.operation_id}`")
    return "<br>".join(f"{kind}: {', '.join(ops)}" for kind, ops in sorted(groups.items()))


def _scheme(scheme: Mapping[str, Any]) -> str:
    kind = scheme.get("type")
    if kind == "apiKey":
        return f"{scheme.get('in', 'header')} `{scheme.get('name', '')}`"
    if kind == "http":
        return f"HTTP {scheme.get('scheme', 'bearer')}"
    return "OAuth 2" if kind == "oauth2" else str(kind)


def auth_kinds(spec: Mapping[str, Any]) -> str:
    """Each distinct security requirement of the spec: its schemes joined by `+`."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    seen: list[str] = []
    for raw in operations(spec):
        for requirement in raw.node.get("security", spec.get("security")) or []:
            text = " + ".join(_scheme(schemes.get(s, {})) for s in requirement) or "none"
            if text not in seen:
                seen.append(text)
    return " or ".join(seen) or "none"


def options(name: str) -> str:
    """connect() keywords: credentials, then options with their choices or default."""
    out = []
    for option in profile(name).options:
        if option.secret:
            out.append(f"`{option.name}`")
        elif option.choices:
            out.append(f"`{option.name}` ({' / '.join(option.choices)})")
        else:
            default = "" if option.default is None else f" (default `{option.default}`)"
            out.append(f"`{option.name}`{default}")
    return ", ".join(out)


def helpers(name: str) -> str:
    """Public functions of giftkit.providers.<p> beyond connect()."""
    import importlib

    module = importlib.import_module(f"giftkit.providers.{name}")
    found = [
        f"`{n}`"
        for n, value in vars(module).items()
        if inspect.isfunction(value)
        and value.__module__ == module.__name__
        and not n.startswith("_")
        and n != "connect"
    ]
    return ", ".join(found) or "-"


def table() -> str:
    simulated = set(testing.providers())
    lines = [
        "| key | install | connect() keywords | auth (spec) | operations | effect classes | simulator | helpers |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in provider_names():
        spec = profile(name).load_spec()
        simulator = f"`giftkit.testing.{name}`" if name in simulated else "none"
        lines.append(
            f'| `{name}` | `pip install "giftkit[{name}]"` | {options(name)} | {auth_kinds(spec)} | '
            f"{sum(1 for _ in operations(spec))} | {effects(name, spec)} | {simulator} | "
            f"{helpers(name)} |"
        )
    return "\n".join(lines)


def render(current: str) -> str:
    """README.md with the table between the markers (the markers must be there)."""
    if BEGIN not in current or END not in current:
        raise SystemExit(f"README.md has no provider-table markers ({BEGIN} ... {END})")
    head, rest = current.split(BEGIN, 1)
    return head + BEGIN + "\n" + table() + "\n" + END + rest.split(END, 1)[1]
