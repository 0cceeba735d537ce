"""The fast schema checks (jsonschema_rs) decide exactly as jsonschema does.

giftkit validates every request and success body on the hot path with a Rust validator and
asks jsonschema only to word the errors of an invalid instance. A disagreement in the direction
"fast says valid, jsonschema says invalid" would let a body through that breaks a documented
rule, so agreement is checked on every spec's examples, on every derived negative (one per
constraint, tests/specs/_constraints.py) and on generated mutations of the examples; and on the
places where Rust and Python semantics differ (regex `$`, formats, multipleOf).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from giftkit._spec import PARSED_FORMATS, OperationTable
from speclib import load_spec, spec_names

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "specs"))
from _constraints import Spec, Target

# request bodies and parameters: every format; server answers: the formats the models parse
MODES = {"request": None, "response": PARSED_FORMATS}


def _reference(
    table: OperationTable, pointer: str, instance: Any, formats: frozenset[str] | None = None
) -> bool:
    return bool(table.validator(pointer, formats=formats).is_valid(instance))


def _fast(table: OperationTable, pointer: str, formats: frozenset[str] | None = None) -> Any:
    table.errors(pointer, None, formats=formats)  # compiles the fast check on first use
    check = table.__dict__["_checks"][(pointer, formats)]
    assert check is not None, f"no fast check for {pointer}: every call would be slow"
    return check


def _targets(provider: str) -> list[tuple[Target, list[Any]]]:
    spec = Spec(provider, load_spec(provider))
    out = []
    for target in spec.targets():
        instances = [target.base]
        instances += [v.payload for v in spec.violations(target) if v.problem is None]
        out.append((target, instances))
    return out


TARGETS = {name: _targets(name) for name in spec_names()}
TABLES = {name: OperationTable(load_spec(name)) for name in spec_names()}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", spec_names())
def test_agrees_with_jsonschema_on_examples_and_derived_negatives(provider: str, mode: str) -> None:
    table = TABLES[provider]
    formats = MODES[mode]
    checked = rejected = 0
    for target, instances in TARGETS[provider]:
        pointer = "#" + target.pointer
        fast = _fast(table, pointer, formats)
        for instance in instances:
            expected = _reference(table, pointer, instance, formats)
            assert fast(instance) is expected, (target.label, instance)
            checked += 1
            rejected += not expected
    assert checked > len(TARGETS[provider]) and rejected > 0  # negatives were really checked


_TRICKY = st.sampled_from(
    [
        "",
        "\n",
        "ABC\n",  # Python's `$` matches before a final newline, Rust's does not
        "123\n",
        "12:30\n",
        "2017-09-19T20:46:44Z",
        "2017-09-19t20:46:44z",  # jsonschema upper-cases date-times
        "2016-12-31T23:59:60Z",  # a leap second: jsonschema rejects it
        "2017-02-29T00:00:00Z",
        "2017-09-19",
        "2017-09-19\n",
        "٢٠١٧-09-19",  # non-ASCII digits
        "https://example.com/a b",
        "a@b",
        "not an email",
        "P1D",
        "GIFTCODE-1",
    ]
)
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | _TRICKY,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


def _replace(whole: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    whole = copy.deepcopy(whole)
    node = whole
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return whole


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", spec_names())
@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_agrees_with_jsonschema_on_mutated_examples(
    provider: str, mode: str, data: st.DataObject
) -> None:
    table = TABLES[provider]
    formats = MODES[mode]
    target, instances = data.draw(st.sampled_from(TARGETS[provider]))
    base = instances[0]
    path = data.draw(st.sampled_from(_paths(base)))
    instance = _replace(base, path, data.draw(_JSON))
    pointer = "#" + target.pointer
    expected = _reference(table, pointer, instance, formats)
    assert _fast(table, pointer, formats)(instance) is expected


def _table(**schemas: Any) -> OperationTable:
    return OperationTable({"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}})


@pytest.mark.parametrize(
    ("schema", "instance"),
    [
        ({"type": "string", "pattern": "^[A-Z]+$"}, "ABC\n"),  # valid for re.search
        ({"type": "string", "pattern": "^[A-Z]+$"}, "ABC\nD"),
        ({"type": "string", "pattern": r"^\d+$"}, "١٢٣"),  # Unicode digits: valid for re
        ({"type": "string", "format": "date-time"}, "2016-12-31T23:59:60Z"),
        ({"type": "string", "format": "date-time"}, "2017-09-19t20:46:44z"),
        ({"type": "string", "format": "date-time"}, "2017-09-19T20:46:44Z\n"),
        ({"type": "string", "format": "date"}, "2017-02-29"),
        ({"type": "string", "format": "email"}, "a@b"),
        ({"type": "string", "format": "uri"}, "relative/path"),
        ({"type": "string", "format": "double"}, "anything"),  # unknown format: ignored
        ({"type": "number", "multipleOf": 0.01}, 0.07),  # jsonschema's float rule rejects it
        ({"type": "number", "multipleOf": 0.5}, 1.5),
        ({"type": "integer"}, 1.0),
        ({"type": "integer", "maximum": 5}, 2**80),
        ({"enum": [1, "a"]}, True),
        ({"const": {"pattern": "x"}}, {"pattern": "x"}),  # instance data is not a keyword
        (
            {"type": "object", "properties": {"pattern": {"type": "string"}}},
            {"pattern": "any text"},
        ),
        ({"type": "array", "uniqueItems": True}, [1, True]),
        ({"type": "array", "uniqueItems": True}, [1, 1.0]),
    ],
)
def test_agrees_where_rust_and_python_semantics_differ(schema: Any, instance: Any) -> None:
    table = _table(S=schema)
    pointer = "#/components/schemas/S"
    expected = _reference(table, pointer, instance)
    assert _fast(table, pointer)(instance) is expected
    assert (table.errors(pointer, instance) == {}) is expected


def test_an_instance_rust_cannot_take_is_left_to_jsonschema() -> None:
    """A lone surrogate (json.loads makes one from "\\ud800") cannot cross into Rust: the fast
    check raises, which is no verdict, and jsonschema decides."""
    table = _table(S={"type": "string", "maxLength": 1})
    pointer = "#/components/schemas/S"
    with pytest.raises(UnicodeEncodeError):
        _fast(table, pointer)("\ud800")
    assert table.errors(pointer, "\ud800") == {}
    assert table.errors(pointer, "\ud800\ud800") == {"body": ["must have at most 1 characters"]}


def test_a_spec_with_pattern_properties_is_left_to_jsonschema() -> None:
    table = _table(S={"type": "object", "patternProperties": {"^x-": {"type": "integer"}}})
    pointer = "#/components/schemas/S"
    table.errors(pointer, {})
    assert table.__dict__["_checks"][(pointer, None)] is None
    assert table.errors(pointer, {"x-a": "no"}) == {"x-a": ["must be of type integer"]}
    assert table.errors(pointer, {"x-a": 1, "other": "yes"}) == {}


def test_a_format_check_that_raises_falls_back_to_jsonschema() -> None:
    """An exception inside the fast check is not a verdict: jsonschema decides (and words it)."""
    table = _table(S={"type": "object", "required": ["a"]})
    pointer = "#/components/schemas/S"
    table.errors(pointer, {})

    def broken(instance: Any) -> bool:
        raise RuntimeError("boom")

    table.__dict__["_checks"][(pointer, None)] = broken
    assert table.errors(pointer, {"a": 1}) == {}
    assert table.errors(pointer, {}) == {"a": ["is required"]}


def test_answers_are_checked_for_the_formats_the_models_parse_only() -> None:
    """A provider's off-spec e-mail or URI in an answer is tolerated (the model keeps a string);
    a date-time the generated parser would choke on is not."""
    table = _table(
        S={
            "type": "object",
            "properties": {
                "email": {"type": "string", "format": "email"},
                "href": {"type": "string", "format": "uri"},
                "at": {"type": "string", "format": "date-time"},
            },
        }
    )
    pointer = "#/components/schemas/S"
    odd = {"email": "not an email", "href": "relative/path"}
    assert table.errors(pointer, odd) == {
        "email": ["must be a valid email"],
        "href": ["must be a valid uri"],
    }
    assert table.response_errors(pointer, odd) == {}
    assert table.response_errors(pointer, {"at": "2016-12-31T23:59:60Z"}) == {
        "at": ["must be a valid date-time"]
    }


@pytest.mark.parametrize(
    ("schema", "instance"),
    [
        ({"type": "string", "format": "date-time"}, "2017-09-19t20:46:44z"),
        ({"type": "string", "format": "date-time"}, "2017-09-19T20:46:44z"),
    ],
)
def test_answers_are_checked_as_the_models_parse(schema: Any, instance: Any) -> None:
    """Valid RFC 3339 (jsonschema accepts it in a request) that the models' fromisoformat
    rejects: an answer carrying it is refused by both the fast check and jsonschema."""
    table = _table(S=schema)
    pointer = "#/components/schemas/S"
    assert table.errors(pointer, instance) == {}
    assert _fast(table, pointer, PARSED_FORMATS)(instance) is False
    assert table.response_errors(pointer, instance) == {"body": ["must be a valid date-time"]}


_DATE_TIME_EDGES = [
    "2017-09-19T20:46:44Z",
    "2017-09-19t20:46:44z",
    "2017-09-19T20:46:44.123+05:30",
    "2016-02-29T00:00:00Z",  # leap year
    "2017-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",  # not a leap year
    "2000-02-29T00:00:00Z",
    "0000-01-01T00:00:00Z",  # year 0
    "2017-04-31T00:00:00Z",
    "2017-12-31T23:59:59Z",
    "2017-12-00T00:00:00Z",
    "2017-13-01T00:00:00Z",
    "2016-12-31T23:59:60Z",
    "2017-09-19T20:46:44Z\n",
    "٢٠١٧-09-19T20:46:44Z",
    "2017-09-19 20:46:44Z",
    "",
    None,
    17,
]


@given(
    st.sampled_from(_DATE_TIME_EDGES)
    | st.builds(
        "{:04d}-{:02d}-{:02d}{}{:02d}:{:02d}:{:02d}{}".format,
        st.integers(0, 2400),
        st.integers(0, 13),
        st.integers(0, 32),
        st.sampled_from(["T", "t", " "]),
        st.integers(0, 24),
        st.integers(0, 60),
        st.integers(0, 61),
        st.sampled_from(["Z", "z", "+01:00", "-23:59", "+24:00", "", ".5Z"]),
    )
    | st.text(max_size=25)
)
@settings(max_examples=1500, derandomize=True, deadline=None)
def test_the_faster_date_time_check_is_jsonschemas(instance: Any) -> None:
    from jsonschema._format import is_datetime

    from giftkit._spec import rfc3339_date_time

    assert rfc3339_date_time()(instance) is is_datetime(instance)
