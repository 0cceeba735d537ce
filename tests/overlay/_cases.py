"""Table-driven cases: every operation of every provider, with valid bodies from the spec examples."""

from __future__ import annotations

import importlib
import inspect
import typing
from dataclasses import dataclass
from typing import Any

import httpx
from openapi_python_client.strings import snake_case

import giftkit
from giftkit._connect import profile
from speclib import media_examples


def _test_options(provider: str) -> dict[str, Any]:
    options = dict(profile(provider).test_options)
    if not options:
        raise AssertionError(f"{provider}: its profile has no test_options (offline credentials)")
    return options


# connect() keywords of an offline client per provider: the profiles' made-up credentials
CREDENTIALS: dict[str, dict[str, Any]] = {p: _test_options(p) for p in giftkit.provider_names()}


def providers() -> list[str]:
    """Every provider in the registry (one without a generated client fails its cases)."""
    return list(giftkit.provider_names())


@dataclass
class Case:
    provider: str
    op_id: str
    method: str
    template: str
    module: Any
    kwargs: dict[str, Any]
    success_status: int
    success_body: Any
    errors: list[tuple[int, Any]]  # (status, documented example body)
    value_creating: bool
    idempotent: bool

    def __repr__(self) -> str:
        return f"{self.provider}.{self.op_id}"


def cases(provider: str) -> list[Case]:
    prof = profile(provider)
    spec = dict(prof.load_spec())
    out = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            tag = op["tags"][0]
            module = importlib.import_module(
                f"{provider}_client.api.{snake_case(tag)}.{snake_case(op['operationId'])}"
            )
            kwargs = _kwargs(spec, op, module)
            if kwargs is None:
                continue
            success = [
                (int(s), r)
                for s, r in op["responses"].items()
                if s.isdigit() and 200 <= int(s) < 300
            ]
            status, response = success[0]
            bodies = media_examples(spec, response)
            errs = [
                (int(s), body)
                for s, r in op["responses"].items()
                if s.isdigit() and int(s) >= 400
                for body in media_examples(spec, r)
            ]
            out.append(
                Case(
                    provider,
                    op["operationId"],
                    method.upper(),
                    path,
                    module,
                    kwargs,
                    status,
                    bodies[0] if bodies else None,
                    errs,
                    op["operationId"] in prof.value_creating,
                    op["operationId"] in prof.idempotent,
                )
            )
    return out


def _kwargs(spec: dict[str, Any], op: dict[str, Any], module: Any) -> dict[str, Any] | None:
    hints = typing.get_type_hints(module.sync)
    sig = inspect.signature(module.sync)
    kwargs: dict[str, Any] = {}
    for name, param in sig.parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        hint = hints[name]
        if name == "body":
            found = media_examples(spec, op["requestBody"])
            if not found:
                return None
            kwargs["body"] = build(hint, found[0])
        elif hint is int:
            kwargs[name] = 1
        else:
            kwargs[name] = "abc123"
    return kwargs


def build(hint: Any, value: Any) -> Any:
    """A generated model (or list of them) from JSON, choosing the union member that round-trips."""
    if typing.get_origin(hint) is list:
        (inner,) = typing.get_args(hint)
        return [build(inner, v) for v in value]
    candidates = [a for a in (typing.get_args(hint) or (hint,)) if hasattr(a, "from_dict")]
    if not candidates:
        return value
    fallback = None
    for cls in candidates:
        try:
            obj = cls.from_dict(value)
        except Exception:
            continue
        if obj.to_dict() == value:
            return obj
        fallback = fallback or obj
    return fallback


def connect(provider: str, handler: Any, clock: Any = None, **extra: Any) -> Any:
    """A giftkit client on a MockTransport. The default clock is fixed (2023-11-14), a day on which
    every spec example is valid, including documented windows relative to today (dots.eco)."""
    from _fakes import FakeClock

    clock = clock if clock is not None else FakeClock()
    creds = {**CREDENTIALS[provider], **extra}
    return giftkit.connect(
        provider,
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        clock=clock,
        **creds,
    )


def all_cases() -> list[Case]:
    return [c for p in providers() for c in cases(p)]
