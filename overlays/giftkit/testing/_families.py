"""What the shared test families read from a simulator (tests/, scripts/reliability.py).

The families enumerate providers from the registry and never name one: whatever they need to
know about a provider (how to make a valid value-creating call, how to find what it issued,
which documented rules to break) is a hook here, overridden in the provider's simulator module.
A family a provider cannot take part in is named in `not_applicable` with the reason, which the
family reports; a missing hook otherwise fails that family naming the provider.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from .._openapi import media_examples

if TYPE_CHECKING:
    from ._spec import SpecIndex

JSON = Any
# (operationId, rule, a mutation of that operation's request example that breaks the rule)
RuleBreaker = tuple[str, str, Callable[[JSON], None]]


@dataclass
class TaggedCall:
    """One logical value-creating call of the fault campaign: what to send, and the tags (each
    issues exactly one ledger entry on success) that find what it issued."""

    op_id: str
    body: JSON
    tags: tuple[str, ...]
    path: dict[str, Any] = field(default_factory=dict)  # path parameters, by generated keyword


class FamilyHooks:
    """Mixed into `Simulator`: data and hooks of the shared test families (defaults: generic)."""

    provider: ClassVar[str] = ""
    index: SpecIndex
    fixtures: dict[str, Any]

    # family name -> why this provider cannot take part (the family reports it)
    not_applicable: ClassVar[dict[str, str]] = {}
    # fault campaign: the request-body key made unique per call; the simulator keeps it in the
    # payload (a JSON object) of the ledger entry of what the call issued
    tag_field: ClassVar[str] = ""
    server_dedupes: ClassVar[bool] = False  # the provider itself refuses a re-sent create
    money_keys: ClassVar[tuple[str, ...]] = ()  # response keys whose values are money in themselves
    plant_response: ClassVar[bool] = True  # the campaign may rewrite those values to planted ones
    # request-body fields an earlier response fills in: operationId -> body field -> state key
    body_from_state: ClassVar[dict[str, dict[str, str]]] = {}

    def value_creating_operations(self) -> list[str]:
        """operationIds that issue value: `x-giftkit-effect` where the spec has it, else the
        profile's list (until every spec declares effects)."""
        declared = {
            op_id: (op.raw.get("x-giftkit-effect") or {}).get("kind")
            for op_id, op in self.index.operations.items()
        }
        if any(declared.values()):
            return [
                op_id
                for op_id, kind in declared.items()
                if kind in ("creates-value", "moves-value")
                or (kind is None and self.index.operations[op_id].method != "GET")
            ]
        from .._connect import profile

        return sorted(profile(self.provider).value_creating)

    def request_example(self, operation_id: str) -> JSON:
        """A fresh copy of the first JSON request-body example of an operation (None: none)."""
        body = self.index.operations[operation_id].raw.get("requestBody")
        found = media_examples(self.index.spec, body) if body else []
        return copy.deepcopy(found[0]) if found else None

    def tagged_call(self, n: int, rng: random.Random, marker: str) -> TaggedCall | None:
        """The `n`th call of the fault campaign (`marker` goes into every tag that is a secret).

        Default: the first value-creating operation's request example with `tag_field` set to
        a fresh tag; None (the campaign fails naming the provider) without a tag field or an
        example. Override it where a valid call needs more (fixtures, several items)."""
        ops = self.value_creating_operations()
        body = self.request_example(ops[0]) if self.tag_field and ops else None
        if not isinstance(body, dict):
            return None
        tag = f"{self.provider[:2]}-{n:06d}-{rng.getrandbits(32):08x}"
        body[self.tag_field] = tag
        return TaggedCall(ops[0], body, (tag,))

    @classmethod
    def tag_of(cls, payload: JSON) -> str | None:
        """The campaign tag of a ledger entry's payload."""
        value = payload.get(cls.tag_field) if isinstance(payload, dict) else None
        return value if isinstance(value, str) else None

    @classmethod
    def request_tags(cls, body: JSON) -> list[str]:
        """The tags a request body carries: every string under `tag_field`, at any depth."""
        return [v for v in _values_at(body, cls.tag_field) if isinstance(v, str)]

    def plant_secrets(self, marker: str) -> list[Any]:
        """Make the fixtures' own secrets recognisable (carrying `marker` where their format
        allows); the values to scan for. Credentials are planted by the campaign itself."""
        return []

    @classmethod
    def rule_breakers(cls, today: date) -> list[RuleBreaker]:
        """One breaker per documented rule of the profile's `extra_rules` (date: the clock's)."""
        return []


def _values_at(node: JSON, key: str) -> Iterator[JSON]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                yield v
            else:
                yield from _values_at(v, key)
    elif isinstance(node, list):
        for item in node:
            yield from _values_at(item, key)
