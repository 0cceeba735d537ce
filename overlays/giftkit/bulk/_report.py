"""The report of a run: one line per input row (`reference, state, resource_id, error, attempts`).

Without `include_secrets` nothing secret is written: a resource id that is itself a code (a
coupon id that is its redemption code) is masked. With it, the provider's whole answer is added
and the file is created with mode 0600.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from .._connect import profile
from .._constants import MASK
from ._effects import bulk_operation
from ._journal import Journal

FIELDS = ("reference", "state", "resource_id", "error", "attempts")


def _id_is_secret(provider: str) -> bool:
    prof = profile(provider)
    bulk = bulk_operation(provider)
    return "id" in prof.secret_fields or (
        bulk.key_param is not None and bulk.key_param in prof.secret_path_params
    )


def _records(journal: Journal, include_secrets: bool) -> Any:
    provider = journal.meta().get("provider", "")
    secret_id = bool(provider) and _id_is_secret(provider)
    for entry in journal.entries():
        record: dict[str, Any] = {
            "reference": entry.reference,
            "state": entry.state,
            "resource_id": entry.resource_id,
            "error": entry.error,
            "attempts": entry.attempts,
        }
        if entry.resource_id and secret_id and not include_secrets:
            record["resource_id"] = MASK
        if include_secrets:
            record["answer"] = journal.answer(entry.line)
        yield record


def _open(path: Path, include_secrets: bool) -> Any:
    if include_secrets:
        if path.exists():
            path.unlink()  # a new file: its mode is ours, whatever the old one had
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        return os.fdopen(fd, "w", newline="", encoding="utf-8")
    return path.open("w", newline="", encoding="utf-8")


def write_report(journal: Journal, path: str | Path, *, include_secrets: bool = False) -> int:
    """Write the report as CSV, or JSON when `path` ends in .json; returns the rows written."""
    target = Path(path)
    count = 0
    with _open(target, include_secrets) as out:
        if target.suffix.lower() == ".json":
            out.write("[\n")
            for record in _records(journal, include_secrets):
                out.write(("" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
                count += 1
            out.write("\n]\n")
            return count
        names = [*FIELDS, "answer"] if include_secrets else list(FIELDS)
        writer = csv.DictWriter(out, fieldnames=names)
        writer.writeheader()
        for record in _records(journal, include_secrets):
            if include_secrets:
                record["answer"] = json.dumps(record["answer"], ensure_ascii=False)
            writer.writerow(record)
            count += 1
    return count
