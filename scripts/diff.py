"""`make diff BASE=<ref>`: what changed in specs/ and in the generated Python API since BASE.

Spec changes are classified by who they break: a change is *breaking* when a client or caller
written against BASE can now send a request the provider rejects, or receive a response it cannot
parse (operation, server or auth removed; request rule tightened; response field removed, retyped
or given new enum values; success status changed). The generated Python API is compared with
griffe's API check. `--changelog FILE` appends the report (`make release-notes`).
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speclib import ROOT, load_yaml, operations, resolve

TIGHTER_IF_GREATER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
TIGHTER_IF_SMALLER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


@dataclass(frozen=True)
class Change:
    provider: str
    breaking: bool
    where: str
    what: str


class SpecComparer:
    def __init__(self, provider: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.provider, self.old, self.new = provider, old, new
        self.changes: list[Change] = []

    def add(self, breaking: bool, where: str, what: str) -> None:
        self.changes.append(Change(self.provider, breaking, where, what))

    def compare(self) -> list[Change]:
        old_ops = {(o.method, o.path): o for o in operations(self.old)}
        new_ops = {(o.method, o.path): o for o in operations(self.new)}
        for key in sorted(old_ops.keys() - new_ops.keys()):
            self.add(
                True, f"{key[0].upper()} {key[1]}", f"operation {old_ops[key].operation_id} removed"
            )
        for key in sorted(new_ops.keys() - old_ops.keys()):
            self.add(
                False, f"{key[0].upper()} {key[1]}", f"operation {new_ops[key].operation_id} added"
            )
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(f"{key[0].upper()} {key[1]}", old_ops[key].node, new_ops[key].node)
        old_servers = {s.get("url") for s in self.old.get("servers", [])}
        new_servers = {s.get("url") for s in self.new.get("servers", [])}
        for url in sorted(old_servers - new_servers):
            self.add(True, "servers", f"server {url} removed")
        for url in sorted(new_servers - old_servers):
            self.add(False, "servers", f"server {url} added")
        old_schemes = (self.old.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (self.new.get("components") or {}).get("securitySchemes") or {}
        for key in sorted(old_schemes.keys() | new_schemes.keys()):
            a, b = old_schemes.get(key), new_schemes.get(key)
            if a is None:
                self.add(False, "security", f"scheme {key} added")
            elif b is None:
                self.add(True, "security", f"scheme {key} removed")
            elif {k: v for k, v in a.items() if not k.startswith("x-") and k != "description"} != {
                k: v for k, v in b.items() if not k.startswith("x-") and k != "description"
            }:
                self.add(True, "security", f"scheme {key} changed")
        return self.changes

    def operation(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.add(
                True,
                where,
                f"operationId {old.get('operationId')} -> {new.get('operationId')} (renames the generated function)",
            )
        self.parameters(where, old.get("parameters", []), new.get("parameters", []))
        old_body = self._json_schema(old.get("requestBody"), self.old)
        new_body = self._json_schema(new.get("requestBody"), self.new)
        if old_body is not None or new_body is not None:
            self.schema(f"{where} request", old_body or {}, new_body or {}, request=True, depth=0)
        old_resp, new_resp = old.get("responses", {}), new.get("responses", {})
        for code in sorted(set(map(str, old_resp)) | set(map(str, new_resp))):
            a, b = old_resp.get(code), new_resp.get(code)
            success = code.startswith("2")
            if a is None:
                self.add(
                    success,
                    f"{where} {code}",
                    "response added" + (" (new success status)" if success else ""),
                )
            elif b is None:
                self.add(success, f"{where} {code}", "response removed")
            else:
                sa, sb = self._json_schema(a, self.old), self._json_schema(b, self.new)
                if sa is not None or sb is not None:
                    self.schema(f"{where} {code}", sa or {}, sb or {}, request=False, depth=0)

    def parameters(self, where: str, old: list[Any], new: list[Any]) -> None:
        def by_key(
            spec: dict[str, Any], params: list[Any]
        ) -> dict[tuple[str, str], dict[str, Any]]:
            out = {}
            for p in params:
                p = resolve(spec, p)
                out[(p.get("in", ""), p.get("name", ""))] = p
            return out

        a, b = by_key(self.old, old), by_key(self.new, new)
        for key in sorted(a.keys() - b.keys()):
            self.add(True, where, f"{key[0]} parameter {key[1]} removed")
        for key in sorted(b.keys() - a.keys()):
            self.add(
                bool(b[key].get("required")),
                where,
                f"{'required' if b[key].get('required') else 'optional'} {key[0]} parameter {key[1]} added",
            )
        for key in sorted(a.keys() & b.keys()):
            if b[key].get("required") and not a[key].get("required"):
                self.add(True, where, f"{key[0]} parameter {key[1]} became required")
            self.schema(
                f"{where} {key[0]} {key[1]}",
                a[key].get("schema", {}),
                b[key].get("schema", {}),
                request=True,
                depth=0,
            )

    def _json_schema(self, node: Any, spec: dict[str, Any]) -> dict[str, Any] | None:
        node = resolve(spec, node) if node else None
        if not node:
            return None
        content = node.get("content") or {}
        for media, item in content.items():
            if "json" in media:
                return item.get("schema", {})
        return None

    def schema(self, where: str, a: Any, b: Any, *, request: bool, depth: int) -> None:
        if depth > 12 or not isinstance(a, dict) or not isinstance(b, dict):
            return
        a, b = resolve(self.old, a), resolve(self.new, b)
        side = "request" if request else "response"
        types_a, types_b = _types(a), _types(b)
        if types_a and types_b and types_a != types_b:
            widened = types_a < types_b
            self.add(
                not (request and widened), where, f"type {sorted(types_a)} -> {sorted(types_b)}"
            )
        for key in ("enum",):
            if key in a or key in b:
                ea, eb = set(map(json.dumps, a.get(key, []))), set(map(json.dumps, b.get(key, [])))
                if eb - ea and ea:
                    self.add(
                        not request,
                        where,
                        f"{side} enum values added: {', '.join(sorted(eb - ea))}",
                    )
                if ea - eb and eb:
                    self.add(
                        request, where, f"{side} enum values removed: {', '.join(sorted(ea - eb))}"
                    )
        for key in TIGHTER_IF_GREATER + TIGHTER_IF_SMALLER + ("pattern", "format"):
            if a.get(key) != b.get(key):
                tighter = (
                    (key in ("pattern", "format") and key in b)
                    or (key in TIGHTER_IF_GREATER and (b.get(key) or 0) > (a.get(key) or 0))
                    or (
                        key in TIGHTER_IF_SMALLER and key in b and (key not in a or b[key] < a[key])
                    )
                )
                self.add(request and tighter, where, f"{key} {a.get(key)!r} -> {b.get(key)!r}")
        req_a, req_b = set(a.get("required", [])), set(b.get("required", []))
        for name in sorted(req_b - req_a):
            self.add(request, where, f"property {name} became required")
        for name in sorted(req_a - req_b):
            self.add(not request, where, f"property {name} no longer required")
        props_a, props_b = a.get("properties") or {}, b.get("properties") or {}
        for name in sorted(props_a.keys() - props_b.keys()):
            self.add(True, where, f"{side} property {name} removed")
        for name in sorted(props_b.keys() - props_a.keys()):
            self.add(request and name in req_b, where, f"{side} property {name} added")
        for name in sorted(props_a.keys() & props_b.keys()):
            self.schema(
                f"{where}.{name}", props_a[name], props_b[name], request=request, depth=depth + 1
            )
        if "items" in a and "items" in b:
            self.schema(f"{where}[]", a["items"], b["items"], request=request, depth=depth + 1)
        for key in ("anyOf", "oneOf", "allOf"):
            la, lb = a.get(key) or [], b.get(key) or []
            if len(la) != len(lb):
                self.add(True, where, f"{key} alternatives {len(la)} -> {len(lb)}")
            for i, (x, y) in enumerate(zip(la, lb, strict=False)):
                self.schema(f"{where}<{key}[{i}]>", x, y, request=request, depth=depth + 1)


def _types(schema: dict[str, Any]) -> set[str]:
    t = schema.get("type")
    return set(t) if isinstance(t, list) else ({t} if t else set())


def extract_base(base: str, dest: Path) -> None:
    archive = subprocess.run(
        ["git", "archive", "--format=tar", base, "--", "specs", "generated"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", base], cwd=ROOT, capture_output=True, check=True
        )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(("specs/", "generated/"))]
        tar.extractall(dest, members=members, filter="data")


def python_api_changes(provider: str, base_root: Path) -> list[Change]:
    import griffe

    package = f"{provider}_client"
    old_path = base_root / "generated" / package
    new_path = ROOT / "generated" / package
    if not old_path.is_dir() or not new_path.is_dir():
        return []
    old = griffe.load(
        package, search_paths=[str(old_path)], try_relative_path=False, store_source=False
    )
    new = griffe.load(
        package, search_paths=[str(new_path)], try_relative_path=False, store_source=False
    )
    return [
        Change(
            provider, True, "python API", b.explain(style=griffe.ExplanationStyle.ONE_LINE).strip()
        )
        for b in griffe.find_breaking_changes(old, new)
    ]


def collect(base: str) -> list[Change]:
    changes: list[Change] = []
    with tempfile.TemporaryDirectory(prefix="giftkit-diff-") as tmp:
        base_root = Path(tmp)
        extract_base(base, base_root)
        names = sorted(
            {p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.startswith(".")}
            | {p.stem for p in (base_root / "specs").glob("*.yaml") if not p.name.startswith(".")}
        )
        for name in names:
            old_path, new_path = (
                base_root / "specs" / f"{name}.yaml",
                ROOT / "specs" / f"{name}.yaml",
            )
            if not old_path.exists():
                changes.append(Change(name, False, "spec", "provider added"))
                continue
            if not new_path.exists():
                changes.append(Change(name, True, "spec", "provider removed"))
                continue
            old, new = load_yaml(old_path.read_text()), load_yaml(new_path.read_text())
            changes += SpecComparer(name, old, new).compare()
            changes += python_api_changes(name, base_root)
    return changes


def report(base: str, changes: list[Change]) -> str:
    lines = [f"## Changes since {base}", ""]
    if not changes:
        return "\n".join([*lines, "No changes to specs or the generated API.", ""])
    for title, breaking in (("Breaking", True), ("Non-breaking", False)):
        selected = [c for c in changes if c.breaking is breaking]
        lines.append(f"### {title} ({len(selected)})")
        lines += [f"- **{c.provider}** {c.where}: {c.what}" for c in selected] or ["- none"]
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--changelog", type=Path)
    args = parser.parse_args()
    changes = collect(args.base)
    text = report(args.base, changes)
    print(text)
    if args.changelog:
        path = args.changelog if args.changelog.is_absolute() else ROOT / args.changelog
        existing = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n\n"
        stamp = datetime.date.today().isoformat()
        path.write_text(existing.rstrip() + f"\n\n<!-- {stamp} -->\n" + text, encoding="utf-8")
        print(f"appended to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
