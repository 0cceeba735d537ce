"""What the user sees: a rich progress bar on a terminal (nothing when not a TTY), and a summary.

Only counts and states are shown: never a code, PIN or provider answer.
"""

from __future__ import annotations

from typing import IO, Any

_ORDER = ("confirmed", "failed", "unknown", "skipped", "planned", "sending")


class Progress:
    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.counts = {"confirmed": 0, "failed": 0, "unknown": 0}
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("[bold]issuing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[counts]}"),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                transient=False,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("issue", total=None, counts="", rate="")
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def start(self, total: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    def advance(self, state: str) -> None:
        self.counts[state] = self.counts.get(state, 0) + 1
        if self._bar is None:
            return
        text = " ".join(f"{k} {v}" for k, v in self.counts.items())
        task = self._bar.tasks[0]
        speed = task.speed
        self._bar.update(self._task, advance=1, counts=text, rate=f"{speed:.1f}/s" if speed else "")


def print_summary(summary: Any, out: IO[str]) -> None:
    """The counts per state (and totals per currency, where the spec marks amounts)."""
    counts = summary.counts
    rows = [(state, counts.get(state, 0)) for state in _ORDER if counts.get(state, 0)]
    width = max([len(s) for s, _ in rows] + [5])
    print(f"{summary.provider}: {sum(counts.values())} rows in {summary.journal}", file=out)
    for state, count in rows:
        print(f"  {state:<{width}}  {count}", file=out)
    for currency, amount in sorted(getattr(summary, "totals", {}).items()):
        print(f"  total {currency}  {amount}", file=out)
    if getattr(summary, "limited", 0):
        print(f"  429 answers: {summary.limited} (paced down)", file=out)
