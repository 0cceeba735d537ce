"""The simulators against the providers' official OpenAPI documents (specs/official/).

Every answer a simulator gives to a scenario over its operations validates against the
response schema of every official document of that provider that describes the operation
("answer what both parse"), and the simulators accept requests the official documents allow
that our own clients never send (explicit nulls on Voucherify import fields, from the
production document; Rebilly's trailing-slash create; an expiration without a body).
"""

from __future__ import annotations

import copy
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from giftkit.testing import Request, Response, simulator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from official_diff import official_documents  # noqa: E402

from speclib import load_spec  # noqa: E402


def _as_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema keywords as JSON Schema 2020-12 sees them (`nullable` -> a type)."""
    if isinstance(node, list):
        return [_as_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _as_json_schema(v) for k, v in node.items() if k not in ("nullable", "example")}
    if "oneOf" in out:
        # Voucherify's async-action `result` is a oneOf of 22 shapes, several identical: no
        # answer matches exactly one, so the official union is read as anyOf.
        out["anyOf"] = out.pop("oneOf")
    if node.get("nullable") is True:
        if "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else out["type"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "type" not in out and "enum" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@cache
def _document(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return _as_json_schema(doc) if str(doc.get("openapi", "")).startswith("3.0") else doc


def _official_route(doc: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    for template, item in (doc.get("paths") or {}).items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in item:
            return item[method.lower()]  # type: ignore[no-any-return]
    return None


def official_errors(provider: str, method: str, path: str, response: Response) -> list[str]:
    """What every official document describing this call finds wrong with the answer."""
    problems = []
    for doc_path in official_documents(provider):
        doc = _document(doc_path)
        op = _official_route(doc, method, path)
        documented = (op or {}).get("responses", {}).get(str(response.status))
        if documented is None:
            continue
        while "$ref" in documented:
            documented = doc["components"]["responses"][documented["$ref"].rsplit("/", 1)[1]]
        schema = ((documented.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None or response.body is None:
            continue
        validator = jsonschema.Draft202012Validator(
            {**schema, "components": doc["components"]},
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(response.body):
            where = "/".join(map(str, error.absolute_path))
            problems.append(
                f"{doc_path.name} {method} {path} {response.status} /{where}: {error.message[:160]}"
            )
    return problems


class Driver:
    """Raw requests to one simulator, with its valid credentials; every answer is checked
    against the official documents."""

    def __init__(self, provider: str) -> None:
        self.provider = provider
        self.sim = simulator(provider, seed=3)
        self.base = self.sim.index.base_path_with(self.sim.server_variables)
        spec = load_spec(provider)
        schemes = spec["components"]["securitySchemes"]
        first = spec["security"][0]
        self.headers = {"content-type": "application/json"}
        for name in first:
            value = self.sim.fixtures["credentials"][name][0]
            scheme = schemes[name]
            if scheme.get("type") == "apiKey":
                self.headers[scheme["name"].lower()] = value
            else:
                self.headers["authorization"] = f"Bearer {value}"
        self.problems: list[str] = []

    def send(self, method: str, path: str, body: Any = None, raw: bytes | None = None) -> Response:
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        headers = dict(self.headers)
        if not data:
            headers.pop("content-type")
        path, _, query = path.partition("?")
        pairs = [tuple(kv.split("=", 1)) for kv in query.split("&") if kv]
        request = Request(method, self.base + path, query=pairs, headers=headers, body=data)
        response = self.sim.handle(request)
        self.problems += official_errors(self.provider, method, path.rstrip("/"), response)
        return response


COUPON = {
    "discount": {"type": "percent", "value": 10, "context": "items"},
    "issuedTime": "2020-01-01T00:00:00Z",
}


def test_rebilly_answers_validate_against_the_official_document() -> None:
    drive = Driver("rebilly")
    created = drive.send("POST", "/coupons", COUPON)
    assert created.status == 201, created.body
    coupon_id = created.body["id"]
    assert drive.send("GET", f"/coupons/{coupon_id}").status == 200
    assert drive.send("PUT", "/coupons/SPRING-1", COUPON).status == 201
    assert drive.send("PUT", "/coupons/SPRING-1", {**COUPON, "description": "x"}).status == 200
    assert drive.send("GET", "/coupons?limit=1&offset=1").status == 200
    assert (
        drive.send(
            "POST", f"/coupons/{coupon_id}/expiration", {"expiredTime": "2999-01-01T00:00:00Z"}
        ).status
        == 201
    )
    assert drive.send("GET", "/coupons/nope").status == 404
    assert drive.send("POST", "/coupons", {"discount": {"type": "percent"}}).status == 422
    assert drive.problems == []


def test_rebilly_accepts_the_official_sdks_trailing_slash_create() -> None:
    drive = Driver("rebilly")
    created = drive.send("POST", "/coupons/", COUPON)
    assert created.status == 201, created.body
    assert drive.send("GET", f"/coupons/{created.body['id']}").status == 200
    assert drive.problems == []


def test_rebilly_expiration_without_a_body_expires_now() -> None:
    drive = Driver("rebilly")
    coupon_id = drive.send("POST", "/coupons", COUPON).body["id"]
    expired = drive.send("POST", f"/coupons/{coupon_id}/expiration")
    assert expired.status == 201, expired.body
    assert expired.body["status"] == "expired"
    assert drive.problems == []


GIFT = {"code": "GIFT-OFFICIAL-1", "type": "GIFT_VOUCHER", "gift": {"amount": 5000}}
# What a client generated from voucherify-production.json sends: every unset field as null.
GIFT_WITH_NULLS = {
    "code": "GIFT-OFFICIAL-2",
    "type": "GIFT_VOUCHER",
    "gift": {"amount": 2500},
    "category": None,
    "start_date": None,
    "expiration_date": None,
    "additional_info": None,
    "redemption": None,
    "metadata": None,
    "active": None,
    "validity_timeframe": {"duration": None, "interval": None},
}


def _poll_states(drive: Driver, action_id: str) -> set[str]:
    seen = set()
    for _ in range(200):
        answer = drive.send("GET", f"/v1/async-actions/{action_id}")
        assert answer.status == 200, answer.body
        seen.add(answer.body["status"])
        if answer.body["status"] in ("DONE", "FAILED"):
            return seen
        drive.sim.clock.advance(0.25)
    raise AssertionError(f"import never finished; saw {seen}")


def test_voucherify_answers_validate_against_both_official_documents() -> None:
    drive = Driver("voucherify")
    accepted = drive.send("POST", "/v1/vouchers/import", [GIFT, GIFT_WITH_NULLS])
    assert accepted.status == 202, accepted.body
    seen = _poll_states(drive, accepted.body["async_action_id"])
    assert {"ENQUEUED", "DONE"} <= seen
    for code in ("GIFT-OFFICIAL-1", "GIFT-OFFICIAL-2"):
        assert drive.send("GET", f"/v1/vouchers/{code}").status == 200
    assert drive.send("GET", "/v1/vouchers/NO-SUCH-CODE").status == 404
    assert drive.problems == []


def test_voucherify_import_accepts_the_production_documents_explicit_nulls() -> None:
    drive = Driver("voucherify")
    accepted = drive.send("POST", "/v1/vouchers/import", [copy.deepcopy(GIFT_WITH_NULLS)])
    assert accepted.status == 202, accepted.body
    _poll_states(drive, accepted.body["async_action_id"])
    voucher = drive.send("GET", "/v1/vouchers/GIFT-OFFICIAL-2").body
    assert voucher["active"] is True  # null means "not set": the default applies
    assert voucher["gift"]["amount"] == 2500
    assert drive.problems == []


@pytest.mark.parametrize("provider", ["rebilly", "voucherify"])
def test_official_check_finds_a_forbidden_null(provider: str) -> None:
    """The check itself: a null the official schema forbids is reported."""
    drive = Driver(provider)
    path = "/coupons/X" if provider == "rebilly" else "/v1/async-actions/aa_1"
    body = {**COUPON, "id": None} if provider == "rebilly" else {"id": "aa_1", "updated_at": None}
    problems = official_errors(provider, "GET", path, Response(200, body))
    assert problems and all("None is not of type" in p for p in problems), problems
    assert drive.problems == []
