"""Which operation a bulk run calls for a provider, and what the provider lets it do about a lost answer.

The one place bulk reads *what an operation does to value and whether a resend is safe*: the
spec's `x-giftkit-effect` / `x-giftkit-resend`, through the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .._connect import _table, profile
from .._profile import ClientReference, Profile


@dataclass(frozen=True)
class BulkOperation:
    """The value-creating call one input row becomes, and how a lost answer is resolved."""

    provider: str
    operation_id: str
    method: str
    template: str
    path_params: tuple[str, ...]
    request_pointer: str | None
    resend_safe: bool  # a resend cannot issue twice (upsert by a client id, unique client code)
    key_param: str | None  # path parameter that is the client-chosen id (derived from reference)
    client_reference: ClientReference | None
    lookup: str | None  # read operation finding the created object by the row's key

    @property
    def reconcilable(self) -> bool:
        """A row whose answer was lost can be settled without a human."""
        return self.lookup is not None or self.resend_safe


def effect(prof: Profile, operation_id: str) -> tuple[bool, bool]:
    """(creates value, safe to re-send) of one operation, as its spec declares them
    (`x-giftkit-effect`, `x-giftkit-resend`, read by the profile; unclassified = creates value)."""
    return operation_id in prof.value_creating, operation_id in prof.idempotent


@cache
def bulk_operation(provider: str) -> BulkOperation:
    """The provider's value-creating operation for one row: a resend-safe one when there is one."""
    prof = profile(provider)
    table: Any = _table(provider)
    ops = [op for op in table.operations if effect(prof, op.id)[0]]
    if not ops:
        raise LookupError(f"{provider} has no value-creating operation")
    ops.sort(key=lambda op: not effect(prof, op.id)[1])
    op = ops[0]
    safe = effect(prof, op.id)[1]
    key = op.path_params[0] if safe and op.path_params else None
    return BulkOperation(
        provider=provider,
        operation_id=op.id,
        method=op.method,
        template=op.template,
        path_params=tuple(op.path_params),
        request_pointer=op.request_pointer,
        resend_safe=safe,
        key_param=key,
        client_reference=prof.client_references.get(op.id),
        lookup=prof.lookups.get(op.id),
    )
