"""Voucherify simulator: asynchronous voucher import, async actions, vouchers by code, OAuth v1.

    import-vouchers      202 {async_action_id}; the import is queued and runs on the virtual
                         clock: ENQUEUED -> IN_PROGRESS -> DONE (queue order, one worker).
                         Vouchers are created, and the ledger written, when the action is DONE.
                         Codes are unique per project: an existing code (or one repeated in the
                         same request) is reported in result.failed[] {code, reason}.
    get-async-action     the action as of the clock's now.
    get-voucher          by code or by Voucherify id.
    generate/introspect/revoke-oauth-token   form-encoded, app keys only; tokens live 900 s and
                         are limited to their scope (`api`, `vouchers`, `async-actions`).

Errors are Voucherify's `{code, key, message, details, request_id}` (413: `{statusCode, error,
message}`; revoke's 404: no body). Every response carries `X-Rate-Limit-*` (Sandbox: 100 calls
per hour, reported; enforced only when a test sets `sim.rate_limit`).
"""

from __future__ import annotations

import copy
import random
import re
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from ._core import (
    Call,
    FieldError,
    ProviderError,
    RateWindow,
    Request,
    Response,
    Simulator,
    handles,
)
from ._families import TaggedCall
from ._spec import Operation

APP_ID = "sim-voucherify-app-id"
APP_TOKEN = "sim-voucherify-secret-key"
MAX_BODY_BYTES = 10_485_760
TOKEN_TTL = 900
# Scopes an OAuth token needs, per operation (`api` covers the whole server-side API).
SCOPES = {
    "import-vouchers": "vouchers",
    "get-voucher": "vouchers",
    "get-async-action": "async-actions",
}
_KEYS = {
    400: "invalid_payload",
    401: "unauthorized",
    402: "missing_required_feature",
    404: "not_found",
    405: "method_not_allowed",
}
_MESSAGES = {
    400: "Invalid payload",
    401: "Unauthorized",
    402: "Payment required",
    404: "Resource not found",
    405: "HTTP Method Not Allowed",
    429: "Too many requests hit the API too quickly.",
    500: "Internal Server Error",
}
_ALNUM = string.ascii_letters + string.digits
_DATE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:(\.\d{3})?"
    r"(Z|[+-]\d{2}:?\d{2}))?)?)?)?$"
)


@dataclass
class ImportJob:
    """One VOUCHERS.IMPORT async action: its schedule on the virtual clock and its outcome."""

    id: str
    request_id: str
    items: list[dict[str, Any]]
    accepted_at: float
    starts_at: float
    done_at: float
    applied: bool = False
    failed: list[dict[str, str]] = field(default_factory=list)
    done_count: int = 0


class VoucherifySimulator(Simulator):
    provider = "voucherify"
    validation_statuses: ClassVar[tuple[int, ...]] = (400, 404)
    auth_statuses: ClassVar[tuple[int, ...]] = (401,)
    not_found_statuses: ClassVar[tuple[int, ...]] = (404,)
    # App keys plus a dead bearer token is refused (the token is checked whenever it is sent).
    strict_credentials: ClassVar[bool] = True
    # The Sandbox project's documented limit (reported on every response).
    documented_rate_limit: ClassVar[tuple[int, float] | None] = (100, 3600.0)
    tag_field: ClassVar[str] = "code"  # the fault campaign's tag: each imported code
    server_dedupes: ClassVar[bool] = True  # codes are unique per project
    money_keys: ClassVar[tuple[str, ...]] = ("code",)
    plant_response: ClassVar[bool] = False  # the codes are the caller's own
    body_from_state: ClassVar[dict[str, dict[str, str]]] = {
        "introspect-oauth-token": {"access_token": "access_token"},
        "revoke-oauth-token": {"access_token": "access_token"},
    }
    # A faithful Voucherify rejects (400 invalid_payload) schema-valid imports breaking a rule
    # the generator does not honour: `validity_timeframe` without `start_date` (dependentRequired).
    contract_expectations: ClassVar[dict[str, dict[str, list[str]]]] = {
        "import-vouchers": {"positive_data_acceptance": ["2xx", "400"]},
    }
    # schemathesis 4.32 coverage emits pattern-violating values for the optional
    # X-Voucherify-API-Version header in cases it labels positive; the contract pins the
    # documented current version instead (invalid versions are still answered 400/404).
    contract_parameters: ClassVar[dict[str, str]] = {"X-Voucherify-API-Version": "v2018-08-01"}
    # Queue timing (virtual seconds): how long an accepted import waits, and how long it runs.
    queue_seconds: ClassVar[float] = 1.0
    min_processing_seconds: ClassVar[float] = 1.0
    seconds_per_item: ClassVar[float] = 0.05

    def __init__(self, **kwargs: Any) -> None:
        self.jobs: dict[str, ImportJob] = {}
        self.tokens: dict[str, dict[str, Any]] = {}
        self._worker_free_at = 0.0
        super().__init__(**kwargs)

    # -- data ---------------------------------------------------------------------------

    def tagged_call(self, n: int, rng: random.Random, marker: str) -> TaggedCall:
        """Every fourth call imports two codes; the codes (secrets) are the tags."""
        item = self.request_example("import-vouchers")[0]
        codes = [f"{marker}VC{n:06d}X{i}{rng.getrandbits(32):08x}" for i in range(1 + (n % 4 == 0))]
        items = [{**copy.deepcopy(item), "code": code} for code in codes]
        return TaggedCall("import-vouchers", items, tuple(codes))

    def make_fixtures(self) -> dict[str, Any]:
        # A ready OAuth token (scope `api`), as generate-oauth-token would give: it expires
        # TOKEN_TTL seconds after the simulator's start on its clock.
        now = int(self.clock.now())
        token = "".join(self.random.choice(_ALNUM) for _ in range(50))
        self.tokens[token] = {
            "access_token": token,
            "client_id": self._client_id(),
            "expires_at": now + TOKEN_TTL,
            "expires_in": TOKEN_TTL,
            "scope": "api",
            "token_type": "Bearer",
            "revoked": False,
        }
        return {
            "credentials": {
                "X-App-Id": [APP_ID],
                "X-App-Token": [APP_TOKEN],
                "X-Voucherify-OAuth": [token],
            },
            "oauth_token": token,
            "connect": {"app_id": APP_ID, "app_token": APP_TOKEN},
            "app_id": APP_ID,
            "app_token": APP_TOKEN,
            "token_ttl_seconds": TOKEN_TTL,
            "import_timing": {
                "queue_seconds": self.queue_seconds,
                "min_processing_seconds": self.min_processing_seconds,
                "seconds_per_item": self.seconds_per_item,
            },
        }

    def error_body(
        self,
        status: int,
        message: str,
        *,
        op: Operation | None = None,
        errors: list[FieldError] | None = None,
        code: str | None = None,
    ) -> Any:
        if status == 413:
            return {
                "statusCode": 413,
                "error": "Request Entity Too Large",
                "message": f"Payload content length greater than maximum allowed: {MAX_BODY_BYTES}",
            }
        body: dict[str, Any] = {"code": status, "message": _MESSAGES.get(status, message)}
        key = _KEYS.get(status)
        if status == 400 and errors:
            key, body["message"], details = _oauth_error(op, errors)
            if details:
                body["details"] = details
        elif status == 404 and errors:
            body["details"] = "; ".join(_describe(e) for e in errors)
        elif status in (401, 402, 404, 405) and message not in body["message"]:
            body["details"] = message
        if key:
            body["key"] = key
        body["request_id"] = self._request_id()
        return body

    def validation_message(self, op: Operation, errors: list[FieldError]) -> str:
        return "Invalid payload"

    def auth_message(self, op: Any, missing: bool) -> str:
        return "Unauthorized"

    def rate_limit_headers(self, window: RateWindow, now: float) -> dict[str, str]:
        headers = {
            "X-Rate-Limit-Limit": str(window.limit),
            "X-Rate-Limit-Remaining": str(window.remaining),
            "X-Rate-Limit-Retry": str(int(window.reset_at + 0.999)),
        }
        if window.remaining == 0:
            headers["Retry-After"] = str(int(window.reset_in(now) + 0.999))
            headers["X-Rate-Limit-Type"] = "api_calls"
        return headers

    def credential_valid(self, scheme_name: str, scheme: dict[str, Any], value: str) -> bool:
        if scheme_name == "X-Voucherify-OAuth":
            return self._active_token(value) is not None
        return super().credential_valid(scheme_name, scheme, value)

    def before(self, op: Operation, request: Request) -> Response | None:
        if op.body_media_types and len(request.body) > MAX_BODY_BYTES:
            return Response(413, self.error_body(413, "too large", op=op))
        return None

    # -- the async worker ---------------------------------------------------------------

    def settle(self) -> None:
        """Finish, in queue order, every import whose processing ended by the clock's now."""
        now = self.clock.now()
        for job in sorted(self.jobs.values(), key=lambda j: j.done_at):
            if job.applied or job.done_at > now:
                continue
            self._apply(job)

    def _apply(self, job: ImportJob) -> None:
        vouchers = self.store["vouchers"]
        created_at = _iso(job.done_at)
        for item in job.items:
            code = item["code"]
            reason = self._reject_reason(item)
            if reason is None and code in vouchers:
                reason = (
                    "Duplicated resource found (key: duplicate_found): a voucher with this "
                    "code already exists in the project"
                )
            if reason is not None:
                job.failed.append({"code": code, "reason": reason})
                continue
            voucher = self._voucher(item, created_at)
            vouchers.add(code, voucher)
            self.store["voucher_ids"].put(voucher["id"], {"code": code})
            self.ledger.record(
                "import-vouchers",
                reference=voucher["id"],
                client_reference=code,
                payload=item,
                issued_at=job.done_at,
            )
            job.done_count += 1
        job.applied = True

    def _reject_reason(self, item: dict[str, Any]) -> str | None:
        """Per-item rules the import checks while processing (reported as failed codes)."""
        if not item["code"].strip():
            return "code: must not be empty"
        gift = item.get("gift")
        amount = gift.get("amount") if isinstance(gift, dict) else 0
        if not isinstance(amount, int) and not (isinstance(amount, float) and amount.is_integer()):
            return "gift.amount: must be an integer number of cents"
        for name in ("start_date", "expiration_date"):
            if item.get(name) is not None and _normalise_date(item[name]) is None:
                return f"{name}: must be a valid date (actual value is '{item[name]}')"
        return None

    def _voucher(self, item: dict[str, Any], created_at: str) -> dict[str, Any]:
        code = item["code"]
        kind = item.get("type") or ("GIFT_VOUCHER" if "gift" in item else "DISCOUNT_VOUCHER")
        gift = None
        if kind == "GIFT_VOUCHER":
            amount = int(item["gift"]["amount"])
            gift = {
                "amount": amount,
                "subtracted_amount": 0,
                "balance": amount,
                "effect": "APPLY_TO_ORDER",
            }
        quoted = code.replace("/", "%2F")
        asset = self.new_id(width=32)
        return {
            "id": "v_" + "".join(self.random.choice(_ALNUM) for _ in range(32)),
            "code": code,
            "campaign": None,
            "campaign_id": None,
            "category": item.get("category"),
            "category_id": None,
            "categories": [],
            "type": kind,
            "discount": copy.deepcopy(item.get("discount")) if kind == "DISCOUNT_VOUCHER" else None,
            "gift": gift,
            "loyalty_card": None,
            "start_date": _normalise_date(item.get("start_date")),
            "expiration_date": _normalise_date(item.get("expiration_date")),
            "validity_timeframe": _without_nulls(item.get("validity_timeframe")),
            "validity_day_of_week": copy.deepcopy(item.get("validity_day_of_week")),
            # An explicit null (sent by clients of the production document) means "not set".
            "active": True if item.get("active") is None else item["active"],
            "additional_info": item.get("additional_info"),
            "metadata": copy.deepcopy(item.get("metadata") or {}),
            "assets": {
                "qr": {"id": asset, "url": f"https://dl.voucherify.io/api/v1/assets/qr/{asset}"},
                "barcode": {
                    "id": asset[::-1],
                    "url": f"https://dl.voucherify.io/api/v1/assets/barcode/{asset[::-1]}",
                },
            },
            "is_referral_code": False,
            "created_at": created_at,
            # Never updated: updated_at is omitted rather than null, so the answer parses
            # under every official document (the documentation file forbids null).
            "redemption": {
                "quantity": (item.get("redemption") or {}).get("quantity"),
                "redeemed_quantity": 0,
                "object": "list",
                "url": f"/v1/vouchers/{quoted}/redemptions?page=1&limit=10",
            },
            "publish": {
                "object": "list",
                "count": 0,
                "url": f"/v1/vouchers/{quoted}/publications?page=1&limit=10",
            },
            "validation_rules_assignments": {
                "object": "list",
                "data_ref": "data",
                "data": [],
                "total": 0,
            },
            "object": "voucher",
        }

    def _action_view(self, job: ImportJob) -> dict[str, Any]:
        now = self.clock.now()
        view: dict[str, Any] = {
            "id": job.id,
            "type": "VOUCHERS.IMPORT",
            "created_at": _iso(job.accepted_at),
            "request_id": job.request_id,
        }
        if now < job.starts_at:
            # Not finished: no `result` and (before the first update) no `updated_at`; the
            # official schema allows neither to be null.
            view.update(status="ENQUEUED", progress=0)
        elif now < job.done_at:
            span = job.done_at - job.starts_at
            view.update(
                status="IN_PROGRESS",
                updated_at=_iso(job.starts_at),
                progress=min(99, int(100 * (now - job.starts_at) / span)),
            )
        else:
            failed = len(job.failed)
            view.update(
                status="DONE",
                updated_at=_iso(job.done_at),
                progress=100,
                processing_time=round((job.done_at - job.starts_at) * 1000),
                result={
                    "message": f"{job.done_count} voucher(s) imported successfully, "
                    f"{failed} failed.",
                    "failed": copy.deepcopy(job.failed),
                    "done_count": job.done_count,
                    "failed_count": failed,
                },
            )
        view["object"] = "async_action"
        return view

    # -- handlers -----------------------------------------------------------------------

    def _require_scope(self, call: Call) -> None:
        token = call.credential.get("X-Voucherify-OAuth")
        if token is None:
            return
        scopes = set(self.tokens[token]["scope"].split())
        if not scopes & {"api", SCOPES[call.op.operation_id]}:
            raise ProviderError(
                401,
                self.error_body(
                    401, f"The OAuth token's scope does not cover {call.op.path}", op=call.op
                ),
            )

    @handles("import-vouchers")
    def import_vouchers(self, call: Call) -> Any:
        self._require_scope(call)
        now = self.clock.now()
        starts = max(now + self.queue_seconds, self._worker_free_at)
        span = max(self.min_processing_seconds, self.seconds_per_item * len(call.body))
        job = ImportJob(
            id="aa_" + self.new_id(width=18),
            request_id=self._request_id(),
            items=copy.deepcopy(call.body),
            accepted_at=now,
            starts_at=starts,
            done_at=starts + span,
        )
        self._worker_free_at = job.done_at
        self.jobs[job.id] = job
        return Response(202, {"async_action_id": job.id})

    @handles("get-async-action")
    def get_async_action(self, call: Call) -> Any:
        self._require_scope(call)
        action_id = call.path["asyncActionId"]
        job = self.jobs.get(action_id)
        if job is not None:
            return self._action_view(job)
        seeded = self.store["async_actions"].get(action_id)
        if seeded is not None:
            return copy.deepcopy(seeded)
        raise self._missing(call.op, "async_action", action_id)

    @handles("get-voucher")
    def get_voucher(self, call: Call) -> Any:
        self._require_scope(call)
        code = call.path["code"]
        row = self.store["vouchers"].get(code)
        if row is None:
            by_id = self.store["voucher_ids"].get(code)
            row = self.store["vouchers"].get(by_id["code"]) if by_id else None
        if row is None:
            raise self._missing(call.op, "voucher", code)
        # Voucherify's examples show `null` for unset fields, which its official schema forbids
        # (the spec's clients accept both); the simulator leaves them out, which every official
        # document parses.
        return _without_nulls(row, deep=True)

    @handles("generate-oauth-token")
    def generate_oauth_token(self, call: Call) -> Any:
        now = int(self.clock.now())
        token = "".join(self.random.choice(_ALNUM) for _ in range(50))
        row = {
            "access_token": token,
            "client_id": self._client_id(),
            "expires_at": now + TOKEN_TTL,
            "expires_in": TOKEN_TTL,
            "scope": call.body["scope"],
            "token_type": "Bearer",
            "revoked": False,
        }
        self.tokens[token] = row
        return {k: v for k, v in row.items() if k != "revoked"}

    @handles("introspect-oauth-token")
    def introspect_oauth_token(self, call: Call) -> Any:
        row = self._active_token(call.body["access_token"])
        if row is None:
            return {"active": False}
        left = max(0, row["expires_at"] - int(self.clock.now()))
        view = {k: v for k, v in row.items() if k != "revoked"}
        return {**view, "expires_in": left, "active": True}

    @handles("revoke-oauth-token")
    def revoke_oauth_token(self, call: Call) -> Any:
        row = self._active_token(call.body["access_token"])
        if row is None:
            return Response(404)
        row["revoked"] = True
        return Response(204)

    # -- helpers ------------------------------------------------------------------------

    def _active_token(self, value: str) -> dict[str, Any] | None:
        row = self.tokens.get(value)
        if row is None or row["revoked"] or self.clock.now() >= row["expires_at"]:
            return None
        return row

    def _client_id(self) -> str:
        rng = random.Random(f"{self.seed}:{APP_ID}")
        return "".join(rng.choice(_ALNUM) for _ in range(21))

    def _request_id(self) -> str:
        return "v-" + self.new_id(width=18)

    def _missing(self, op: Operation, resource: str, ident: str) -> ProviderError:
        body = {
            "code": 404,
            "key": "not_found",
            "message": "Resource not found",
            "details": f"Cannot find {resource} with id {ident}",
            "request_id": self._request_id(),
            "resource_id": ident,
            "resource_type": resource,
        }
        return ProviderError(404, body)

    def load_examples(self) -> None:
        """Vouchers and async actions named by the spec's examples exist from the start."""
        vouchers = self.store["vouchers"]
        for example in self.index.response_examples("get-voucher", 200).values():
            vouchers.put(example["code"], copy.deepcopy(example))
            self.store["voucher_ids"].put(example["id"], {"code": example["code"]})
        first = next(iter(vouchers), None)
        for code in self.index.parameter_examples("get-voucher", "code"):
            if str(code) not in vouchers and first is not None:
                vouchers.put(str(code), {**copy.deepcopy(first), "code": str(code)})
        actions = self.store["async_actions"]
        done = None
        for example in self.index.response_examples("get-async-action", 200).values():
            actions.put(example["id"], copy.deepcopy(example))
            if example.get("status") == "DONE" and done is None:
                done = example
        now = int(self.clock.now())
        for op_id in ("introspect-oauth-token", "revoke-oauth-token"):
            for example in _request_examples(self.index.operations[op_id]):
                token = example.get("access_token")
                if isinstance(token, str) and token not in self.tokens:
                    self.tokens[token] = {
                        "access_token": token,
                        "client_id": self._client_id(),
                        "expires_at": now + TOKEN_TTL,
                        "expires_in": TOKEN_TTL,
                        "scope": "api",
                        "token_type": "Bearer",
                        "revoked": False,
                    }
        wanted = self.index.parameter_examples("get-async-action", "asyncActionId")
        for example in self.index.response_examples("import-vouchers", 202).values():
            wanted.append(example["async_action_id"])
        for action_id in wanted:
            if str(action_id) not in actions and done is not None:
                actions.put(str(action_id), {**copy.deepcopy(done), "id": str(action_id)})


def _request_examples(op: Operation) -> list[dict[str, Any]]:
    out = []
    for content in op.body_media_types.values():
        for example in (content.get("examples") or {}).values():
            if isinstance(example.get("value"), dict):
                out.append(example["value"])
    return out


def _oauth_error(op: Operation | None, errors: list[FieldError]) -> tuple[str, str, str | None]:
    """Voucherify's 400 key and message for a request that failed validation."""
    first = errors[0]
    name = first.path[0] if first.location == "body" and first.path else None
    op_id = op.operation_id if op else ""
    if op_id == "generate-oauth-token":
        if name == "scope" and first.kind != "required":
            return "invalid_scope", f"Invalid scope: {first.value}", None
        if name == "grant_type" and first.kind != "required":
            return "invalid_grant_type", "Invalid grant_type", None
    if op_id in ("generate-oauth-token", "introspect-oauth-token", "revoke-oauth-token"):
        return "missing_parameters", "Missing parameters", _describe(first)
    if first.location == "body" and not first.path and first.kind == "type":
        return "invalid_payload", "Invalid payload", "Payload should be an array"
    return "invalid_payload", "Invalid payload", "; ".join(_describe(e) for e in errors[:5])


def _describe(error: FieldError) -> str:
    where = ".".join(str(p) for p in error.path) or error.location
    return f"{where}: {error.message}"


def _iso(moment: float | datetime) -> str:
    dt = moment if isinstance(moment, datetime) else datetime.fromtimestamp(moment, UTC)
    return (
        f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:"
        f"{dt.second:02d}.{dt.microsecond // 1000:03d}Z"
    )


def _without_nulls(value: Any, *, deep: bool = False) -> Any:
    """A copy of an object without its null members (null means "not set"); with `deep`,
    the same for the objects it holds."""
    if not isinstance(value, dict):
        return copy.deepcopy(value)
    return {
        k: _without_nulls(v, deep=True) if deep else copy.deepcopy(v)
        for k, v in value.items()
        if v is not None
    }


def _normalise_date(value: str | None) -> str | None:
    """An import date in any documented format, as the ISO 8601 UTC timestamp Voucherify returns."""
    if value is None:
        return None
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, millis, zone = match.groups()
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int(millis[1:]) * 1000 if millis else 0,
            tzinfo=UTC,
        )
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    except (ValueError, OverflowError):
        return None
    return _iso(moment)


__all__ = ["ImportJob", "VoucherifySimulator"]
