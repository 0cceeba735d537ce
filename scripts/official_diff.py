"""Diff our specs against the providers' official OpenAPI documents in specs/official/.

For every operation of ours that an official document also describes (same method and path), the
servers, the security, the parameters and every request and response schema are compared
property by property: types (nullability included), required, properties, formats, patterns and
enums. A departure is documented when the node of ours where it happens (or the object holding
the property, naming it) carries `x-deviation` that names its evidence. Exit status 1 on any
undocumented departure; the report says what was compared.

The documents belonging to a provider come from specs/official/manifest.json: `<provider>.json`
and `<provider>-<variant>.json`. Each is compared on its own, so where two official files
disagree, ours departs from one of them and has to say why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speclib import SPECS_DIR, load_spec, operations, spec_names

OFFICIAL_DIR = SPECS_DIR / "official"
MANIFEST = OFFICIAL_DIR / "manifest.json"
# An x-deviation must point at evidence: the provider's examples, prose, changelog, SDKs, seeds
# or an observed answer.
EVIDENCE = re.compile(
    r"example|description|prose|documented|documentation|changelog|observed|sdk|seed|guide|"
    r"official|readme|answer",
    re.IGNORECASE,
)
COMPOSITIONS = ("oneOf", "anyOf")


@dataclass(frozen=True)
class Departure:
    document: str
    operation: str
    where: str
    what: str
    documented: bool
    narrows: bool = True
    widens: bool = True


@dataclass
class Report:
    operations: list[str] = field(default_factory=list)
    properties: int = 0
    departures: list[Departure] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)

    @property
    def undocumented(self) -> list[Departure]:
        return [d for d in self.departures if not d.documented]


def official_documents(provider: str) -> list[Path]:
    """The official files of a provider, as the manifest lists them (hash-checked)."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    found = []
    for name, entry in sorted(manifest["documents"].items()):
        stem = name.rsplit(".", 1)[0]
        if stem == provider or stem.startswith(provider + "-"):
            path = OFFICIAL_DIR / name
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != entry["sha256"]:
                raise SystemExit(f"{path}: sha256 {digest} differs from manifest.json")
            found.append(path)
    return found


def _deref(doc: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    ref = None
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, ref


def _ref_name(doc: dict[str, Any], node: Any) -> str:
    ref = _deref(doc, node)[1]
    return ref.rsplit("/", 1)[-1] if ref else ""


def _deviation_of(node: Any) -> str:
    return str(node.get("x-deviation", "")) if isinstance(node, dict) else ""


@dataclass
class Shape:
    """A schema flattened for comparison: allOf merged, nullability folded into `types`."""

    types: frozenset[str] | None
    properties: dict[str, Any]
    required: frozenset[str]
    items: Any
    branches: list[Any]
    format: str | None
    pattern: str | None
    enum: frozenset[str] | None
    deviation: str


def _types_of(node: dict[str, Any]) -> set[str] | None:
    declared = node.get("type")
    if declared is None:
        if "const" in node:
            return {_json_type(node["const"])}
        return None
    types = set(declared) if isinstance(declared, list) else {declared}
    if node.get("nullable") is True:
        types.add("null")
    return types


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else "object" if isinstance(value, dict) else "array"


def flatten(doc: dict[str, Any], node: Any, deviation: str = "") -> Shape:
    node, _ = _deref(doc, node)
    node = node if isinstance(node, dict) else {}
    deviation = " ".join(filter(None, [deviation, _deviation_of(node)]))
    types = _types_of(node)
    properties: dict[str, Any] = dict(node.get("properties") or {})
    required = set(node.get("required") or [])
    enum = node.get("enum")
    if "const" in node:
        enum = [node["const"]]
    shape_format, pattern, items = node.get("format"), node.get("pattern"), node.get("items")
    for part in node.get("allOf") or []:
        sub = flatten(doc, part)
        if sub.types is not None:
            types = set(sub.types) if types is None else types & sub.types
        properties.update({k: v for k, v in sub.properties.items() if k not in properties})
        required |= sub.required
        shape_format, pattern = shape_format or sub.format, pattern or sub.pattern
        items = items if items is not None else sub.items
        enum = (
            enum if enum is not None else ([json.loads(v) for v in sub.enum] if sub.enum else None)
        )
        deviation = " ".join(filter(None, [deviation, sub.deviation]))
    branches = []
    for key in COMPOSITIONS:
        for branch in node.get(key) or []:
            target, _ = _deref(doc, branch)
            if (isinstance(target, dict) and target.get("type") == "null" and len(target) <= 2) or (
                isinstance(target, dict)
                and set(target) <= {"enum", "description", "x-deviation"}
                and target.get("enum") == [None]
            ):
                types = (types or set()) | {"null"}
            else:
                branches.append(branch)
    if len(branches) == 1:  # `oneOf: [X, null]` is X, nullable
        inner = flatten(doc, branches[0], deviation)
        merged_types = None if inner.types is None else inner.types | (types or set())
        return Shape(
            merged_types,
            inner.properties or properties,
            inner.required | frozenset(required),
            inner.items if inner.items is not None else items,
            inner.branches,
            inner.format or shape_format,
            inner.pattern or pattern,
            inner.enum,
            inner.deviation,
        )
    if enum is not None and None in enum:
        types = (types or set()) | {"null"}
    return Shape(
        frozenset(types) if types is not None else None,
        properties,
        frozenset(required),
        items,
        branches,
        shape_format,
        pattern,
        frozenset(json.dumps(v) for v in enum if v is not None) if enum is not None else None,
        deviation,
    )


class Comparer:
    def __init__(self, ours: dict[str, Any], theirs: dict[str, Any], document: str) -> None:
        self.ours, self.theirs, self.document = ours, theirs, document
        self.properties = 0
        # (where, what) -> (ours rejects what the official allows, ours allows what it forbids)
        self.flags: dict[tuple[str, str], tuple[bool, bool]] = {}

    def schemas(
        self, ours: Any, theirs: Any, where: str, depth: int = 0
    ) -> list[tuple[str, str, str]]:
        """(where, what, deviation text in force) for each difference."""
        if depth > 12:
            return []
        mine, official = flatten(self.ours, ours), flatten(self.theirs, theirs)
        if mine.branches or official.branches:
            return self._unions(ours, theirs, mine, official, where, depth)
        found: list[tuple[str, str, str]] = []

        def differ(what: str) -> None:
            found.append((where, what, mine.deviation))

        if mine.types is not None and official.types is not None and mine.types != official.types:
            what = f"type {sorted(mine.types)} vs official {sorted(official.types)}"
            self.flags[(where, what)] = (
                not mine.types >= official.types,
                not mine.types <= official.types,
            )
            differ(what)
            if not (mine.types - {"null"}) & (official.types - {"null"}):
                return found  # different kinds of value: nothing below compares
        for aspect in ("format", "pattern"):
            a, b = getattr(mine, aspect), getattr(official, aspect)
            if a != b:
                differ(f"{aspect} {a!r} vs official {b!r}")
        if mine.enum is not None and official.enum is not None and mine.enum != official.enum:
            differ(f"enum {sorted(mine.enum)} vs official {sorted(official.enum)}")
        elif (mine.enum is None) != (official.enum is None):
            differ(f"enum {'only ours' if official.enum is None else 'only official'}")
        if mine.required != official.required:
            what = f"required {sorted(mine.required)} vs official {sorted(official.required)}"
            self.flags[(where, what)] = (
                bool(mine.required - official.required),
                bool(official.required - mine.required),
            )
            differ(what)
        found += self._properties(mine, official, where, depth)
        if mine.items is not None and official.items is not None:
            found += self.schemas(mine.items, official.items, f"{where}[]", depth + 1)
        return found

    def _properties(
        self, mine: Shape, official: Shape, where: str, depth: int
    ) -> list[tuple[str, str, str]]:
        found: list[tuple[str, str, str]] = []
        for name in sorted(set(mine.properties) | set(official.properties)):
            here = f"{where}.{name}"
            named = mine.deviation if re.search(rf"\b{re.escape(name)}\b", mine.deviation) else ""
            if name not in official.properties:
                own = _deviation_of(mine.properties[name])
                found.append((here, "property only ours", " ".join(filter(None, [named, own]))))
            elif name not in mine.properties:
                found.append((here, "property only official", named))
            else:
                self.properties += 1
                ours_node = mine.properties[name]
                for spot, what, text in self.schemas(
                    ours_node, official.properties[name], here, depth + 1
                ):
                    # The property's own x-deviation, or its object's naming it, covers the
                    # property itself, not what lies deeper.
                    local = _deviation_of(ours_node) + " " + named if spot == here else ""
                    found.append((spot, what, " ".join(filter(None, [text, local]))))
        return found

    def _unions(
        self, ours: Any, theirs: Any, mine: Shape, official: Shape, where: str, depth: int
    ) -> list[tuple[str, str, str]]:
        """Each branch of ours against its best-matching official branch (and vice versa for
        official branches nothing of ours matches)."""
        my_branches = mine.branches or [ours]
        their_branches = official.branches or [theirs]
        found: list[tuple[str, str, str]] = []
        for index, branch in enumerate(my_branches):
            label = self._tags(self.ours, branch)
            named = str(_deref(self.ours, branch)[0].get("x-source", ""))
            candidates = [
                t
                for t in their_branches
                if _ref_name(self.theirs, t) and _ref_name(self.theirs, t) in named
            ] or [t for t in their_branches if label & self._tags(self.theirs, t)]
            trials = [
                self._quiet(branch, t, f"{where}<{index}>", depth)
                for t in candidates or their_branches
            ]
            best = min(trials, key=len)
            # The union's own x-deviation covers the branching (each branch's root), not what
            # lies inside the branches.
            root = f"{where}<{index}>"
            found += [
                (w, what, " ".join(filter(None, [text, mine.deviation if w == root else ""])))
                for w, what, text in best
            ]
        if mine.branches and official.branches and len(official.branches) > len(mine.branches):
            found.append(
                (
                    where,
                    f"union of {len(mine.branches)} vs official {len(official.branches)}",
                    mine.deviation,
                )
            )
        return found

    @staticmethod
    def _tags(doc: dict[str, Any], branch: Any) -> set[tuple[str, str]]:
        """The single-valued enums of a branch (`type: GIFT_VOUCHER`): what tells branches apart."""
        shape = flatten(doc, branch)
        tags = set()
        for name, node in shape.properties.items():
            values = flatten(doc, node).enum
            if values is not None and len(values) == 1:
                tags.add((name, next(iter(values))))
        return tags

    def _quiet(self, ours: Any, theirs: Any, where: str, depth: int) -> list[tuple[str, str, str]]:
        before = self.properties
        result = self.schemas(ours, theirs, where, depth + 1)
        self.properties = before + max(0, self.properties - before)
        return result


def _media(container: Any, doc: dict[str, Any]) -> dict[str, Any]:
    container, _ = _deref(doc, container)
    return (container or {}).get("content") or {}


def _security(spec: dict[str, Any], op: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset(req) for req in op.get("security", spec.get("security", []))}


def _params(
    doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for raw in list(path_item.get("parameters") or []) + list(op.get("parameters") or []):
        param, _ = _deref(doc, raw)
        found[
            (param["in"], param["name"].lower() if param["in"] == "header" else param["name"])
        ] = param
    return found


def compare_operation(
    cmp: Comparer, mine: Any, theirs_item: dict[str, Any], method: str
) -> Iterator[tuple[str, str, str]]:
    ours, theirs = mine.node, theirs_item[method]
    op_deviation = _deviation_of(ours)
    if _security(cmp.ours, ours) != _security(cmp.theirs, theirs):
        yield (
            "security",
            f"{sorted(map(sorted, _security(cmp.ours, ours)))} vs official "
            f"{sorted(map(sorted, _security(cmp.theirs, theirs)))}",
            op_deviation,
        )
    my_params, their_params = (
        _params(cmp.ours, mine.path_item, ours),
        _params(cmp.theirs, theirs_item, theirs),
    )
    for key in sorted(set(my_params) | set(their_params)):
        where = f"parameter {key[0]}:{key[1]}"
        if key not in their_params:
            yield (where, "parameter only ours", _deviation_of(my_params[key]) or op_deviation)
        elif key not in my_params:
            yield (where, "parameter only official", op_deviation)
        else:
            a, b = my_params[key], their_params[key]
            if bool(a.get("required")) != bool(b.get("required")):
                yield (
                    where,
                    f"required {bool(a.get('required'))} vs official {bool(b.get('required'))}",
                    _deviation_of(a),
                )
            for spot, what, text in cmp.schemas(a.get("schema"), b.get("schema"), where):
                yield (
                    spot,
                    what,
                    " ".join(filter(None, [text, _deviation_of(a) if spot == where else ""])),
                )
    yield from _bodies(cmp, ours, theirs, op_deviation)


def _bodies(
    cmp: Comparer, ours: dict[str, Any], theirs: dict[str, Any], op_deviation: str
) -> Iterator[tuple[str, str, str]]:
    pairs = []
    if ours.get("requestBody") or theirs.get("requestBody"):
        my_body, _ = _deref(cmp.ours, ours.get("requestBody") or {})
        their_body, _ = _deref(cmp.theirs, theirs.get("requestBody") or {})
        if bool(my_body.get("required")) != bool(their_body.get("required")):
            yield (
                "request body",
                f"required {bool(my_body.get('required'))} vs official "
                f"{bool(their_body.get('required'))}",
                _deviation_of(my_body) or op_deviation,
            )
        pairs.append(("request", my_body, their_body))
    my_responses, their_responses = ours.get("responses") or {}, theirs.get("responses") or {}
    for status in sorted(set(map(str, my_responses)) | set(map(str, their_responses))):
        mine = my_responses.get(status, my_responses.get(int(status)) if status.isdigit() else None)
        official = their_responses.get(status)
        if official is None:
            resolved, _ = _deref(cmp.ours, mine)
            yield (
                f"response {status}",
                "status only ours",
                _deviation_of(mine) or _deviation_of(resolved),
            )
        elif mine is None:
            yield (f"response {status}", "status only official", op_deviation)
        else:
            pairs.append((f"response {status}", mine, official))
    for label, mine, official in pairs:
        my_media, their_media = _media(mine, cmp.ours), _media(official, cmp.theirs)
        container, _ = _deref(cmp.ours, mine)
        local = _deviation_of(mine) or _deviation_of(container)
        for media in sorted(set(my_media) | set(their_media)):
            where = f"{label} {media}"
            if media not in their_media:
                yield (where, "media type only ours", _deviation_of(my_media[media]) or local)
            elif media not in my_media:
                yield (where, "media type only official", local)
            else:
                yield from cmp.schemas(
                    my_media[media].get("schema"), their_media[media].get("schema"), where
                )


def compare_servers(ours: dict[str, Any], theirs: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    my_servers = {s["url"]: s for s in ours.get("servers", [])}
    their_servers = {s["url"]: s for s in theirs.get("servers", [])}
    for url in sorted(set(my_servers) | set(their_servers)):
        if url not in their_servers:
            yield (f"server {url}", "server only ours", _deviation_of(my_servers[url]))
            continue
        if url not in my_servers:
            yield (f"server {url}", "server only official", "")
            continue
        for envs in [s for s in ours.get("servers", []) if s["url"] == url]:
            for name, official in (their_servers[url].get("variables") or {}).items():
                var = (envs.get("variables") or {}).get(name)
                text = _deviation_of(var) or _deviation_of(envs)
                if var is None:
                    yield (f"server {url} {{{name}}}", "variable only official", text)
                    continue
                if var.get("default") != official.get("default"):
                    yield (f"server {url} {{{name}}}", "default differs", text)
                if sorted(var.get("enum") or []) != sorted(official.get("enum") or []):
                    yield (
                        f"server {url} {{{name}}}",
                        f"enum {var.get('enum')} vs official {official.get('enum')}",
                        text,
                    )


def _settled_by_primary(d: Departure, primary: set[tuple[str, str, str]], note: str) -> bool:
    """A departure from a secondary official document is explained when the spec says which
    document the wire follows (`info.x-official-documents`), ours agrees with that document at
    this spot, and ours stays safe for both: requests accept what the secondary allows,
    responses send nothing the secondary forbids."""
    if not EVIDENCE.search(note) or (d.operation, d.where, d.what.split(" ")[0]) in primary:
        return False
    is_request = d.where.startswith(("request", "parameter"))
    return not (d.narrows if is_request else d.widens)


def diff_provider(provider: str, report: Report) -> None:
    ours = load_spec(provider)
    notes = (ours.get("info") or {}).get("x-official-documents") or {}
    primary: set[tuple[str, str, str]] = set()
    documents = official_documents(provider)
    # Followed documents first: the others' departures are judged against them.
    for path in sorted(documents, key=lambda p: bool((notes.get(p.name) or {}).get("follows"))):
        note = notes.get(path.name) or {}
        _diff_document(
            provider, ours, path, note if isinstance(note, dict) else {}, primary, report
        )


def _diff_document(
    provider: str,
    ours: dict[str, Any],
    path: Path,
    note: dict[str, Any],
    primary: set[tuple[str, str, str]],
    report: Report,
) -> None:
    theirs = json.loads(path.read_text(encoding="utf-8"))
    cmp = Comparer(ours, theirs, path.name)
    follows, deviation = note.get("follows"), str(note.get("x-deviation", ""))

    def record(operation: str, items: Iterator[tuple[str, str, str]]) -> None:
        for where, what, text in items:
            narrows, widens = cmp.flags.get((where, what), (False, False))
            documented = bool(EVIDENCE.search(text))
            d = Departure(path.name, operation, where, what, documented, narrows, widens)
            if follows and not documented and _settled_by_primary(d, primary, deviation):
                d = Departure(path.name, operation, where, what, True, narrows, widens)
            if not follows:
                primary.add((operation, where, what.split(" ")[0]))
            report.departures.append(d)

    record("(document)", compare_servers(ours, theirs))
    covered: set[tuple[str, str]] = set()
    for op in operations(ours, provider):
        item = (theirs.get("paths") or {}).get(op.path)
        if not item or op.method not in item:
            continue
        covered.add((op.path, op.method))
        report.operations.append(f"{provider} {op.operation_id} ({path.name})")
        record(op.operation_id, compare_operation(cmp, op, item, op.method))
    report.properties += cmp.properties
    for p, item in (theirs.get("paths") or {}).items():
        for method, node in item.items():
            if isinstance(node, dict) and "responses" in node and (p, method) not in covered:
                report.uncovered.append(f"{provider} {node.get('operationId')} ({path.name})")


def build_report() -> Report:
    report = Report()
    for provider in spec_names():
        diff_provider(provider, report)
    return report


def summary_lines(report: Report) -> list[str]:
    documented = len(report.departures) - len(report.undocumented)
    return [
        f"operations compared: {len(report.operations)}",
        f"properties compared: {report.properties}",
        f"departures documented (x-deviation with evidence): {documented}",
        f"departures undocumented: {len(report.undocumented)}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list documented departures too")
    args = parser.parse_args()
    report = build_report()
    print("official diff: " + "; ".join(summary_lines(report)))
    for d in report.departures:
        if args.verbose or not d.documented:
            mark = "documented" if d.documented else "UNDOCUMENTED"
            print(f"  {mark}: {d.document} {d.operation} {d.where}: {d.what}")
    return 1 if report.undocumented else 0


if __name__ == "__main__":
    raise SystemExit(main())
