"""The one OpenAPI reader: operations, references, path templates and their precedence, examples.

Every reader of a spec goes through here: the runtime's operation table (`_spec.py`), the
simulators' index (`testing/_spec.py`), the scripts (`scripts/speclib.py`) and the tests. Each
keeps its own views (validators, coercion, generated-module lookup) on top of the same facts.

Route precedence (one rule, everywhere): of the templates matching a path for a method, the
one with a literal segment where the others have a parameter, at the first segment where they
differ, wins (`/vouchers/import` before `/vouchers/{code}`); among equals, more literal
characters win. A router tries templates in `route_order`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PATH_PARAMETER = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True)
class RawOperation:
    """One operation as the spec writes it (nothing resolved)."""

    path: str
    method: str  # lower case, as in the spec
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId") or f"{self.method} {self.path}")

    @property
    def pointer(self) -> str:
        return f"/paths/{escape_pointer(self.path)}/{self.method}"


def operations(spec: Mapping[str, Any]) -> Iterator[RawOperation]:
    """Every operation of a spec, in document order (path items given by `$ref` resolved)."""
    for path, item in (spec.get("paths") or {}).items():
        item = deref(spec, item)
        for method in METHODS:
            node = item.get(method)
            if isinstance(node, Mapping):
                yield RawOperation(path, method, node, item)


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(spec: Any, ref: str) -> Any:
    """The node a local reference (`#/components/...`) points at."""
    node = spec
    for token in ref.lstrip("#").strip("/").split("/"):
        if token:
            node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def deref(spec: Any, node: Any, *, limit: int = 32) -> Any:
    """`node` with local `$ref`s followed until a node that is not a reference."""
    for _ in range(limit):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node
        node = resolve_pointer(spec, node["$ref"])
    raise ValueError(f"reference chain longer than {limit}")


def media_examples(spec: Any, container: Any) -> list[Any]:
    """The JSON examples of a request body or response: each named example's value (given or by
    `$ref`), then the media type's `example`, in document order."""
    out: list[Any] = []
    for name, media in (deref(spec, container).get("content") or {}).items():
        if "json" not in name:
            continue
        for example in (media.get("examples") or {}).values():
            example = deref(spec, example)
            if isinstance(example, Mapping) and "value" in example:
                out.append(example["value"])
        if "example" in media:
            out.append(media["example"])
    return out


# -- path templates -------------------------------------------------------------------------------


def template_parameters(template: str) -> tuple[str, ...]:
    return tuple(PATH_PARAMETER.findall(template))


def route_order(template: str) -> tuple[tuple[int, ...], int]:
    """Sort key: templates earlier in this order win a path they both match (module docstring)."""
    segments = template.strip("/").split("/")
    shape = tuple(1 if PATH_PARAMETER.search(s) else 0 for s in segments)
    return shape, -len(PATH_PARAMETER.sub("", template))


def template_regex(template: str, value: str = "[^/]+", *, named: bool = False) -> str:
    """A regex source matching the template; one group per parameter, each matching `value`
    (named `p_<hex-escaped name>` when `named`, for names that are no Python identifiers)."""
    out, pos = [], 0
    for match in PATH_PARAMETER.finditer(template):
        out.append(re.escape(template[pos : match.start()]))
        name = f"?P<{group_name(match.group(1))}>" if named else ""
        out.append(f"({name}{value})")
        pos = match.end()
    out.append(re.escape(template[pos:]))
    return "".join(out)


def group_name(name: str) -> str:
    return "p_" + "".join(c if c.isalnum() else f"_{ord(c):x}_" for c in name)


def parameter_name(group: str) -> str:
    return re.sub(r"_([0-9a-f]+)_", lambda m: chr(int(m.group(1), 16)), group[2:])
