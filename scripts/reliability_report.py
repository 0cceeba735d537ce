"""The tables of `make reliability` (scripts/reliability.py), one function per section."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import _campaign as C


@dataclass
class Run:
    """Everything one `make reliability` run found."""

    campaigns: dict[str, Any] = field(default_factory=dict)
    sabotaged: dict[str, Any] = field(default_factory=dict)
    bad: dict[str, Any] = field(default_factory=dict)
    hostile: dict[str, Any] = field(default_factory=dict)
    big: list[dict[str, Any]] = field(default_factory=list)
    control: Any = None
    load: Any = None
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # families a provider declared not applicable


def table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def counter_text(counter: Counter[str]) -> str:
    return (
        ", ".join(
            f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])) if v
        )
        or "-"
    )


def section(
    say: Callable[[str], None], title: str, *tables: tuple[list[str], list[list[Any]]]
) -> None:
    """A titled section of the report: its tables (headers as `a | b | c`), each followed by a
    blank line."""
    say(title)
    say("")
    for headers, rows in tables:
        say(table(headers.split(" | "), rows))
        say("")


def campaign_tables(run: Run, say: Callable[[str], None]) -> None:
    section(
        say,
        "### Fault campaign (per provider; faults at random on the virtual clock)",
        (
            "provider | calls (sync / async / concurrent) | faults injected | success | clean failure | OutcomeUnknownError (issued / not) | issued (ledger) | duplicates | told failed but issued | raw exceptions | reconciliation (read endpoint)",
            [
                [
                    p,
                    f"{r.calls} ({r.modes['sync']} / {r.modes['async']} / {r.modes['concurrent']})",
                    sum(r.faults.values()),
                    r.outcomes["success"],
                    r.outcomes["failed"],
                    f"{r.outcomes['unknown']} ({r.unknown_issued} / {r.unknown_not_issued})",
                    r.issued,
                    r.duplicates,
                    r.told_failed_but_issued,
                    len(r.raw_exceptions),
                    r.reconcile,
                ]
                for p, r in run.campaigns.items()
            ],
        ),
        (
            "provider | faults by kind | clean failures by class | unknown refs matching > 1 entry | failed upserts that existed (re-sent: duplicates)",
            [
                [
                    p,
                    counter_text(r.faults),
                    counter_text(r.failures_by_class),
                    r.unknown_multi_match + r.unknown_wrong_match,
                    f"{r.failed_idempotent_issued} ({r.repeat_duplicates})",
                ]
                for p, r in run.campaigns.items()
            ],
        ),
    )


def sabotage_table(run: Run, say: Callable[[str], None]) -> None:
    section(
        say,
        "### Sabotage control (money rule off: retry everything)",
        (
            "provider | calls | creates re-sent after processing | duplicates (double issuances) | note",
            [
                [
                    p,
                    s.calls,
                    s.resubmissions,
                    s.duplicates,
                    "provider refuses re-sent codes" if C.scenario(p).server_dedupes else "",
                ]
                for p, s in run.sabotaged.items()
            ],
        ),
    )


def bad_input_table(run: Run, say: Callable[[str], None]) -> None:
    section(
        say,
        "### Bad input (nothing may reach the transport)",
        (
            "provider | body constraints broken | documented rules broken | generated invalid bodies | RequestValidationError | other outcome | requests sent | parameter constraints (not validated)",
            [
                [
                    p,
                    b.constraint_cases,
                    b.rule_cases,
                    b.generated,
                    b.outcomes["RequestValidationError"],
                    sum(n for k, n in b.outcomes.items() if k != "RequestValidationError"),
                    b.requests_sent,
                    b.parameter_constraints,
                ]
                for p, b in run.bad.items()
            ],
        ),
    )


def hostile_tables(run: Run, say: Callable[[str], None]) -> None:
    section(
        say,
        "### Hostile responses",
        (
            "provider | malformed responses | outcomes | raw exceptions | leaked secrets",
            [
                [p, h.responses, counter_text(h.outcomes), len(h.raw_exceptions), len(h.leaks)]
                for p, h in run.hostile.items()
            ],
        ),
        (
            "50 MB body | outcome | Python memory peak | bytes read before refusing",
            [
                [
                    "chunked" if b["chunked"] else "Content-Length",
                    b["outcome"],
                    f"{b['peak_bytes'] / 1e6:.1f} MB",
                    f"{b['streamed_bytes'] / 1e6:.1f} MB",
                ]
                for b in run.big
            ],
        ),
    )


def secrets_table(run: Run, say: Callable[[str], None]) -> None:
    section(
        say,
        "### Secrets",
        (
            "run | texts scanned (log lines, errors, reprs) | leaked secrets",
            [
                *[
                    [f"fault campaign {p}", r.texts_scanned, len(r.leaks)]
                    for p, r in run.campaigns.items()
                ],
                *[
                    [f"hostile {p}", "sampled errors + every log line", len(h.leaks)]
                    for p, h in run.hostile.items()
                ],
                [
                    "control: redaction switched off",
                    run.control.texts_scanned,
                    f"{len(run.control.leaks)} (must be > 0)",
                ],
            ],
        ),
    )


def load_table(run: Run, say: Callable[[str], None]) -> None:
    section(
        say,
        "### Load (loopback HTTP, uvicorn)",
        (
            "provider | callers | seconds | calls | calls/s | errors | injected faults | unexplained errors | pool peak | open connections after close | RSS growth after warm-up",
            [
                [
                    run.load.provider,
                    run.load.callers,
                    f"{run.load.seconds:g}",
                    run.load.calls,
                    f"{run.load.calls_per_second:.0f}",
                    counter_text(run.load.errors),
                    counter_text(run.load.injected),
                    run.load.unexplained_errors,
                    run.load.pool_connections_peak,
                    run.load.open_connections_after,
                    f"{run.load.rss_growth_mb:.1f} MB",
                ]
            ],
        ),
    )


def summary(run: Run, report_leaks: list[Any], elapsed: float) -> str:
    campaigns, hostile, sabotaged = run.campaigns, run.hostile, run.sabotaged
    total_raw = sum(len(r.raw_exceptions) for r in campaigns.values()) + sum(
        len(h.raw_exceptions) for h in hostile.values()
    )
    total_leaks = (
        sum(len(r.leaks) for r in campaigns.values())
        + sum(len(h.leaks) for h in hostile.values())
        + len(report_leaks)
    )
    return (
        f"**Result: {'PASS' if not run.failures else 'FAIL'}** - duplicates "
        f"{sum(r.duplicates for r in campaigns.values())}, told failed but issued "
        f"{sum(r.told_failed_but_issued for r in campaigns.values())}, raw exceptions {total_raw}, "
        f"leaked secrets {total_leaks}; sabotage duplicates {sum(s.duplicates for s in sabotaged.values())}. "
        f"Campaign time {elapsed:.0f} s."
    )


def report(run: Run, elapsed: float) -> list[str]:
    """The report's lines; a secret in them is one more failure."""
    out: list[str] = []
    for section in (
        campaign_tables,
        sabotage_table,
        bad_input_table,
        hostile_tables,
        secrets_table,
        load_table,
    ):
        section(run, out.append)
    for note in run.notes:
        out.append(f"- {note}")
    report_leaks = C.Secrets().scan(out)
    if report_leaks:
        run.failures.append(f"the report itself leaks: {report_leaks[0]}")
    out.append(summary(run, report_leaks, elapsed))
    out += [f"- FAILED: {failure}" for failure in run.failures]
    return out
