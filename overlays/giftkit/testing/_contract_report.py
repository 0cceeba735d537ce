"""What `giftkit contract` writes: the JUnit XML, the Markdown summary and the HAR log.

All three and the exit status come from one `Verdict`, so they cannot disagree.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._contract import Recorder, mask

Case = tuple[
    str, str, str | None
]  # (provider.operation, kind: contract | skipped, failure or None)


@dataclass
class Verdict:
    """The outcome of a contract run: every case, and the problems reaching the server."""

    cases: list[Case] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # e.g. "connection refused to ... on 3 calls"

    @property
    def failures(self) -> int:
        return sum(1 for _, kind, message in self.cases if message and kind != "skipped")

    @property
    def skipped(self) -> int:
        return sum(1 for _, kind, _ in self.cases if kind == "skipped")

    @property
    def failed(self) -> bool:
        return bool(self.failures or self.problems)

    def headline(self) -> str:
        if not self.failed:
            return f"pass ({len(self.cases) - self.skipped} operations, {self.skipped} skipped)"
        why = "; ".join(self.problems) or f"{self.failures} failing operations"
        return f"FAIL ({why})"


def write_reports(
    report: Path,
    verdict: Verdict,
    recorder: Recorder,
    har: list[dict[str, Any]],
    secrets: list[str],
) -> list[Path]:
    """The JUnit file at `report`, a .md and a .har next to it; the paths written."""
    paths = [report, report.with_suffix(".md"), report.with_suffix(".har")]
    report.parent.mkdir(parents=True, exist_ok=True)
    _write_junit(report, verdict)
    paths[1].write_text(recorder.markdown(f"giftkit contract: {verdict.headline()}"))
    _write_har(paths[2], har, secrets)
    return paths


def har_entry(interaction: Any) -> dict[str, Any]:
    from datetime import UTC, datetime

    request, response = interaction.request, interaction.response
    body = request.body.decode("utf-8", "replace") if request.body is not None else None
    entry: dict[str, Any] = {
        "startedDateTime": datetime.fromtimestamp(interaction.timestamp, UTC).isoformat(),
        "time": round((response.elapsed if response is not None else 0) * 1000, 2),
        "request": {
            "method": request.method.upper(),
            "url": request.uri,
            "httpVersion": "HTTP/1.1",
            "headers": [{"name": k, "value": v[0]} for k, v in request.headers.items()],
            "queryString": [
                {"name": k, "value": v}
                for k, v in urllib.parse.parse_qsl(
                    urllib.parse.urlsplit(request.uri).query, keep_blank_values=True
                )
            ],
            "cookies": [],
            "headersSize": -1,
            "bodySize": request.body_size or 0,
        },
        "response": {
            "status": 0,
            "statusText": "",
            "httpVersion": "",
            "headers": [],
            "cookies": [],
            "content": {"size": 0, "mimeType": ""},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 0, "receive": 0},
    }
    if body is not None:
        entry["request"]["postData"] = {
            "mimeType": request.headers.get("Content-Type", [""])[0],
            "text": body,
        }
    if response is not None:
        text = response.text_lossy() if response.content is not None else ""
        entry["response"] = {
            "status": response.status_code,
            "statusText": response.message,
            "httpVersion": f"HTTP/{response.http_version}",
            "headers": [{"name": k, "value": v[0]} for k, v in response.headers.items()],
            "cookies": [],
            "content": {
                "size": response.body_size or 0,
                "mimeType": response.headers.get("content-type", [""])[0],
                "text": text,
            },
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": response.body_size or 0,
        }
        entry["timings"]["receive"] = entry["time"]
    return entry


def _write_har(path: Path, entries: list[dict[str, Any]], secrets: list[str]) -> None:
    """A HAR 1.2 log of every call, with credentials and secret values masked."""
    import json
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        version = dist_version("giftkit")
    except PackageNotFoundError:
        version = "0"

    secret_header = re.compile(r"token|key|authorization|secret|pin|cookie", re.IGNORECASE)

    def clean(node: Any) -> Any:
        if isinstance(node, str):
            return mask(node, secrets)
        if isinstance(node, list):
            return [clean(item) for item in node]
        if isinstance(node, dict):
            if set(node) == {"name", "value"} and secret_header.search(str(node["name"])):
                return {"name": node["name"], "value": "***"}
            return {key: clean(value) for key, value in node.items()}
        return node

    log = {
        "log": {
            "version": "1.2",
            "creator": {"name": "giftkit contract", "version": version},
            "entries": [clean(entry) for entry in entries],
        }
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(log, indent=1, ensure_ascii=False) + "\n")


def _write_junit(path: Path, verdict: Verdict) -> None:
    from xml.sax.saxutils import escape, quoteattr

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<testsuite name="giftkit-contract" tests="{len(verdict.cases)}" '
        f'failures="{verdict.failures}" skipped="{verdict.skipped}">',
    ]
    for name, kind, message in verdict.cases:
        lines.append(f'  <testcase classname="giftkit.contract" name={quoteattr(name)}>')
        if kind == "skipped":
            lines.append(f"    <skipped message={quoteattr(message or '')}/>")
        elif message:
            lines.append(f'    <failure message="contract failure">{escape(message)}</failure>')
        lines.append("  </testcase>")
    lines.append("</testsuite>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
