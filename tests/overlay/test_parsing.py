"""Typed success for every operation; hostile responses raise only giftkit errors."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import giftkit
import giftkit._constants
from _cases import Case, all_cases, connect

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_documented_success_returns_the_model(case: Case) -> None:
    client = connect(
        case.provider, lambda r: httpx.Response(case.success_status, json=case.success_body)
    )
    result = case.module.sync(client=client, **case.kwargs)
    detailed = case.module.sync_detailed(client=client, **case.kwargs)
    assert detailed.status_code == case.success_status
    if case.success_body is not None:
        assert type(result) is type(detailed.parsed)
        assert result is not None


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_undocumented_2xx_status_is_unexpected_response(case: Case) -> None:
    """An undocumented 2xx is not a clean failure: for a value-creating operation it says the
    request WAS processed (ProcessedResponseError); for any other, UnexpectedResponseError."""
    status = 299
    client = connect(case.provider, lambda r: httpx.Response(status, json=case.success_body))
    with pytest.raises(giftkit.UnexpectedResponseError) as info:
        case.module.sync(client=client, **case.kwargs)
    assert isinstance(info.value, giftkit.ProcessedResponseError) == case.value_creating


CREATES = [c for c in CASES if c.value_creating]


def _broken_answers(case: Case) -> dict[str, httpx.Response]:
    """2xx answers to a create that the spec does not document, one per way they go wrong."""
    raw = json.dumps(case.success_body).encode()
    body = case.success_body
    mistyped = {k: [[[]]] for k in body} if isinstance(body, dict) else [[[[]]]]
    return {
        "truncated-json": httpx.Response(
            case.success_status, content=raw[: len(raw) // 2] or b"{", headers=_JSON
        ),
        "mistyped-fields": httpx.Response(case.success_status, json=mistyped),
        "not-a-json-document": httpx.Response(case.success_status, json=[["x"]]),
        "undocumented-2xx": httpx.Response(
            200 if case.success_status != 200 else 203, json=case.success_body
        ),
        "wrong-content-type": httpx.Response(
            case.success_status, content=raw, headers={"content-type": "text/html"}
        ),
        "too-large": httpx.Response(
            case.success_status,
            content=raw,
            headers={**_JSON, "content-length": str(giftkit._constants.MAX_BODY_BYTES + 1)},
        ),
    }


_JSON = {"content-type": "application/json"}


def _assert_processed(err: BaseException, case: Case) -> None:
    assert isinstance(err, giftkit.ProcessedResponseError), type(err)
    assert isinstance(err, giftkit.UnexpectedResponseError)  # existing except clauses catch it
    assert "WAS processed" in str(err) and "Do not send it again" in str(err)
    assert err.operation == case.op_id
    assert err.how_to_reconcile and err.how_to_reconcile in str(err)
    assert 200 <= err.status_code <= 299


@pytest.mark.parametrize("case", CREATES, ids=repr)
async def test_a_processed_create_is_never_a_clean_failure(case: Case) -> None:
    """Any 2xx to a value-creating operation means the value was issued, whatever follows; the
    request is sent once, sync and async alike."""
    assert case.success_body is not None
    for kind, response in _broken_answers(case).items():
        sent: list[httpx.Request] = []

        def handler(
            request: httpx.Request,
            response: httpx.Response = response,
            sent: list[httpx.Request] = sent,
        ) -> httpx.Response:
            sent.append(request)
            return response

        client = connect(case.provider, handler)
        with pytest.raises(giftkit.GiftkitError) as info:
            case.module.sync(client=client, **case.kwargs)
            pytest.fail(kind)
        _assert_processed(info.value, case)
        with pytest.raises(giftkit.GiftkitError) as ainfo:
            await case.module.asyncio(client=client, **case.kwargs)
        _assert_processed(ainfo.value, case)
        assert len(sent) == 2, kind  # once per call: never re-sent


def test_a_processed_create_carries_references_and_a_masked_body() -> None:
    """The client reference is there to reconcile with; secrets of the raw body are masked."""
    case = next(c for c in CREATES if c.provider == "giftme")
    body = {"orders": [{"identifier": "x", "pin": "PIN-SECRET-42", "link": "https://l/SECRET"}]}
    client = connect(case.provider, lambda r: httpx.Response(200, json=body))
    with pytest.raises(giftkit.ProcessedResponseError) as info:
        case.module.sync(client=client, **case.kwargs)
    err = info.value
    assert err.client_references and err.client_reference == err.client_references[0]
    assert err.client_reference in str(err)
    text = json.dumps(err.body) + str(err) + repr(err.response.content)
    assert "PIN-SECRET-42" not in text and "SECRET" not in json.dumps(err.body)
    assert err.body["orders"][0]["pin"] == "***"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def mutate(body: Any, draw: Any) -> Any:
    """Replace one random node of the documented body with a random JSON value."""
    if isinstance(body, dict) and body:
        key = draw(st.sampled_from(sorted(body)))
        choice = draw(st.integers(0, 2))
        out = dict(body)
        if choice == 0:
            out.pop(key)
        elif choice == 1:
            out[key] = draw(json_values)
        else:
            out[key] = mutate(body[key], draw)
        return out
    if isinstance(body, list) and body:
        index = draw(st.integers(0, len(body) - 1))
        out_list = list(body)
        out_list[index] = mutate(body[index], draw)
        return out_list
    return draw(json_values)


@st.composite
def hostile(draw: Any, case: Case) -> httpx.Response:
    kind = draw(
        st.sampled_from(
            ["mutated", "random", "html", "truncated", "status", "content-type", "empty"]
        )
    )
    status = case.success_status
    if kind == "mutated":
        return httpx.Response(status, json=mutate(case.success_body, draw))
    if kind == "random":
        return httpx.Response(status, json=draw(json_values))
    if kind == "html":
        return httpx.Response(
            draw(st.sampled_from([status, 400, 404, 500, 502])),
            html="<html><body>Bad gateway</body></html>",
        )
    if kind == "truncated":
        raw = json.dumps(case.success_body).encode()
        return httpx.Response(
            status,
            content=raw[: draw(st.integers(0, max(len(raw) - 1, 0)))],
            headers={"content-type": "application/json"},
        )
    if kind == "status":
        return httpx.Response(
            draw(st.sampled_from([100, 199, 204, 301, 304, 399, 418, 451, 520, 599, 600, 999])),
            json=case.success_body,
        )
    if kind == "content-type":
        return httpx.Response(
            status, content=draw(st.binary(max_size=40)), headers={"content-type": "text/plain"}
        )
    return httpx.Response(status, content=b"")


RAW = (KeyError, ValueError, TypeError, AttributeError, json.JSONDecodeError, IndexError)


@pytest.mark.parametrize("case", CASES, ids=repr)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hostile_responses_raise_only_giftkit_errors(case: Case, data: st.DataObject) -> None:
    response = data.draw(hostile(case))
    client = connect(case.provider, lambda r: response, max_retries=0)
    try:
        case.module.sync(client=client, **case.kwargs)
    except giftkit.GiftkitError:
        pass
    except RAW as exc:  # pragma: no cover - this is the failure being tested for
        pytest.fail(f"raw {type(exc).__name__} leaked: {exc}")


def _date_times(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of the RFC 3339 date-times in a JSON document."""
    import re

    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _date_times(v, (*path, k))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _date_times(v, (*path, i))]
    if isinstance(node, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", node):
        return [path]
    return []


DATED = [c for c in CASES if _date_times(c.success_body)]


@pytest.mark.parametrize("case", DATED, ids=repr)
async def test_a_date_time_the_model_cannot_parse_is_a_giftkit_error(case: Case) -> None:
    """RFC 3339 allows `2017-09-19t20:46:44z`; Python's fromisoformat, which the generated models
    use, rejects it. giftkit must say so itself rather than let the generated client fail."""
    assert len(DATED) >= 3  # the specs' examples carry date-times in several providers
    body = json.loads(json.dumps(case.success_body))
    path = _date_times(body)[0]
    node = body
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = node[path[-1]].replace("T", "t").replace("Z", "z")
    client = connect(case.provider, lambda r: httpx.Response(case.success_status, json=body))
    with pytest.raises(giftkit.UnexpectedResponseError, match="date-time"):
        case.module.sync(client=client, **case.kwargs)
    with pytest.raises(giftkit.UnexpectedResponseError, match="date-time"):
        await case.module.asyncio(client=client, **case.kwargs)


# --- open enums in answers (issue 13.2) ------------------------------------------------------------

UNDOCUMENTED = "giftkit-undocumented-value"


def _success_schema(case: Case) -> tuple[dict[str, Any], Any]:
    from giftkit._connect import profile

    spec = dict(profile(case.provider).load_spec())
    op = spec["paths"][case.template][case.method.lower()]
    answer = _resolve(spec, op["responses"][str(case.success_status)])
    media = next(v for k, v in (answer.get("content") or {}).items() if "json" in k)
    return spec, media.get("schema")


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token]
        node = target
    return node


def _enum_paths(spec: dict[str, Any], schema: Any, node: Any, path: tuple[Any, ...] = ()) -> list:  # type: ignore[type-arg]
    """Paths in an answer whose schema is an open (multi-value string) enum, through properties,
    items and allOf (not through oneOf/anyOf, whose branch is a separate question)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    found = []
    values = schema.get("enum")
    if isinstance(node, str) and isinstance(values, list) and len(values) > 1:
        found.append(path)
    for part in schema.get("allOf", ()):
        found += _enum_paths(spec, part, node, path)
    if isinstance(node, dict):
        for key, sub in (schema.get("properties") or {}).items():
            if key in node:
                found += _enum_paths(spec, sub, node[key], (*path, key))
    if isinstance(node, list) and "items" in schema:
        for i, item in enumerate(node):
            found += _enum_paths(spec, schema["items"], item, (*path, i))
    return found


def _unknown_values(obj: Any) -> list[Any]:
    """Every UnknownEnumValue in a parsed answer (attrs models, lists)."""
    import attrs

    if type(obj).__name__ == "UnknownEnumValue":
        return [obj]
    if isinstance(obj, list):
        return [u for item in obj for u in _unknown_values(item)]
    if attrs.has(type(obj)):
        return [u for f in attrs.fields(type(obj)) for u in _unknown_values(getattr(obj, f.name))]
    return []


ENUMERATED = [c for c in CASES if _enum_paths(*_success_schema(c), c.success_body)]


@pytest.mark.parametrize("case", ENUMERATED, ids=repr)
def test_an_undocumented_enum_value_in_an_answer_is_kept_not_rejected(case: Case) -> None:
    """Providers add enum values: the answer parses, the field holds an UnknownEnumValue with the
    raw string, and that value can never be sent back (to_dict raises naming the field)."""
    assert len({c.provider for c in ENUMERATED}) >= 2  # several specs answer with enums
    spec, schema = _success_schema(case)
    body = json.loads(json.dumps(case.success_body))
    path = _enum_paths(spec, schema, body)[0]
    node = body
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = UNDOCUMENTED
    client = connect(case.provider, lambda r: httpx.Response(case.success_status, json=body))
    result = case.module.sync(client=client, **case.kwargs)
    unknown = _unknown_values(result)
    assert [u.raw for u in unknown] == [UNDOCUMENTED]
    holder = result[path[0]] if isinstance(result, list) else result
    with pytest.raises(ValueError, match=f"{path[-1]}: '{UNDOCUMENTED}' is not a documented"):
        holder.to_dict()
