"""The money helper's spec rules, called by `make lint` (scripts/lint_specs.py).

Every non-GET operation declares what it does to value and whether a resend is safe, each with a
one-line reason, and every `x-giftkit-secret` is `true`:

    x-giftkit-effect: {kind: creates-value | moves-value | none, why: "..."}
    x-giftkit-resend: {safe: true | false, mechanism: client-chosen-id | idempotency-key |
                       upsert | none, why: "..."}

`safe: true` needs a mechanism, unless the operation moves no value. The runtime treats an
operation without these as creating value (giftkit._spec.operation_effect); this gate makes the
omission visible the moment an operation is added.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from giftkit._spec import EFFECT_KINDS, RESEND_MECHANISMS

_WRITES = ("put", "post", "delete", "patch")


def _why(block: Mapping[str, Any]) -> bool:
    why = block.get("why")
    return isinstance(why, str) and bool(why.strip()) and "\n" not in why.strip()


def _operation_problems(name: str, op: Mapping[str, Any]) -> Iterator[str]:
    effect, resend = op.get("x-giftkit-effect"), op.get("x-giftkit-resend")
    if not isinstance(effect, Mapping):
        yield f"{name}: missing x-giftkit-effect (kind: {' | '.join(EFFECT_KINDS)}, why)"
    elif effect.get("kind") not in EFFECT_KINDS or not _why(effect):
        yield f"{name}: x-giftkit-effect needs kind in {', '.join(EFFECT_KINDS)} and a one-line why"
    if not isinstance(resend, Mapping):
        yield f"{name}: missing x-giftkit-resend (safe, mechanism: {' | '.join(RESEND_MECHANISMS)}, why)"
        return
    if not isinstance(resend.get("safe"), bool) or resend.get("mechanism") not in RESEND_MECHANISMS:
        yield f"{name}: x-giftkit-resend needs safe: true|false and mechanism in {', '.join(RESEND_MECHANISMS)}"
    elif not _why(resend):
        yield f"{name}: x-giftkit-resend needs a one-line why"
    elif (
        resend["safe"]
        and resend["mechanism"] == "none"
        and isinstance(effect, Mapping)
        and effect.get("kind") != "none"
    ):
        yield f"{name}: x-giftkit-resend safe: true for an operation that moves value needs a mechanism"


def _secret_problems(node: Any, where: str) -> Iterator[str]:
    if isinstance(node, Mapping):
        if "x-giftkit-secret" in node and node["x-giftkit-secret"] is not True:
            yield f"{where}: x-giftkit-secret must be true (or absent)"
        for key, value in node.items():
            yield from _secret_problems(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _secret_problems(value, f"{where}/{i}")


def problems(spec: Mapping[str, Any]) -> list[str]:
    """Every broken money or secret declaration of one spec, each naming its operation."""
    found: list[str] = []
    for path, item in (spec.get("paths") or {}).items():
        for method in _WRITES:
            op = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(op, Mapping):
                name = f"{method.upper()} {path} ({op.get('operationId', 'no operationId')})"
                found.extend(_operation_problems(name, op))
    found.extend(_secret_problems(spec, "#"))
    return found
